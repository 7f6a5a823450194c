import type { AnalyzedDocument, Sentence } from '../../../model/index.js';

/** One planted change: replace `text.slice(start, end)` of document `doc` (cleaned text) by `replacement`. */
export interface Plant {
  readonly kind: PlantKind;
  readonly doc: number;
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
  /** The sentence the change is in, and the other document's sentence that still says the original. */
  readonly sentence: Sentence;
  readonly other: number;
  readonly otherSentence: Sentence;
  readonly overlap: number;
  /** What changed, for the report ("23 -> 32"). */
  readonly what: string;
}

/** The ways a detail is changed. */
export const PLANT_KINDS = ['digits', 'number-words', 'units', 'money', 'percent', 'weekday', 'calendar-date', 'year', 'place', 'negation', 'speaker'] as const;
export type PlantKind = (typeof PLANT_KINDS)[number];

/** What a plant may draw on from the whole story: its people (full names) and all its text (a new name must be new to it). */
export interface StoryContext {
  readonly people: readonly string[];
  readonly text: string;
}

/** A change found in one sentence, with what it hangs on (the same detail must be in the other sentence). */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
  readonly what: string;
}

const NUMBER_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept?', 'Oct', 'Nov', 'Dec'];
const UNIT_SWAPS: Readonly<Record<string, string>> = {
  feet: 'miles',
  foot: 'mile',
  ft: 'miles',
  miles: 'feet',
  mile: 'foot',
  meters: 'kilometers',
  metres: 'kilometres',
  kilometers: 'meters',
  kilometres: 'metres',
  km: 'm',
  yards: 'miles',
  minutes: 'hours',
  minute: 'hour',
  hours: 'days',
  hour: 'day',
  days: 'weeks',
  day: 'week',
  weeks: 'months',
  week: 'month',
  months: 'years',
  month: 'year',
  pounds: 'tons',
  kilograms: 'tonnes',
  kg: 'tonnes',
  acres: 'square miles',
  gallons: 'barrels',
  inches: 'feet',
};

/** A changed figure, far outside rounding: small ones gain 4, larger ones grow by 40% (at least 5). */
export function changeFigure(value: number): number {
  if (!Number.isInteger(value)) return Math.round((value * 1.4 + 1) * 10) / 10;
  return value < 10 ? value + 4 : value + Math.max(5, Math.round(value * 0.4));
}

function formatLike(original: string, value: number): string {
  return original.includes(',') ? value.toLocaleString('en-US') : String(value);
}

const yearLike = (value: number): boolean => Number.isInteger(value) && value >= 1900 && value <= 2100;

/** Digits in the sentence with what follows them, outside times ("10:30"), ordinals and names ("Terminal 3"). */
function* figures(text: string, sentence: Sentence): Generator<{ start: number; end: number; digits: string; value: number; after: string; before: string }> {
  const slice = text.slice(sentence.start, sentence.end);
  for (const match of slice.matchAll(/(?<![\p{L}\d.,:/$£€-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d:/]|\.\d|st\b|nd\b|rd\b|th\b)/gu)) {
    const start = sentence.start + match.index;
    const digits = match[1]!;
    const before = text.slice(Math.max(sentence.start, start - 12), start);
    const after = text.slice(start + digits.length, Math.min(sentence.end, start + digits.length + 20));
    if (/\p{Lu}[\p{L}]*\s$/u.test(before) && !/^\s*(?:percent|%|people|years?)/.test(after)) continue;
    yield { start, end: start + digits.length, digits, value: Number(digits.replace(/,/g, '')), after, before };
  }
}

const MONEY_BEFORE = /[$£€]\s?$/;
const PERCENT_AFTER = /^\s?(?:%|percent\b|per cent\b)/i;
const UNIT_AFTER = new RegExp(String.raw`^[\s-]?(${Object.keys(UNIT_SWAPS).join('|')})\b`, 'i');

/** The details a sentence holds, as "kind:value" strings, and the edit that would change each. */
/** A detail of a sentence and the edit that changes it; `context`, when given, is the words right before and after it. */
export interface DetailEdit {
  readonly detail: string;
  readonly edit: Edit;
  readonly context?: readonly [string, string];
}

export function editsIn(kind: PlantKind, doc: AnalyzedDocument, sentence: Sentence, story: StoryContext): DetailEdit[] {
  const text = doc.text;
  const slice = text.slice(sentence.start, sentence.end);
  const found: DetailEdit[] = [];
  if (kind === 'digits' || kind === 'money' || kind === 'percent' || kind === 'units') {
    for (const figure of figures(text, sentence)) {
      const money = MONEY_BEFORE.test(figure.before);
      const percent = PERCENT_AFTER.test(figure.after);
      const unit = UNIT_AFTER.exec(figure.after);
      if (kind === 'units') {
        if (!unit || money || percent) continue;
        const unitStart = figure.end + figure.after.indexOf(unit[1]!);
        const swapped = UNIT_SWAPS[unit[1]!.toLowerCase()]!;
        found.push({
          detail: `number:${figure.value}`,
          edit: {
            start: unitStart,
            end: unitStart + unit[1]!.length,
            replacement: swapped,
            what: `${figure.digits} ${unit[1]} -> ${figure.digits} ${swapped}`,
          },
        });
        continue;
      }
      if (kind === 'money' && !money) continue;
      if (kind === 'percent' && !percent) continue;
      if (kind === 'digits' && (money || percent || yearLike(figure.value))) continue;
      const scale = /^\s?(million|billion|m|bn)\b/i.exec(figure.after);
      if (kind === 'money' && scale && figure.value < 10) {
        // "$1.2 million" becomes "$1.2 billion": the same figure, another scale.
        const at = figure.end + figure.after.indexOf(scale[1]!);
        const other = /^m/i.test(scale[1]!) ? (scale[1]!.length === 1 ? 'bn' : 'billion') : scale[1]!.length === 2 ? 'm' : 'million';
        found.push({ detail: `number:${figure.value}`, edit: { start: at, end: at + scale[1]!.length, replacement: other, what: `${scale[1]} -> ${other}` } });
        continue;
      }
      const changed = formatLike(figure.digits, changeFigure(figure.value));
      found.push({
        detail: `number:${figure.value}`,
        edit: { start: figure.start, end: figure.end, replacement: changed, what: `${figure.digits} -> ${changed}` },
      });
    }
  } else if (kind === 'number-words') {
    for (const match of slice.matchAll(new RegExp(String.raw`\b(${NUMBER_WORDS.join('|')})\b(?![-\s]?(?:of a kind|another|time|way|thing)\b)`, 'gi'))) {
      const word = match[1]!;
      const lower = word.toLowerCase();
      // "one" is more often a pronoun than a count.
      if (lower === 'one') continue;
      const value = NUMBER_WORDS.indexOf(lower) + 1;
      const next = NUMBER_WORDS[(value + 3) % NUMBER_WORDS.length]!;
      const replacement = /^\p{Lu}/u.test(word) ? next[0]!.toUpperCase() + next.slice(1) : next;
      const start = sentence.start + match.index;
      found.push({ detail: `number:${value}`, edit: { start, end: start + word.length, replacement, what: `${word} -> ${replacement}` } });
    }
  } else if (kind === 'weekday') {
    for (const match of slice.matchAll(new RegExp(String.raw`\b(${WEEKDAYS.join('|')})\b`, 'g'))) {
      const next = WEEKDAYS[(WEEKDAYS.indexOf(match[1]!) + 3) % 7]!;
      const start = sentence.start + match.index;
      found.push({
        detail: `date:${match[1]!.toLowerCase()}`,
        edit: { start, end: start + match[1]!.length, replacement: next, what: `${match[1]} -> ${next}` },
      });
    }
  } else if (kind === 'calendar-date') {
    const month = `(?:${MONTHS.join('|')}|${MONTH_SHORT.join('|')})\\.?`;
    for (const match of slice.matchAll(new RegExp(String.raw`\b(${month})\s+(\d{1,2})\b(?!:)`, 'g'))) {
      const day = Number(match[2]);
      if (day < 1 || day > 31) continue;
      const changed = day <= 21 ? day + 7 : day - 14;
      const start = sentence.start + match.index + match[0].length - match[2]!.length;
      found.push({
        detail: `date:${match[1]!.slice(0, 3).toLowerCase()} ${day}`,
        edit: { start, end: start + match[2]!.length, replacement: String(changed), what: `${match[1]} ${day} -> ${match[1]} ${changed}` },
      });
    }
    for (const match of slice.matchAll(/\b(\d{1,2})\/(\d{1,2})\/(\d{2,4})\b/g)) {
      const day = Number(match[2]);
      const changed = day <= 21 ? day + 7 : day - 14;
      const start = sentence.start + match.index + match[1]!.length + 1;
      found.push({
        detail: `date:${match[0]}`,
        edit: { start, end: start + match[2]!.length, replacement: String(changed), what: `${match[0]} -> day ${changed}` },
      });
    }
  } else if (kind === 'year') {
    for (const match of slice.matchAll(/(?<![\d$£€.,])((?:19|20)\d\d)(?![\d%]|\s?percent)/g)) {
      const year = Number(match[1]);
      const start = sentence.start + match.index;
      found.push({ detail: `date:${year}`, edit: { start, end: start + 4, replacement: String(year + 2), what: `${year} -> ${year + 2}` } });
    }
  } else if (kind === 'place') {
    for (const mention of doc.entities) {
      if (mention.type !== 'place' || mention.start < sentence.start || mention.end > sentence.end) continue;
      // A place inside a longer name ("New York Times", "Texas Rangers") is not a place of the story, nor a dateline in capitals.
      if (/^\s+\p{Lu}/u.test(text.slice(mention.end, mention.end + 3)) || !/\p{Ll}/u.test(mention.text)) continue;
      // Only a place of a known kind is swapped for another of its kind: a building ("City Hall") is no city.
      if (!STATE_SET.has(mention.text) && !COUNTRY_SET.has(mention.text) && /\s/.test(mention.text)) continue;
      const replacement = replacePlace(mention.text, story.text);
      if (!replacement) continue;
      // The detail names the place with the words around it: a place in another role ("the Montana congressman",
      // "at a Montana rally") is another detail.
      const before =
        text
          .slice(Math.max(sentence.start, mention.start - 20), mention.start)
          .toLowerCase()
          .match(/[\p{L}']+(?=\W*$)/u)?.[0] ?? '';
      const after =
        text
          .slice(mention.end, Math.min(sentence.end, mention.end + 20))
          .toLowerCase()
          .match(/^\W*([\p{L}']+)/u)?.[1] ?? '';
      found.push({
        detail: `place:${mention.entity ?? mention.text.toLowerCase()}`,
        context: [before, after],
        edit: { start: mention.start, end: mention.end, replacement, what: `${mention.text} -> ${replacement}` },
      });
    }
  } else if (kind === 'speaker') {
    for (const attribution of doc.attributions) {
      if (attribution.sentence !== sentence.index) continue;
      const at = attribution.text.indexOf(attribution.speaker);
      const person = doc.entities.find(
        (mention) => mention.type === 'person' && mention.start === attribution.start + at && mention.text === attribution.speaker,
      );
      if (at < 0 || !person) continue;
      const surname = (name: string) => name.toLowerCase().split(' ').pop()!;
      const replacement = story.people.find((name) => surname(name) !== surname(person.name ?? person.text) && !slice.includes(name.split(' ').pop()!));
      if (!replacement) continue;
      found.push({
        detail: `speaker:${surname(person.name ?? person.text)}`,
        edit: { start: person.start, end: person.end, replacement, what: `${person.text} -> ${replacement}` },
      });
    }
  } else if (kind === 'negation') {
    const negated = /\b(?:not|never|no longer)\b|n['’]t\b/i.exec(slice);
    if (negated) {
      // Take the negation away: "did not attend" becomes "did attend".
      const start = sentence.start + negated.index;
      const word = negated[0];
      const edit = /n['’]t$/i.test(word)
        ? {
            start,
            end: start + word.length,
            replacement: word.toLowerCase() === "won't" ? 'will' : word.slice(0, -3).replace(/^ca$/i, 'can'),
            what: `${word} -> (dropped)`,
          }
        : { start: start - 1, end: start + word.length, replacement: '', what: `${word} -> (dropped)` };
      found.push({ detail: 'claim:negated', edit });
    } else {
      const aux = /\b(is|are|was|were|has|have|had|will|would|could|can|should|did|does)\s+(?!not\b)(\p{Ll}{3,})/u.exec(
        slice.replace(/"[^"]*"/g, (quote) => ' '.repeat(quote.length)),
      );
      if (aux) {
        const start = sentence.start + aux.index + aux[1]!.length;
        found.push({ detail: 'claim:plain', edit: { start, end: start, replacement: ' not', what: `${aux[1]} -> ${aux[1]} not` } });
      }
    }
  }
  return found;
}

const US_STATES = ['Ohio', 'Nevada', 'Oregon', 'Georgia', 'Kansas', 'Vermont', 'Arizona', 'Michigan', 'Florida', 'Texas', 'Maine', 'Iowa'];
const COUNTRIES = ['Portugal', 'Kenya', 'Peru', 'Norway', 'Vietnam', 'Chile', 'Poland', 'Egypt', 'Canada', 'Japan'];
const CITIES = ['Denver', 'Lyon', 'Osaka', 'Leeds', 'Tucson', 'Porto', 'Dayton', 'Perth', 'Omaha', 'Bremen'];
const STATE_SET = new Set([
  'Alabama',
  'Alaska',
  'Arizona',
  'Arkansas',
  'California',
  'Colorado',
  'Connecticut',
  'Delaware',
  'Florida',
  'Georgia',
  'Hawaii',
  'Idaho',
  'Illinois',
  'Indiana',
  'Iowa',
  'Kansas',
  'Kentucky',
  'Louisiana',
  'Maine',
  'Maryland',
  'Massachusetts',
  'Michigan',
  'Minnesota',
  'Mississippi',
  'Missouri',
  'Montana',
  'Nebraska',
  'Nevada',
  'New Hampshire',
  'New Jersey',
  'New Mexico',
  'New York',
  'North Carolina',
  'North Dakota',
  'Ohio',
  'Oklahoma',
  'Oregon',
  'Pennsylvania',
  'Rhode Island',
  'South Carolina',
  'South Dakota',
  'Tennessee',
  'Texas',
  'Utah',
  'Vermont',
  'Virginia',
  'Washington',
  'West Virginia',
  'Wisconsin',
  'Wyoming',
]);
const COUNTRY_SET = new Set([
  'Afghanistan',
  'Australia',
  'Brazil',
  'Britain',
  'Canada',
  'China',
  'Egypt',
  'England',
  'France',
  'Germany',
  'India',
  'Indonesia',
  'Iran',
  'Iraq',
  'Ireland',
  'Israel',
  'Italy',
  'Japan',
  'Kenya',
  'Mexico',
  'Nigeria',
  'North Korea',
  'Pakistan',
  'Russia',
  'Saudi Arabia',
  'Scotland',
  'South Africa',
  'South Korea',
  'Spain',
  'Syria',
  'Turkey',
  'Ukraine',
  'Venezuela',
  'Yemen',
  'New Zealand',
  'Greece',
  'Peru',
  'Chile',
  'Poland',
  'Norway',
  'Portugal',
  'Vietnam',
  'Egypt',
]);

/** Another place of the same kind (a US state for a state, a country for a country, else a city) that the text never names. */
export function replacePlace(place: string, text: string): string | null {
  const pool = STATE_SET.has(place) ? US_STATES : COUNTRY_SET.has(place) ? COUNTRIES : CITIES;
  return pool.find((candidate) => candidate !== place && !text.includes(candidate)) ?? null;
}
