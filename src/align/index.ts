/** align: fact groups across sources, and syndication (shared wire copy). */
export { alignFacts, DEFAULT_ALIGN_OPTIONS, type AlignOptions } from './align-facts.js';
export { detectSyndication, findSyndicatedPairs, DEFAULT_SYNDICATION_OPTIONS, type SyndicationOptions } from './syndication.js';
export { countIndependent, groupIndependentSources } from './independence.js';
export { readTermTokens, isNegator, termOfWord, type TermToken } from './terms.js';
export { tokenizeWords, type WordToken } from './tokenize.js';
export { splitClauses, type ClauseSpan } from './clauses.js';
export { stemWord } from './stem.js';
export { isInformative, isTitleCase } from './informative.js';
