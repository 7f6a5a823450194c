import type { StoryOptions } from './options.js';
import type { WorkingStory } from './story-state.js';
import { heaviestKeys } from './story-vectors.js';

/**
 * The inverted index of open stories, rebuilt from the state at each call: each story is filed under its strongest
 * centroid features, so an article is compared only with the stories that share its strongest ones, never with all.
 * It also finds the story of a recent article by id (to put an article given twice with its first copy).
 */
export class StoryIndex {
  private readonly postings = new Map<string, Set<number>>();
  private readonly filed = new Map<number, { keys: Set<string>; members: string[] }>();
  private readonly stories = new Map<number, WorkingStory>();
  private readonly members = new Map<string, number>();

  constructor(
    stories: readonly WorkingStory[],
    private readonly options: Pick<StoryOptions, 'indexFeatures' | 'maxCandidates'>,
  ) {
    for (const story of stories) this.file(story);
  }

  /** Files a new or changed story under its current strongest features; only the keys that changed are touched. */
  file(story: WorkingStory): void {
    const keys = heaviestKeys(story.centroid, this.options.indexFeatures);
    const before = this.filed.get(story.id);
    if (before) {
      for (const key of before.keys) if (!keys.has(key)) this.unpost(key, story.id);
      for (const member of before.members) if (this.members.get(member) === story.id) this.members.delete(member);
    }
    for (const key of keys) {
      if (before?.keys.has(key)) continue;
      let list = this.postings.get(key);
      if (!list) this.postings.set(key, (list = new Set()));
      list.add(story.id);
    }
    const members = story.recent.map((member) => member.id);
    for (const member of members) this.members.set(member, story.id);
    this.filed.set(story.id, { keys, members });
    this.stories.set(story.id, story);
  }

  private unpost(key: string, id: number): void {
    const list = this.postings.get(key)!;
    list.delete(id);
    if (list.size === 0) this.postings.delete(key);
  }

  /** Takes a story out (closed). */
  remove(id: number): void {
    const filed = this.filed.get(id);
    if (!filed) return;
    for (const key of filed.keys) this.unpost(key, id);
    for (const member of filed.members) if (this.members.get(member) === id) this.members.delete(member);
    this.filed.delete(id);
    this.stories.delete(id);
  }

  /** The open story among whose recent articles is one with this id, if any. */
  storyOfArticle(id: string): WorkingStory | undefined {
    const story = this.members.get(id);
    return story === undefined ? undefined : this.stories.get(story);
  }

  /** The open stories filed under most of these features, at most `maxCandidates` (ties: the older story first). */
  findCandidates(features: readonly string[]): WorkingStory[] {
    const hits = new Map<number, number>();
    for (const key of features) {
      const list = this.postings.get(key);
      if (list) for (const id of list) hits.set(id, (hits.get(id) ?? 0) + 1);
    }
    const ranked = [...hits.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    if (ranked.length > this.options.maxCandidates) ranked.length = this.options.maxCandidates;
    return ranked.map(([id]) => this.stories.get(id)!);
  }
}
