/** align: fact groups across sources, and syndication (shared wire copy). */
export { alignFacts, DEFAULT_ALIGN_OPTIONS, type AlignOptions } from './align-facts.js';
export { detectSyndication, findSyndicatedPairs, DEFAULT_SYNDICATION_OPTIONS, type SyndicationOptions } from './syndication.js';
export { countIndependent, groupIndependentSources, independenceCounter } from './independence.js';
export { keepAgreeingFigures } from './figure-agreement.js';
