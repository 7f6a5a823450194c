/** compare: consensus and single-source facts, conflicts, quotes, entities, timeline, per-source view. */
export { compareSources, DEFAULT_COMPARE_OPTIONS, type CompareOptions } from './compare-sources.js';
export { mergeEntities, type EntityIndex } from './entities/index.js';
export { compareQuotes, type QuoteComparison } from './quotes/index.js';
