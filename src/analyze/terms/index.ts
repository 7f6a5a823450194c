/** analyze/terms: the one tokenizer, stemmer and term reader of the pipeline, and the token table built from them. */
export { buildTokenTable, plainWordsIn, termSetIn, termTokensIn, wordTokensIn } from './token-table.js';
export { isNegator, readTermTokens, termOfWord, type TermToken } from './terms.js';
export { tokenizeWords, type WordToken } from './tokenize.js';
export { stemWord, termRoot } from './stem.js';
export { splitClauses, type ClauseSpan } from './clauses.js';
export { isInformative, isTitleCase } from './informative.js';
export { readJoinedWords, readPlainWords, readQuoteWords } from './plain-words.js';
export { findBackReference } from './back-reference.js';
