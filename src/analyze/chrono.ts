// The English locale alone: the package root loads every locale (~0.2 s more at start).
import * as chrono from 'chrono-node/en';
import { boundedMemo } from './bounded-memo.js';

/** A calendar day used as the reference for relative dates. */
export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** One date expression found by chrono-node, with which parts the text states and which it implies. */
export interface ChronoDate {
  /** Offset of the expression within the text given to `parseDates`. */
  readonly index: number;
  readonly text: string;
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
  /** Day of the week, 0 = Sunday, when the text names one. */
  readonly weekday: number | null;
  /** Components the text states outright (a weekday counts for the day). */
  readonly certain: { readonly year: boolean; readonly month: boolean; readonly day: boolean; readonly weekday: boolean; readonly hour: boolean };
  /** True when chrono read it relative to the reference ("last month", "today", "two years ago"). */
  readonly relative: boolean;
  /** Name of the chrono parser when it reports one ("ENMonthNameParser", "SlashDateFormatParser"). */
  readonly parser: string | null;
}

// Any fixed day works when there is no publication date: only the stated parts are used then.
const PLACEHOLDER: CalendarDay = { year: 2000, month: 6, day: 15 };

// Parsers left out: clock times (not dates, and half of chrono's time), "two days later" (relative to an
// event, not to the publication date) and "+2 days"-style offsets.
const LEFT_OUT = new Set(['ENTimeExpressionParser', 'ENTimeUnitLaterFormatParser', 'ENTimeUnitCasualRelativeFormatParser']);
let parser: chrono.Chrono | null = null;

function readParser(): chrono.Chrono {
  if (!parser) {
    parser = chrono.casual.clone();
    parser.parsers = parser.parsers.filter((candidate) => !LEFT_OUT.has(candidate.constructor.name));
  }
  return parser;
}

/**
 * Parses date expressions with chrono-node's casual English parser (without clock times) against a reference day (local noon,
 * so no time zone can shift it). Pass null when the publication date is unknown: relative results are
 * then flagged and the caller must not use their implied parts. Never reads the clock.
 */
export function parseDates(text: string, reference: CalendarDay | null): ChronoDate[] {
  const day = reference ?? PLACEHOLDER;
  const instant = new Date(day.year, day.month - 1, day.day, 12, 0, 0);
  return readParser()
    .parse(text, instant)
    .map((result) => {
      const start = result.start;
      const tags = [...(result.tags?.() ?? [])];
      return {
        index: result.index,
        text: result.text,
        year: start.get('year'),
        month: start.get('month'),
        day: start.get('day'),
        weekday: start.isCertain('weekday') ? start.get('weekday') : null,
        certain: {
          year: start.isCertain('year'),
          month: start.isCertain('month'),
          day: start.isCertain('day'),
          weekday: start.isCertain('weekday'),
          hour: start.isCertain('hour'),
        },
        relative: tags.some((tag) => tag.startsWith('result/relativeDate') || tag.startsWith('casualReference')),
        parser: tags.find((tag) => tag.startsWith('parser/'))?.slice('parser/'.length) ?? null,
      };
    });
}

const pad = (value: number): string => String(value).padStart(2, '0');

/**
 * The month and day a date's text states, as "MM-DD", whatever year it falls in: "April 26", "Nov. 18, 2017" →
 * "04-26", "11-18"; null when it states no day of a month ("Friday", "last year", "May"). What two undated
 * articles' dates can still be compared on. Memoized: comparison asks again for every pair of clauses a date is in.
 */
export const monthDayOf: (text: string) => string | null = boundedMemo(20_000, (text) => {
  const [date] = parseDates(text, null);
  // "today" and "last week" name a day only against a reference, which an undated article lacks.
  if (date === undefined || date.relative || !date.certain.month || !date.certain.day || date.month === null || date.day === null) return null;
  return `${pad(date.month)}-${pad(date.day)}`;
});
