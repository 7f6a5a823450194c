import type { NewArticle, Store } from '../store/index.js';
import { addToStream } from '../server/stream-articles.js';
import type { StoryTarget } from './job-kinds.js';

/**
 * The assignment step for a named story: the stored story an article joins, or null when the named story is gone
 * (deleted meanwhile). The target names the story by id, or by title as `corroborate ingest --story` does, creating it
 * once even when several workers ask at the same moment. A stream target is placed by `assignByStream`.
 */
export async function resolveStoryTarget(store: Store, target: StoryTarget): Promise<number | null> {
  if ('stream' in target) throw new TypeError('resolveStoryTarget: a stream target is placed by assignByStream');
  if ('story' in target) return (await store.getStory(target.story))?.id ?? null;
  if (typeof target.storyTitle === 'string' && target.storyTitle.trim() !== '') return (await store.ensureStory(target.storyTitle)).story.id;
  throw new TypeError(`resolveStoryTarget: expected { story: id } or { storyTitle: string }, got ${JSON.stringify(target).slice(0, 80)}`);
}

/**
 * The assignment step for articles that name no story: the stream clusterer places them (workers may run it at the same
 * time: the store refuses a write made from a stale clusterer state, and it is made again from the new one). Returns
 * the stories that received articles, and what became of each article.
 */
export async function assignByStream(store: Store, articles: readonly NewArticle[]) {
  return addToStream(
    store,
    articles.map((article) => ({ article })),
  );
}
