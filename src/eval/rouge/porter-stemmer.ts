// A port of the Porter stemmer embedded in ROUGE-1.5.5.pl (Martin Porter's Perl "Release 1", with
// Chin-Yew Lin's 2004 change to step 4). It differs from the published algorithm and from other
// ports on purpose: the step-4 rules run as three separate tests, so "-ement", "-ment" and "-ent"
// can each strip in turn. Matching the reference script exactly is the point of this file.

import { getWordnetExceptions } from './wordnet-exceptions.js';

const CONSONANT = '[^aeiou]';
const VOWEL = '[aeiouy]';
const CONSONANTS = `${CONSONANT}[^aeiouy]*`;
const VOWELS = `${VOWEL}[aeiou]*`;

const MEASURE_ABOVE_0 = new RegExp(`^(${CONSONANTS})?${VOWELS}${CONSONANTS}`);
const MEASURE_IS_1 = new RegExp(`^(${CONSONANTS})?${VOWELS}${CONSONANTS}(${VOWELS})?$`);
const MEASURE_ABOVE_1 = new RegExp(`^(${CONSONANTS})?${VOWELS}${CONSONANTS}${VOWELS}${CONSONANTS}`);
const HAS_VOWEL = new RegExp(`^(${CONSONANTS})?${VOWEL}`);
const ENDS_CVC = new RegExp(`^${CONSONANTS}${VOWEL}[^aeiouwxy]$`);

const STEP2_SUFFIXES: Readonly<Record<string, string>> = {
  ational: 'ate',
  tional: 'tion',
  enci: 'ence',
  anci: 'ance',
  izer: 'ize',
  bli: 'ble',
  alli: 'al',
  entli: 'ent',
  eli: 'e',
  ousli: 'ous',
  ization: 'ize',
  ation: 'ate',
  ator: 'ate',
  alism: 'al',
  iveness: 'ive',
  fulness: 'ful',
  ousness: 'ous',
  aliti: 'al',
  iviti: 'ive',
  biliti: 'ble',
  logi: 'log',
};
const STEP3_SUFFIXES: Readonly<Record<string, string>> = {
  icate: 'ic',
  ative: '',
  alize: 'al',
  iciti: 'ic',
  ical: 'ic',
  ful: '',
  ness: '',
};
const STEP2 = /(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/;
const STEP3 = /(icate|ative|alize|iciti|ical|ful|ness)$/;
const STEP4 = /(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$/;

/** Text before the match, like Perl's $` after a successful match. */
function before(word: string, match: RegExpExecArray): string {
  return word.slice(0, match.index);
}

function step1(input: string): string {
  let word = input;
  let m: RegExpExecArray | null;
  if ((m = /(ss|i)es$/.exec(word))) word = before(word, m) + m[1];
  else if ((m = /([^s])s$/.exec(word))) word = before(word, m) + m[1];

  if ((m = /eed$/.exec(word))) {
    if (MEASURE_ABOVE_0.test(before(word, m))) word = word.slice(0, -1);
  } else if ((m = /(ed|ing)$/.exec(word))) {
    const stem = before(word, m);
    if (HAS_VOWEL.test(stem)) {
      word = stem;
      if (/(at|bl|iz)$/.test(word)) word += 'e';
      else if (/([^aeiouylsz])\1$/.test(word)) word = word.slice(0, -1);
      else if (ENDS_CVC.test(word)) word += 'e';
    }
  }

  if ((m = /y$/.exec(word))) {
    const stem = before(word, m);
    if (HAS_VOWEL.test(stem)) word = `${stem}i`;
  }
  return word;
}

function replaceSuffix(word: string, pattern: RegExp, table: Readonly<Record<string, string>>): string {
  const m = pattern.exec(word);
  if (!m) return word;
  const stem = before(word, m);
  return MEASURE_ABOVE_0.test(stem) ? stem + (table[m[1] ?? ''] ?? '') : word;
}

function step4(input: string): string {
  let word = input;
  let m: RegExpExecArray | null;
  if ((m = STEP4.exec(word)) && MEASURE_ABOVE_1.test(before(word, m))) word = before(word, m);
  if ((m = /ment$/.exec(word)) && MEASURE_ABOVE_1.test(before(word, m))) word = before(word, m);
  if ((m = /ent$/.exec(word))) {
    if (MEASURE_ABOVE_1.test(before(word, m))) word = before(word, m);
  } else if ((m = /(s|t)(ion)$/.exec(word))) {
    const stem = before(word, m) + (m[1] ?? '');
    if (MEASURE_ABOVE_1.test(stem)) word = stem;
  }
  return word;
}

function step5(input: string): string {
  let word = input;
  const m = /e$/.exec(word);
  if (m) {
    const stem = before(word, m);
    if (MEASURE_ABOVE_1.test(stem) || (MEASURE_IS_1.test(stem) && !ENDS_CVC.test(stem))) word = stem;
  }
  if (/ll$/.test(word) && MEASURE_ABOVE_1.test(word)) word = word.slice(0, -1);
  return word;
}

/** Porter stem of a lower-case word, exactly as ROUGE-1.5.5's `stem` (words under 3 letters unchanged). */
export function stemPorter(input: string): string {
  if (input.length < 3) return input;
  // An initial y is upper-cased so that the patterns never treat it as a vowel.
  const initialY = input.startsWith('y');
  let word = initialY ? `Y${input.slice(1)}` : input;
  word = step1(word);
  word = replaceSuffix(word, STEP2, STEP2_SUFFIXES);
  word = replaceSuffix(word, STEP3, STEP3_SUFFIXES);
  word = step4(word);
  word = step5(word);
  return initialY ? word.charAt(0).toLowerCase() + word.slice(1) : word;
}

/**
 * ROUGE-1.5.5 `-m` (its `MorphStem`): a token longer than 3 characters becomes its WordNet base form
 * when it is an irregular form ("children" -> "child", "said" -> "say"), else its Porter stem.
 */
export function stemRougeToken(token: string): string {
  if (token.length <= 3) return token;
  return getWordnetExceptions().get(token) ?? stemPorter(token);
}
