import type { DateMention, SourceId } from '../model/index.js';
import type { SentenceSpan } from './02-sentences.js';
import { parseDates, type CalendarDay, type ChronoDate } from './chrono.js';
import { isFutureAt } from './date-tense.js';
import type { Token } from './wink.js';

const MONTH =
  'Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|March|Mar\\.|April|Apr\\.|May|June|July|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?';
const WEEKDAY = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
// Sentences without any of these never reach chrono: it is the slowest part of the analysis.
const TRIGGER = new RegExp(
  `\\b(?:${MONTH}|${WEEKDAY})(?![\\w])|\\b(?:today|tonight|yesterday|tomorrow|ago|weekend)\\b|\\b(?:last|this)\\s+(?:night|morning|afternoon|evening)\\b|\\b(?:last|next|this|past|coming|within)\\s+(?:a\\s+|an\\s+|\\w+\\s+)?(?:week|month|year|decade)s?\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b`,
  'g',
);
const MONTH_WORD = new RegExp(`^(?:${MONTH})$`, 'i');
const BEFORE_MONTH = /^(?:in|since|until|till|by|before|after|from|through|during|of|early|late|mid|last|next|this|between|and|to|or|a|the)$/i;
const DURATION =
  /^(?:in|for)\s+(?:about\s+|almost\s+|nearly\s+|over\s+|more than\s+|approximately\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|many)\s+(?:years?|months?|weeks?|days?|decades?|hours?|minutes?)/i;
// Hours and minutes from the reference ("the past 24 hours", "33 minutes before") are not calendar dates.
const SPAN = /^(?:the\s+)?(?:last|past|next|coming)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|few|several|many)\s/i;
const CLOCK_UNITS = /\b(?:hours?|minutes?|seconds?)\b/i;
const BARE_PARTS_OF_DAY = /^(?:morning|night|midnight|noon|evening|afternoon)$/i;
// Words a year alone follows: prepositions of time, "the", "fiscal", and a possessive ("Krystal's 2014 suit",
// "his pay for 2015"; "for 2015 tickets" is a count: a plural noun follows).
const BEFORE_YEAR =
  /^(?:in|since|until|till|by|before|after|from|through|during|between|of|and|to|or|for|early|late|mid|the|a|circa|spring|summer|fall|autumn|winter|year|fiscal|'s|s'|'|his|her|its|their|our|my|your)$/i;

/** The calendar day of an ISO date or date-time ("2007-05-29T…"), or null. */
export function readCalendarDay(iso: string | null | undefined): CalendarDay | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { year, month, day } : null;
}

const pad = (value: number): string => String(value).padStart(2, '0');

function previousWord(text: string, offset: number): string {
  return /([\p{L}.'-]+)\W*$/u.exec(text.slice(Math.max(0, offset - 30), offset))?.[1] ?? '';
}

/** False for chrono readings that are not dates in news text: "may", "March on", "9/11", bare times. */
function isDate(text: string, found: ChronoDate, offset: number, surface: string): boolean {
  const { certain } = found;
  if (/^now$/i.test(surface) || DURATION.test(found.text) || CLOCK_UNITS.test(surface) || BARE_PARTS_OF_DAY.test(surface)) return false;
  // "4,300 years ago" read from its last digits, and "the last 20 years" (a span, not a date).
  if (/[\d,.]$/.test(text.slice(offset - 1, offset)) || SPAN.test(surface)) return false;
  if (!certain.year && !certain.month && !certain.day && !certain.weekday && !found.relative) return false;
  const month = surface.split(/[\s,]+/).find((word) => MONTH_WORD.test(word));
  if (month && !/^\p{Lu}/u.test(month)) return false;
  if (found.parser === 'SlashDateFormatParser' && !certain.year) return false;
  // Full weekday names or dotted abbreviations: "Sun" alone is the sun far more often than Sunday.
  if (certain.weekday && !/\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.|weekend/.test(surface))
    return false;
  if (found.year !== null && (found.year < 1000 || found.year > 2100)) return false;
  const monthOnly = certain.month && !certain.day && !certain.year && !found.relative;
  if (monthOnly) {
    const before = previousWord(text, offset);
    if (!BEFORE_MONTH.test(before) || (/^May$/.test(surface) && /^(?:a|the|and|or|to)$/i.test(before))) return false;
  }
  return true;
}

/** ISO value at the precision the expression has, resolved against the reference when it is relative. */
const BARE_WEEKDAY = new RegExp(`^(?:(?:early|late)\\s+)?(?:${WEEKDAY})(?:\\s+(?:morning|afternoon|evening|night))?$`);
const DAY_MS = 86_400_000;

/**
 * The given weekday nearest the reference day in the direction of the tense: on or before it for what
 * happened (news mostly reports the past), on or after it for what will happen ("he will hold a rally Saturday").
 */
function findWeekday(reference: CalendarDay, weekday: number, future: boolean): string {
  const day = Date.UTC(reference.year, reference.month - 1, reference.day);
  const today = new Date(day).getUTCDay();
  const shift = future ? (weekday - today + 7) % 7 : -((today - weekday + 7) % 7);
  const date = new Date(day + shift * DAY_MS);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

const DEICTIC =
  /\b(?:this|last|next|past|coming|current)\s+(?:year|month|week|decade|spring|summer|fall|autumn|winter)\b|\b(?:today|tonight|yesterday|tomorrow|now)\b/i;

function readValue(found: ChronoDate, surface: string, reference: CalendarDay | null, future: boolean): { value: string | null; relative: boolean } {
  const { certain } = found;
  // chrono reports "this year" or "today" as certain, filled in from its reference; without one that is invented.
  const relative = found.relative || !certain.year || (certain.weekday && !certain.day) || DEICTIC.test(surface);
  if (relative && !reference) return { value: null, relative };
  if (reference && found.weekday !== null && !certain.day && BARE_WEEKDAY.test(surface))
    return { value: findWeekday(reference, found.weekday, future), relative };
  let precision: 'year' | 'month' | 'day';
  if (found.relative) precision = /decade|year/i.test(surface) ? 'year' : /month|week/i.test(surface) ? 'month' : 'day';
  else precision = certain.day || certain.weekday ? 'day' : certain.month ? 'month' : 'year';
  const { year, month, day } = found;
  if (year === null) return { value: null, relative };
  if (precision === 'year' || month === null) return { value: String(year), relative };
  if (precision === 'month' || day === null) return { value: `${year}-${pad(month)}`, relative };
  return { value: `${year}-${pad(month)}-${pad(day)}`, relative };
}

/** Years alone in a date context: "in 1980", "the 1979 Islamic revolution", "since 2003". */
function findYears(tokens: readonly Token[], sentence: number, source: SourceId): DateMention[] {
  const years: DateMention[] = [];
  tokens.forEach((token, i) => {
    if (token.type !== 'number' || !/^(?:1[89]|20)\d\d$/.test(token.value)) return;
    const previous = tokens[i - 1];
    const next = tokens[i + 1];
    if (!previous || !BEFORE_YEAR.test(previous.value) || previous.type === 'currency') return;
    if (next && next.pos === 'NOUN' && next.lemma !== next.normal) return;
    years.push({ source, sentence, start: token.start, end: token.end, text: token.value, value: token.value, relative: false });
  });
  return years;
}

/** Stretches of a sentence around date words, merged, for chrono to read instead of the whole sentence. */
function findWindows(sentence: string): { start: number; end: number }[] {
  const windows: { start: number; end: number }[] = [];
  TRIGGER.lastIndex = 0;
  for (let match = TRIGGER.exec(sentence); match; match = TRIGGER.exec(sentence)) {
    let start = Math.max(0, match.index - 32);
    let end = Math.min(sentence.length, match.index + match[0].length + 40);
    while (start > 0 && /\S/.test(sentence[start - 1]!)) start--;
    while (end < sentence.length && /\S/.test(sentence[end]!)) end++;
    const last = windows[windows.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else windows.push({ start, end });
  }
  return windows;
}

/**
 * Finds dates with chrono-node (only in sentences that mention a month, weekday, "today", "ago", …) and
 * years in date context. Relative dates are resolved against `published` (ISO) when given, else left null.
 */
export function extractDates(text: string, spans: readonly SentenceSpan[], source: SourceId, published: string | null = null): DateMention[] {
  const reference = readCalendarDay(published);
  const mentions: DateMention[] = [];
  spans.forEach((span, sentence) => {
    const sentenceText = text.slice(span.start, span.end);
    const found: DateMention[] = [];
    for (const window of findWindows(sentenceText)) {
      for (const date of parseDates(sentenceText.slice(window.start, window.end), reference)) {
        const lead = /^(?:on|in|at|by|during)\s+/i.exec(date.text)?.[0].length ?? 0;
        const surface = date.text.slice(lead).replace(/[\s,.;:]+$/, '');
        const start = span.start + window.start + date.index + lead;
        if (found.some((other) => start < other.end && start + surface.length > other.start)) continue;
        if (!surface || !isDate(text, date, start, surface)) continue;
        found.push({
          source,
          sentence,
          start,
          end: start + surface.length,
          text: surface,
          ...readValue(date, surface, reference, isFutureAt(span.tokens, start)),
        });
      }
    }
    const years = /\b(?:1[89]|20)\d\d\b/.test(sentenceText) ? findYears(span.tokens, sentence, source) : [];
    for (const year of years) if (!found.some((date) => year.start < date.end && year.end > date.start)) found.push(year);
    mentions.push(...found.sort((a, b) => a.start - b.start));
  });
  return mentions;
}
