/** corroborate: briefings from many news articles about one event, every statement linked to its source text. */
export { brief, briefInputs, briefStory, prepareStory, summarizeCluster, type BriefOptions, type FullBriefing, type PreparedStory } from './brief.js';
export { renderMarkdown } from './render/markdown.js';
export { renderJson } from './render/json.js';
export { renderHtml } from './render/html.js';
export * from './model/index.js';
