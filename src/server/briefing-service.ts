import { CorroborateError, type Briefing, type SourceId } from '../model/index.js';
import type { Store, StoryRecord } from '../store/index.js';
import { OUTPUT_FORMATS, STANDALONE_FORMATS, type OutputFormat } from '../render/index.js';
import { GENERATOR_VERSION } from '../version.js';
import { ANALYZER_VERSION, type PipelineHooks } from '../pipeline/index.js';
import { briefArticles } from './pipeline.js';

/** The formats `GET /api/stories/{id}/briefing?format=` serves, and the one it serves when none is asked for. */
export const BRIEFING_FORMATS: readonly OutputFormat[] = STANDALONE_FORMATS;
export const DEFAULT_BRIEFING_FORMAT: OutputFormat = OUTPUT_FORMATS.json;

/** A story's briefing as stored: the JSON text served as is, and the cleaned source texts for the HTML report. */
export interface StoryBriefing {
  readonly story: StoryRecord;
  /** The story version the briefing was computed from. */
  readonly version: number;
  /** The briefing JSON, UTF-8. */
  readonly json: Uint8Array;
  readonly texts: string;
  /** True when it came from the cache. */
  readonly cached: boolean;
  /** False when the story changed while it was computed, so it was not cached (a later briefing will be). */
  readonly stored?: boolean;
}

/**
 * The story's briefing for its current version: from the cache when fresh and made by this generator version, else
 * computed from one snapshot of the articles and cached (unless articles arrived meanwhile). Computing it analyzes
 * only the articles without a kept analysis of this analyzer version, and keeps those. `hooks` see the stages' times.
 * Throws 'not-found' for an unknown story and 'no-usable-input' when it has no usable article.
 */
export async function loadBriefing(store: Store, id: number, hooks: PipelineHooks = {}): Promise<StoryBriefing> {
  const story = await store.getStory(id);
  if (!story) throw new CorroborateError('not-found', `no story with id ${id}`);
  const cached = await store.getBriefing(id);
  if (cached && cached.generator === GENERATOR_VERSION) {
    return { story, version: cached.version, json: cached.json, texts: cached.texts, cached: true };
  }
  const snapshot = await store.readStory(id);
  if (!snapshot) throw new CorroborateError('not-found', `no story with id ${id}`);
  if (snapshot.articles.length === 0) throw new CorroborateError('no-usable-input', 'the story has no articles yet; add some first');
  const kept = await store.getAnalyses(id, ANALYZER_VERSION);
  const { briefing, sourceTexts, made } = briefArticles(snapshot.articles, kept, hooks);
  if (made.length > 0) await store.putAnalyses(made);
  const json = OUTPUT_FORMATS.json.render(briefing);
  const texts = JSON.stringify(sourceTexts);
  const version = snapshot.story.version;
  const stored = await store.putBriefing({ story: id, version, generator: GENERATOR_VERSION, headline: briefing.title, json, texts });
  return { story: snapshot.story, version, json: new TextEncoder().encode(json), texts, cached: false, stored };
}

/** Parses what loadBriefing returned, for the renderers. */
export function parseBriefing(loaded: StoryBriefing): { briefing: Briefing; sourceTexts: Record<SourceId, string> } {
  return {
    briefing: JSON.parse(Buffer.from(loaded.json.buffer, loaded.json.byteOffset, loaded.json.byteLength).toString('utf8')) as Briefing,
    sourceTexts: JSON.parse(loaded.texts) as Record<SourceId, string>,
  };
}
