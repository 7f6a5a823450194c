export {
  DEFAULT_RENDER_OPTIONS,
  findOutputFormat,
  listFormatNames,
  OUTPUT_FORMATS,
  renderBriefing,
  STANDALONE_FORMATS,
  type OutputFormat,
  type OutputFormatName,
  type RenderOptions,
} from './output-formats.js';
export { renderMarkdown, citationMarker, escapeMarkdown, type MarkdownOptions } from './markdown.js';
export { renderAnalysisSections, type AnalysisSectionOptions } from './markdown-analysis.js';
export { renderJson } from './json.js';
export {
  DEFAULT_HTML_OPTIONS,
  renderHtml,
  renderHtmlFragment,
  REPORT_CSP,
  REPORT_CSS,
  REPORT_SCRIPT,
  REPORT_SCRIPT_CSP_SOURCE,
  type HtmlOptions,
} from './html.js';
export { validateBriefingJson } from './validate-briefing.js';
export { renderStoryListJson, renderStoryListMarkdown, type StoryList } from './story-list.js';
export { validateStoryListJson } from './validate-story-list.js';
