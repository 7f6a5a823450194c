import type { NumberMention, SourceId } from '../model/index.js';
import type { SentenceSpan } from './02-sentences.js';
import { readSentenceWords, type Word } from './entity-words.js';
import { isNumberWord, readNumberWords, readNumeral, readSmallNumberWord, SCALES } from './number-words.js';

/** A character range already taken by another extractor (dates), where numbers are not read. */
export interface TakenRange {
  readonly start: number;
  readonly end: number;
}

const APPROXIMATIONS: readonly (readonly string[])[] = [
  ['more', 'than'],
  ['fewer', 'than'],
  ['less', 'than'],
  ['at', 'least'],
  ['at', 'most'],
  ['up', 'to'],
  ['as', 'many', 'as'],
  ['close', 'to'],
  ['upwards', 'of'],
  ['an', 'estimated'],
  ['just', 'over'],
  ['just', 'under'],
  ['about'],
  ['around'],
  ['almost'],
  ['nearly'],
  ['over'],
  ['some'],
  ['roughly'],
  ['approximately'],
  ['under'],
  ['estimated'],
  ['approx.'],
  ['several'],
  ['a', 'few'],
  ['few'],
  ['perhaps'],
  ['maybe'],
];
const CURRENCIES: Readonly<Record<string, string>> = { $: '$', us$: '$', '€': '€', '£': '£', dollar: '$', euro: '€', percent: '%', '%': '%' };
const UNIT_FORMS: Readonly<Record<string, string>> = { people: 'person', persons: 'person', 'per cent': '%' };
const TIME_AFTER = /^(?:a\.m\.|p\.m\.|am|pm|gmt|utc|et|edt|est|bst)$/;
const MULTIPLIERS = /^(?:times?|fold)$/;

interface Parsed {
  value: number;
  next: number;
  unit: string | null;
  approximate: boolean;
  spelled: boolean;
  plural?: boolean;
}

function singular(word: Word): string {
  const lemma = UNIT_FORMS[word.normal] ?? (word.lemma !== word.normal ? word.lemma : word.normal);
  return word.pos === 'PROPN' && /[^s]s$/.test(lemma) ? lemma.slice(0, -1) : lemma;
}

const NUMBER_WORD_START =
  /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion)(?:$|[-‐])/;

/** A cheap test before `readNumberAt`: digits, a currency sign, "a"/"an" or a number word. */
function mayStartNumber(normal: string): boolean {
  const code = normal.charCodeAt(0);
  return (code >= 48 && code <= 57) || normal in CURRENCIES || NUMBER_WORD_START.test(normal);
}

/** Reads the number starting at words[i]: numerals, "$1.2 billion", "four", "a dozen", "15-minute". */
function readNumberAt(words: readonly Word[], i: number): Parsed | null {
  const word = words[i]!;
  if (!mayStartNumber(word.normal)) return null;
  const currency = CURRENCIES[word.normal];
  if (currency && currency !== '%' && word.normal.length <= 3 && words[i + 1]) {
    const parsed = readNumberAt(words, i + 1);
    return parsed && !parsed.spelled ? { ...parsed, unit: currency } : null;
  }
  if (word.normal === 'a' || word.normal === 'an') {
    const next = words[i + 1]?.normal;
    if (next === 'dozen') return { value: 12, next: i + 2, unit: null, approximate: false, spelled: true };
    if (next === 'quarter-century') return { value: 25, next: i + 2, unit: 'year', approximate: true, spelled: true };
    if (next && next in SCALES) return { value: SCALES[next]!, next: i + 2, unit: null, approximate: false, spelled: true };
    return null;
  }
  const parts = word.normal.split(/[-‐]/);
  const numeral = readNumeral(parts[0]!);
  if (numeral !== null) {
    // "2, 000 feet", "170, 000 people": thousands written with a space after the comma (text tokenized and joined again).
    // The comma is glued to the first digits and one space follows it ("12 , 300" and "12,  300" are two numbers).
    const group = words[i + 1]?.normal === ',' && /^(\d{3})([a-z]*)$/.exec(words[i + 2]?.normal ?? '');
    const glued = group && words[i + 1]!.start === word.end && words[i + 2]!.start === words[i + 1]!.end + 1;
    if (parts.length === 1 && group && glued && Number.isInteger(numeral) && numeral < 1000) {
      return { value: numeral * 1000 + Number(group[1]), next: i + 3, unit: group[2] ? group[2].replace(/s$/, '') : null, approximate: false, spelled: false };
    }
    // "5. 4 per cent": the decimal point glued to the whole part and one space before the decimals (as the sentence
    // splitter keeps it together: only before a unit).
    const decimals = words[i + 1]?.normal === '.' && /^\d{1,2}$/.exec(words[i + 2]?.normal ?? '');
    const pointGlued = decimals && words[i + 1]!.start === word.end && words[i + 2]!.start === words[i + 1]!.end + 1;
    if (parts.length === 1 && decimals && pointGlued && Number.isInteger(numeral) && numeral < 1000 && isDecimalUnit(words, i + 3)) {
      return { value: Number(`${numeral}.${decimals[0]}`), next: i + 3, unit: null, approximate: false, spelled: false };
    }
    if (parts.length === 1) return { value: numeral, next: i + 1, unit: null, approximate: false, spelled: false };
    if (parts.length === 2 && readNumeral(parts[1]!) !== null) return { value: numeral, next: i + 1, unit: null, approximate: true, spelled: false };
    if (/^[a-z]+$/.test(parts[1]!))
      return { value: numeral, next: i + 1, unit: parts.slice(1).join('-').replace(/s$/, ''), approximate: false, spelled: false };
    return null;
  }
  const small = readSmallNumberWord(parts[0]!);
  if (small !== null && parts.length > 1 && readSmallNumberWord(word.normal) === null) {
    return { value: small, next: i + 1, unit: parts.slice(1).join('-').replace(/s$/, ''), approximate: false, spelled: true };
  }
  let end = i;
  while (
    words[end] &&
    (isNumberWord(words[end]!.normal) || (words[end]!.normal === 'and' && words[end - 1]?.normal === 'hundred' && isNumberWord(words[end + 1]?.normal ?? '')))
  )
    end++;
  if (end === i) return null;
  const value = readNumberWords(words.slice(i, end).map((w) => w.normal));
  return value === null ? null : { value, next: end, unit: null, approximate: false, spelled: true };
}

// The units after which "5. 4" is one decimal number (see splitSentenceSpans).
function isDecimalUnit(words: readonly Word[], at: number): boolean {
  const word = words[at]?.normal;
  return (
    word === '%' ||
    word === 'percent' ||
    word === 'million' ||
    word === 'billion' ||
    word === 'trillion' ||
    word === 'magnitude' ||
    (word === 'per' && words[at + 1]?.normal === 'cent')
  );
}

const MONEY_SCALES: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9, tn: 1e12 };
const MONEY_UNITS: Readonly<Record<string, true>> = { $: true, '£': true, '€': true };

// A verb form in -s right after a number above one is a plural noun the tagger misread ("pleaded not guilty to
// eight counts", "to 8 counts"): a verb there would have to agree with a singular subject.
const SINGULAR_VERBS = new Set(['is', 'was', 'has', 'does', 'says']);

function isPluralTakenForVerb(word: Word, value: number): boolean {
  return word.pos === 'VERB' && value !== 1 && /[^s]s$/.test(word.normal) && !SINGULAR_VERBS.has(word.normal);
}

/** Applies "million"/"billion" and "dozen" after a numeral, and finds the counted noun. */
function readUnit(words: readonly Word[], parsed: Parsed): Parsed {
  let { value, next } = parsed;
  // "$2.5bn", "£199m": a scale abbreviation glued to a money amount.
  const glued = words[next];
  const previous = words[next - 1];
  // At a sentence end wink reads "$3m." as "$", "3", "m.": the scale keeps the full stop.
  const scale = glued?.normal.replace(/\.$/, '') ?? '';
  if (glued && previous && glued.start === previous.end && scale in MONEY_SCALES && parsed.unit && parsed.unit in MONEY_UNITS) {
    value *= MONEY_SCALES[scale]!;
    next++;
  }
  while (words[next] && (words[next]!.normal in SCALES || words[next]!.normal === 'dozen') && !parsed.spelled) {
    value *= words[next]!.normal === 'dozen' ? 12 : SCALES[words[next]!.normal]!;
    next++;
  }
  if (parsed.unit) return { ...parsed, value, next };
  const first = words[next];
  if (first && (first.normal === '%' || first.normal === 'percent')) return { ...parsed, value, next: next + 1, unit: '%' };
  if (first?.normal === 'per' && words[next + 1]?.normal === 'cent') return { ...parsed, value, next: next + 2, unit: '%' };
  for (let k = next; k < next + 4 && words[k]; k++) {
    const word = words[k]!;
    if (
      word.pos === 'NOUN' ||
      (word.pos === 'PROPN' && words[k + 1]?.pos !== 'NOUN' && words[k + 1]?.pos !== 'PROPN') ||
      (k === next && isPluralTakenForVerb(word, value))
    ) {
      const unit = singular(word);
      return { ...parsed, value, next: k + 1, unit: CURRENCIES[unit] ?? unit, plural: unit !== word.normal };
    }
    if (word.pos !== 'ADJ' && word.pos !== 'PROPN') break;
  }
  return { ...parsed, value, next };
}

const AGE_SUBJECTS = new Set(['he', 'she', 'i', 'they', 'we', 'you', 'who']);

/**
 * A bare number that is someone's age: "aged 94", "at the age of 91", "Fabio Sementilli, 49, died", "when he was 14",
 * "94 years old". Ages read with the unit of "36-year-old" ("year-old"), so two sources' ages of a person compare.
 */
function isAge(words: readonly Word[], i: number, parsed: Parsed): boolean {
  if (!Number.isInteger(parsed.value) || parsed.value <= 0 || parsed.value >= 200) return false;
  const next = words[parsed.next];
  if (parsed.unit === 'year') return next?.normal === 'old';
  if (parsed.unit !== null) return false;
  // "when he was only 14": a word of degree before the number is passed over.
  const at = words[i - 1] && /^(?:only|just|barely|nearly|almost)$/.test(words[i - 1]!.normal) ? i - 1 : i;
  const [third, second, first] = [words[at - 3], words[at - 2], words[at - 1]];
  if (first?.normal === 'aged' || first?.normal === 'age' || (first?.normal === 'of' && second?.normal === 'age')) return true;
  // "85 - year - old": the hyphens of "85-year-old" set apart, as in re-joined tokens.
  if (
    next?.value === '-' &&
    /^years?$/.test(words[parsed.next + 1]?.normal ?? '') &&
    words[parsed.next + 2]?.value === '-' &&
    words[parsed.next + 3]?.normal === 'old'
  )
    return true;
  const closes = next === undefined || /^[,;.)]$/.test(next.value);
  if (!closes || parsed.value > 125) return false;
  if (first?.value === ',' && second !== undefined && /^\p{Lu}/u.test(second.value)) return true;
  // "Tom Tennant and William Hakim, both 51, died".
  if (first?.normal === 'both' && second?.value === ',') return true;
  return (
    (first?.normal === 'was' || first?.normal === 'is') &&
    second !== undefined &&
    AGE_SUBJECTS.has(second.normal) &&
    (third?.normal === 'when' || third?.normal === 'while' || third?.normal === 'since')
  );
}

function findApproximation(words: readonly Word[], i: number): number {
  for (const pattern of APPROXIMATIONS) {
    const from = i - pattern.length;
    if (from >= 0 && pattern.every((part, k) => words[from + k]!.normal === part)) return from;
  }
  return -1;
}

function isSkipped(text: string, words: readonly Word[], i: number, parsed: Parsed): boolean {
  const word = words[i]!;
  const next = words[parsed.next];
  if (parsed.unit && (MULTIPLIERS.test(parsed.unit) || TIME_AFTER.test(parsed.unit))) return true;
  if (next && TIME_AFTER.test(next.normal)) return true;
  // Heights (4'8"), phone numbers ((423) 272-7555) and codes are not counts.
  if (/^['"’”]/.test(text.slice(word.end, word.end + 1)) || /^\d{3}-\d{4}$/.test(word.value)) return true;
  if (words[i - 1]?.value === '(' && words[i + 1]?.value === ')') return true;
  if (/:/.test(word.value) || (word.normal === 'one' && !parsed.unit)) return true;
  if (parsed.spelled && !parsed.unit && parsed.value < 100) return true;
  const previous = words[i - 1];
  if (!parsed.unit && previous && (previous.pos === 'PROPN' || /^(?:no\.|#|number)$/.test(previous.normal))) return true;
  // A bare four-digit number between 1800 and 2099 is a year, which the date step reads.
  return /^(?:18|19|20)\d\d$/.test(word.value) && !parsed.plural;
}

/**
 * Finds numbers with what they count: "four hours" → 4 "hour", "at least 103 American soldiers" → 103
 * "soldier" (approximate), "$1.2 billion" → 1.2e9 "$", "15-minute" → 15 "minute", "12%" → 12 "%".
 * Years, times, ordinals, multipliers ("twice", "three times") and numbers inside `taken` are skipped.
 */
export function extractNumbers(text: string, spans: readonly SentenceSpan[], source: SourceId, taken: readonly TakenRange[] = []): NumberMention[] {
  const mentions: NumberMention[] = [];
  spans.forEach((span, sentence) => {
    if (
      !/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty|dozen|hundred|thousand|million|billion|quarter-century)\b/i.test(
        text.slice(span.start, span.end),
      )
    )
      return;
    const words = readSentenceWords(text, span);
    for (let i = 0; i < words.length; i++) {
      const found = readNumberAt(words, i);
      if (!found) continue;
      const read = readUnit(words, found);
      const parsed = isAge(words, i, read) ? { ...read, unit: 'year-old' } : read;
      const start = words[i]!.start;
      const end = words[parsed.next - 1]!.end;
      if (isSkipped(text, words, i, parsed) || taken.some((range) => start < range.end && end > range.start)) {
        i = parsed.next - 1;
        continue;
      }
      const approximation = findApproximation(words, i);
      const from = approximation >= 0 ? words[approximation]!.start : start;
      mentions.push({
        source,
        sentence,
        start: from,
        end,
        text: text.slice(from, end),
        value: parsed.value,
        unit: parsed.unit,
        approximate: parsed.approximate || approximation >= 0,
      });
      i = parsed.next - 1;
    }
  });
  return mentions;
}
