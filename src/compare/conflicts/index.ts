/** compare/conflicts: where sources disagree within a fact group, one detector a kind, in the order compareSources runs them. */
export { findNumberConflicts } from './01-numbers.js';
export { findDateConflicts } from './02-dates.js';
export { findNegationConflicts } from './03-negation.js';
export { findAttributionConflicts } from './04-attribution.js';
export { findResponseConflicts } from './05-responses.js';
export { findNameConflicts, findSpellingConflicts } from './06-names.js';
export { findBearingConflicts } from './07-bearings.js';
