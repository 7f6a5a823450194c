/** compare/entities: entity mentions merged across sources (spellings, aliases, surnames alone). */
export { mergeEntities, type EntityIndex } from './merge-entities.js';
