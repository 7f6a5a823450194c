/** stories: which articles tell the same event. The one-event check of a briefing, and the online story clusterer of a stream. */
export { DEFAULT_ONE_EVENT_OPTIONS, findOffTopicArticles, measureNeighbours, type OneEventOptions } from './one-event.js';
export { assignArticles, StoryStream, type StoryAssignBatch, type StoryAssignResult } from './assign-articles.js';
export { applyStoryMoves } from './apply-moves.js';
export { createStoryState } from './story-state.js';
export { DEFAULT_STORY_OPTIONS, resolveStoryOptions, type StoryOptions } from './options.js';
export { orderArticles, type ArticleOrder } from './order-articles.js';
export { DEFAULT_LIST_STORIES_OPTIONS, listStories, type ListStoriesOptions } from './list-stories.js';
