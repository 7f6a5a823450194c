import type { Store } from '../store/index.js';
import type { StoryTarget } from './job-kinds.js';

/**
 * The assignment step: the stored story an article joins, or null when the named story is gone (deleted meanwhile).
 * Today the target names the story (by id, or by title as `corroborate ingest --story` does, creating it once even when
 * several workers ask at the same moment). The stream clusterer (src/stories) replaces this step for articles that
 * name no story: it will run as its own job kind, `assign-story`, one at a time per partition (language, time window).
 */
export async function resolveStoryTarget(store: Store, target: StoryTarget): Promise<number | null> {
  if ('story' in target) return (await store.getStory(target.story))?.id ?? null;
  if (typeof target.storyTitle === 'string' && target.storyTitle.trim() !== '') return (await store.ensureStory(target.storyTitle)).story.id;
  throw new TypeError(`resolveStoryTarget: expected { story: id } or { storyTitle: string }, got ${JSON.stringify(target).slice(0, 80)}`);
}
