// The one reader of the first-name list extracted at build time (scripts/build-lexicon.js, from @stdlib's English name
// lists): first names that are also common nouns or adjectives ("Gill", "Bill", "Rose", "Frank").
import data from './generated/first-names.json' with { type: 'json' };

const WORD_NAMES: ReadonlySet<string> = new Set(data.wordNames);

/** True when a lower-cased word is a common word that is also a first name. */
export function isFirstNameToo(normal: string): boolean {
  return WORD_NAMES.has(normal);
}
