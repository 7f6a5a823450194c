import type { StoryArticle } from '../../model/index.js';
import { ingestRecords } from '../../ingest/index.js';
import { prepareStoryArticle } from '../../pipeline/index.js';
import { assignArticles, orderArticles, type StoryOptions } from '../../stories/index.js';
import { clusterOneStory, clusterSinglePass, clusterSingletons, SINGLE_PASS_THRESHOLD, TITLE_ONLY_THRESHOLD } from './baselines.js';
import { scoreClustering, type ClusteringScores } from './metrics.js';
import type { LabelledArticle } from './read-story-data.js';

/** A system the stories evaluation runs: articles in arrival order in, one story label per article out. */
export interface StoryEvalSystem {
  readonly name: string;
  readonly description: string;
  readonly run: (articles: readonly StoryArticle[], options: Partial<StoryOptions>) => readonly (string | number)[];
}

/** corroborate's clusterer and the baselines, in report order. */
export const STORY_EVAL_SYSTEMS: Readonly<Record<string, StoryEvalSystem>> = {
  corroborate: {
    name: 'corroborate',
    description: 'the stories stage (assignArticles)',
    run: (articles, options) => assignArticles(null, articles, options).assignments.map((a) => a.story),
  },
  singletons: { name: 'singletons', description: 'every article a story of its own', run: clusterSingletons },
  'one-story': { name: 'one-story', description: 'all articles one story', run: clusterOneStory },
  'single-pass': {
    name: 'single-pass',
    description: `single-pass TF-IDF cosine with a centroid, threshold ${SINGLE_PASS_THRESHOLD}`,
    run: (articles) => clusterSinglePass(articles, SINGLE_PASS_THRESHOLD),
  },
  'title-only': {
    name: 'title-only',
    description: `single-pass TF-IDF cosine on titles only, threshold ${TITLE_ONLY_THRESHOLD}`,
    run: (articles) => clusterSinglePass(articles, TITLE_ONLY_THRESHOLD, true),
  },
};

/** Options for `runStoryEval`. */
export interface StoryEvalOptions {
  /** Names of `STORY_EVAL_SYSTEMS` to run (default: all). */
  readonly systems?: readonly string[];
  /** Options for corroborate's clusterer (default: its defaults). */
  readonly storyOptions?: Partial<StoryOptions>;
  /** A clock in milliseconds (the CLI passes CPU time); speeds are measured with it. */
  readonly now: () => number;
  /** Called as articles are analyzed. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** One system's figures. */
export interface StoryEvalSystemResult {
  readonly name: string;
  readonly description: string;
  readonly scores: ClusteringScores;
  /** Clustering only (articles already analyzed). */
  readonly articlesPerSecond: number;
}

/** What `runStoryEval` returns. */
export interface StoryEvalReport {
  /** Articles scored (those ingest could read) and their gold stories. */
  readonly articles: number;
  readonly goldStories: number;
  /** Articles ingest could not read (no title and no text), left out of the scores. */
  readonly unreadable: number;
  /** The arrival order replayed. */
  readonly order: string;
  /** Ingest, clean and analysis of every article, once for all systems. */
  readonly analysisArticlesPerSecond: number;
  readonly systems: readonly StoryEvalSystemResult[];
}

function rate(count: number, milliseconds: number): number {
  return milliseconds > 0 ? (count * 1000) / milliseconds : Number.POSITIVE_INFINITY;
}

/** Analyzes labelled articles once, replays them in arrival order through each system and scores the stories found. */
export function runStoryEval(labelled: readonly LabelledArticle[], options: StoryEvalOptions): StoryEvalReport {
  const names = options.systems ?? Object.keys(STORY_EVAL_SYSTEMS);
  const systems = names.map((name) => {
    const system = STORY_EVAL_SYSTEMS[name];
    if (!system) throw new TypeError(`runStoryEval: unknown system "${name}" (expected ${Object.keys(STORY_EVAL_SYSTEMS).join(', ')})`);
    return system;
  });
  const gold = new Map(labelled.map((entry) => [entry.record.id, entry.story]));
  const started = options.now();
  const { articles } = ingestRecords(
    labelled.map((entry) => entry.record),
    { keepHeadlines: true },
  );
  const prepared = articles.map((article, index) => {
    const story = prepareStoryArticle(article, article.recordId ?? article.id).article;
    options.onProgress?.(index + 1, articles.length);
    return story;
  });
  const analysisTime = options.now() - started;
  const order = orderArticles(prepared);
  const goldLabels = order.articles.map((article) => gold.get(article.id) ?? article.id);
  const results = systems.map((system) => {
    const start = options.now();
    const predicted = system.run(order.articles, options.storyOptions ?? {});
    const elapsed = options.now() - start;
    return {
      name: system.name,
      description: system.description,
      scores: scoreClustering(goldLabels, predicted),
      articlesPerSecond: rate(prepared.length, elapsed),
    };
  });
  return {
    articles: prepared.length,
    goldStories: new Set(goldLabels).size,
    unreadable: labelled.length - prepared.length,
    order: order.note,
    analysisArticlesPerSecond: rate(prepared.length, analysisTime),
    systems: results,
  };
}
