/** stories: which articles tell the same event. Today the one-event check of a briefing; the stream clusterer grows here. */
export { DEFAULT_ONE_EVENT_OPTIONS, findOffTopicArticles, measureNeighbours, type OneEventOptions } from './one-event.js';
