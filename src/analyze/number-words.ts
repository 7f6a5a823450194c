const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
/** Scale words and their values ("hundred" → 100). */
export const SCALES: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

/** The value of a number word below one hundred ("seven", "twenty-five", "ninety"), or null. */
export function readSmallNumberWord(word: string): number | null {
  const normal = word.toLowerCase();
  if (normal in UNITS) return UNITS[normal]!;
  if (normal in TENS) return TENS[normal]!;
  const match = /^([a-z]+)[-‐]([a-z]+)$/.exec(normal);
  if (match && match[1]! in TENS && match[2]! in UNITS && UNITS[match[2]!]! > 0 && UNITS[match[2]!]! < 10) {
    return TENS[match[1]!]! + UNITS[match[2]!]!;
  }
  return null;
}

/** True for words that can be part of a spelled-out number ("seven", "hundred", "twenty-five", "and"). */
export function isNumberWord(word: string): boolean {
  const normal = word.toLowerCase();
  return readSmallNumberWord(normal) !== null || normal in SCALES;
}

/**
 * The value of a spelled-out number given as its words ("two hundred and fifty", "four million").
 * "and" is allowed after a scale word. Returns null when the words do not form a number.
 */
export function readNumberWords(words: readonly string[]): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const raw of words) {
    const word = raw.toLowerCase();
    if (word === 'and' && seen) continue;
    const small = readSmallNumberWord(word);
    if (small !== null) {
      current += small;
      seen = true;
      continue;
    }
    const scale = SCALES[word];
    if (scale === undefined) return null;
    if (scale === 100) current = (current || 1) * 100;
    else {
      total += (current || 1) * scale;
      current = 0;
    }
    seen = true;
  }
  return seen ? total + current : null;
}

/** Parses a written numeral: "2,500" → 2500, "1.2" → 1.2; null for times, ranges and codes. */
export function readNumeral(value: string): number | null {
  if (!/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$|^\.\d+$/.test(value)) return null;
  return Number(value.replace(/,/g, ''));
}
