/** compare/timeline: dated events of the story, in date order. */
export { buildTimeline } from './build-timeline.js';
