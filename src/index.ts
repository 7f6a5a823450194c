/** corroborate: briefings from many news articles about one event, every statement linked to its source text. */
export { brief, briefInputs, briefStory, prepareStory, summarizeCluster, type BriefOptions, type FullBriefing, type PreparedStory } from './brief.js';
export {
  DEFAULT_PIPELINE_OPTIONS,
  runPipeline,
  type PipelineHooks,
  type PipelineInputs,
  type PipelineOptions,
  type PipelineResult,
  type PipelineStage,
} from './pipeline/index.js';
export {
  findOutputFormat,
  OUTPUT_FORMATS,
  renderBriefing,
  renderHtml,
  renderHtmlFragment,
  renderJson,
  renderMarkdown,
  STANDALONE_FORMATS,
  type OutputFormat,
  type OutputFormatName,
  type RenderOptions,
} from './render/index.js';
export * from './model/index.js';
export { prepareStoryArticle, type PreparedStoryArticle } from './pipeline/index.js';
export {
  applyStoryMoves,
  assignArticles,
  createStoryState,
  DEFAULT_STORY_OPTIONS,
  listStories,
  orderArticles,
  StoryStream,
  type StoryAssignBatch,
  type StoryAssignResult,
  type StoryOptions,
} from './stories/index.js';
export { renderStoryListJson, renderStoryListMarkdown, type StoryList } from './render/index.js';
