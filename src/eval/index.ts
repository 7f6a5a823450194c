export * from './rouge/index.js';
export { parseClusterLine, readClusters, readTextLines, type Cluster, type ParsedClusterLine, type ReadClustersOptions } from './datasets/index.js';
export { BASELINE_SYSTEMS, summarizeFirstK, summarizeLexRank, summarizeTextRank, summarizeMmr, type EvalSystem } from './baselines/index.js';
export { EVAL_SYSTEMS, DEFAULT_EVAL_SYSTEM_NAMES, resolveEvalSystems, type NamedEvalSystem } from './systems.js';
export { runEval, type EvalRunOptions, type EvalReport, type EvalSystemResult, type SavedSummary } from './run-eval.js';
export { formatEvalTable } from './format-report.js';
export * from './extraction/index.js';
export {
  clusterSinglePass,
  formatStoryEvalTable,
  readStoryData,
  runStoryEval,
  scoreClustering,
  STORY_EVAL_SYSTEMS,
  type ClusteringScores,
  type StoryEvalReport,
  type StorySplit,
} from './stories/index.js';
export * from './quality/index.js';
