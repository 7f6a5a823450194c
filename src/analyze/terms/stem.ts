import { boundedMemo } from '../bounded-memo.js';

// Why not wink's Porter stemmer, which analyze uses: alignment reads raw text ~6x faster than wink tokenizes it
// (4.9 against 0.8 MB/s on the 570 original-text Multi-News documents),
// needs irregular forms to meet their regular siblings ("met"/"meet", "held"/"hold") and British/American
// spellings to meet, and its synonym lexicon (lexicon.ts) and thresholds were tuned on these stems.
// Irregular forms common in news copy, mapped to the stem their regular siblings get.
const IRREGULAR: Readonly<Record<string, string>> = {
  held: 'hold',
  met: 'meet',
  made: 'mak',
  took: 'tak',
  taken: 'tak',
  gave: 'giv',
  given: 'giv',
  went: 'go',
  gone: 'go',
  came: 'com',
  began: 'begin',
  begun: 'begin',
  left: 'leav',
  led: 'lead',
  fought: 'fight',
  brought: 'bring',
  bought: 'buy',
  sought: 'seek',
  thought: 'think',
  found: 'find',
  won: 'win',
  lost: 'los',
  sent: 'send',
  spent: 'spend',
  built: 'build',
  shot: 'shoot',
  struck: 'strik',
  fled: 'flee',
  paid: 'pay',
  sold: 'sell',
  kept: 'keep',
  wrote: 'writ',
  written: 'writ',
  spoke: 'speak',
  spoken: 'speak',
  chose: 'choos',
  chosen: 'choos',
  rose: 'ris',
  risen: 'ris',
  fell: 'fall',
  fallen: 'fall',
  saw: 'see',
  seen: 'see',
  knew: 'know',
  known: 'know',
  grew: 'grow',
  grown: 'grow',
  drew: 'draw',
  drawn: 'draw',
  children: 'child',
  men: 'man',
  women: 'woman',
  people: 'peopl',
  died: 'die',
  dying: 'die',
  dead: 'dead',
  ran: 'run',
  stole: 'steal',
  stolen: 'steal',
  hit: 'hit',
  hid: 'hid',
  hidden: 'hid',
  broke: 'break',
  broken: 'break',
  stood: 'stand',
  told: 'tell',
  said: 'say',
  use: 'use',
  used: 'use',
  uses: 'use',
  using: 'use',
  user: 'user',
  users: 'user',
  news: 'news',
  series: 'series',
  species: 'species',
  lives: 'life',
  wives: 'wife',
  says: 'say',
  heard: 'hear',
  meant: 'mean',
  felt: 'feel',
  caught: 'catch',
  taught: 'teach',
};

const VOWEL = /[aeiouy]/;

function undouble(word: string): string {
  return /([bdfgmnprt])\1$/.test(word) ? word.slice(0, -1) : word;
}

/** A light, deterministic English stemmer: plural, -ed, -ing and final -e removed ("proposed", "proposes", "propose" give "propos"). */
export function stemWord(lower: string): string {
  let word = lower.replace(/'s$|'$/, '');
  const irregular = IRREGULAR[word];
  if (irregular !== undefined) return irregular;
  if (word.length <= 3 || !/^\p{L}+$/u.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) word = `${word.slice(0, -3)}y`;
  else if (word.endsWith('ied') && word.length > 4) word = `${word.slice(0, -3)}y`;
  else if (word.endsWith('sses')) word = word.slice(0, -2);
  else if (/(?:ches|shes|xes|zes)$/.test(word)) word = word.slice(0, -2);
  else if (word.endsWith('s') && !/(?:ss|us|sis|ous)$/.test(word)) word = word.slice(0, -1);
  if (word.endsWith('ing') && word.length > 5 && VOWEL.test(word.slice(0, -3))) word = undouble(word.slice(0, -3));
  else if (word.endsWith('eed') && word.length > 4) word = word.slice(0, -1);
  else if (word.endsWith('ed') && word.length > 4 && VOWEL.test(word.slice(0, -2))) word = undouble(word.slice(0, -2));
  if (word.endsWith('e') && word.length > 3) word = word.slice(0, -1);
  // British and American spellings meet: "honour"/"honor", "organise"/"organize".
  if (/our$/.test(word) && word.length > 5) word = `${word.slice(0, -3)}or`;
  else if (
    /is$/.test(word) &&
    word.length >= 7 &&
    /(?:organ|recogn|apolog|real|critic|author|author|emphas|prioriti|minim|maxim|util|civil|legal|modern|special)is$/.test(word)
  )
    word = `${word.slice(0, -2)}iz`;
  if (word.endsWith('y') && word.length > 3) word = `${word.slice(0, -1)}i`;
  return word;
}

// Derivational endings of a stem, longest first: "examination" and "examined" ("examin"), "medical" and "medics"
// ("medic"), "election" and "elected" ("elect"), "investigation" and "investigated" ("investig").
const DERIVATIONAL = ['ation', 'ition', 'ment', 'ness', 'ical', 'ion', 'iti', 'al', 'at'];
// The root kept is at least this long: "national" gives "nation", but "final", "station" and "million" stay whole.
const MIN_ROOT = 5;

/**
 * The root of a term for matching paraphrases: the longest derivational ending that leaves a root of five letters
 * removed from a stem `stemWord` gives, then a final "e". Terms that are not plain words (figures, joined names)
 * are returned unchanged. Memoized: the same few thousand terms recur in every story.
 */
export const termRoot: (term: string) => string = boundedMemo(100_000, computeRoot);

function computeRoot(term: string): string {
  if (!/^\p{Ll}+$/u.test(term)) return term;
  for (const ending of DERIVATIONAL) {
    if (!term.endsWith(ending)) continue;
    let root = term.slice(0, -ending.length);
    if (root.endsWith('e')) root = root.slice(0, -1);
    if (root.length >= MIN_ROOT) return root;
  }
  return term;
}
