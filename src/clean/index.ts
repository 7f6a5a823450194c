export { cleanArticle, DEFAULT_CLEAN_OPTIONS, type CleanOptions } from './clean-article.js';
export { detectLanguage, DEFAULT_LANGUAGE_OPTIONS, type LanguageOptions } from './detect-language.js';
export { mapCleanOffset, mapCleanRange } from './offsets.js';
// Line classification is ingest's (it finds headlines with it before clean runs); clean's API keeps offering it.
export { classifyLine, isBoilerplateLine, type BoilerplateKind } from '../ingest/index.js';
