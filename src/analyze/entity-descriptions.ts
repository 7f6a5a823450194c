import { lookupLexicon } from './compromise.js';
import { NATIONALITIES, ROLE_NOUNS } from './lexicon/index.js';
import { isCapitalized, type Word } from './entity-words.js';

const DETERMINERS = /^(?:a|an|the|his|her|its|their|our)$/;
const STOP = /^(?:and|or|but|who|which|that|said|says|told|with|for|by|to|of|in|on|at)$/;

/** True for a role noun such as "spokesman", "envoy", "counterpart", "official". */
export function isRoleNoun(normal: string): boolean {
  return ROLE_NOUNS.has(normal) || lookupLexicon(normal) === 'role';
}

function isModifier(word: Word): boolean {
  if (!/^[\p{L}.-]+$/u.test(word.value) || STOP.test(word.normal) || !/^(?:ADJ|NOUN|PROPN)$/.test(word.pos)) return false;
  return !isCapitalized(word.value) || NATIONALITIES.has(word.normal) || lookupLexicon(word.normal) === 'demonym';
}

/** "Ali al-Dabagh, a government spokesman," → "government spokesman" (exact slice), or null. */
function readFollowingAppositive(text: string, words: readonly Word[], to: number): string | null {
  if (words[to]?.value !== ',' || !/^(?:a|an|the)$/.test(words[to + 1]?.normal ?? '')) return null;
  for (let i = to + 2; i < words.length && i < to + 10; i++) {
    const word = words[i]!;
    if (word.value === ',' || word.value === '.' || word.value === ';') {
      if (i === to + 2 || !words.slice(to + 2, i).some((w) => isRoleNoun(w.normal))) return null;
      return text.slice(words[to + 2]!.start, words[i - 1]!.end);
    }
    if (/^(?:who|which|that|said|says|told)$/.test(word.normal)) return null;
  }
  return null;
}

/** "the Iranian envoy, Hassan Kazemi Qomi" / "government spokesman Ali al-Dabagh" → the role before. */
function readPrecedingAppositive(text: string, words: readonly Word[], from: number): string | null {
  let end = from - 1;
  if (words[end]?.value === ',') end--;
  const head = words[end];
  if (!head || !isRoleNoun(head.normal) || isCapitalized(head.value)) return null;
  let start = end;
  while (start - 1 >= 0 && end - start < 4 && isModifier(words[start - 1]!)) start--;
  const determiner = words[start - 1];
  if (words[end + 1]?.value === ',' && !(determiner && DETERMINERS.test(determiner.normal))) return null;
  return text.slice(words[start]!.start, head.end);
}

/** A description for the name at words[from, to): an appositive after or before it, or null. */
export function findAppositive(text: string, words: readonly Word[], from: number, to: number): string | null {
  return readFollowingAppositive(text, words, to) ?? readPrecedingAppositive(text, words, from);
}
