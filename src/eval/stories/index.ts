/** eval/stories: scoring story clustering (B-cubed and pairwise) on labelled article streams, with baselines. */
export { scoreClustering, type ClusteringScores, type PrecisionRecall } from './metrics.js';
export { splitOfGroup, type StorySplit } from './split.js';
export { readStoryData, type LabelledArticle, type ReadStoryDataOptions } from './read-story-data.js';
export { clusterOneStory, clusterSinglePass, clusterSingletons, type StoryClusterer } from './baselines.js';
export {
  runStoryEval,
  STORY_EVAL_SYSTEMS,
  type StoryEvalOptions,
  type StoryEvalReport,
  type StoryEvalSystem,
  type StoryEvalSystemResult,
} from './run-story-eval.js';
export { formatStoryEvalTable } from './format-story-report.js';
