import type { NumberMention } from '../../model/index.js';

/** The values a number expression allows: "more than 25" is (25, ∞), "almost 30" is [24, 30], "four" is [4, 4]. */
export interface ValueRange {
  readonly low: number;
  readonly high: number;
}

const ABOVE = /(?:more than|over|at least|upwards of|in excess of|greater than|above|no fewer than|no less than|\bat minimum)\s*$/i;
const BELOW = /(?:almost|nearly|close to|just under|fewer than|less than|under|up to|as many as|as much as|no more than|at most|below|shy of)\s*$/i;
const AROUND = /(?:about|around|approximately|roughly|some|an estimated|estimated|circa|or so|more or less|\bca\.|~)\s*$/i;
// Units that are multiples of another: compared in the base unit.
const SCALE: Readonly<Record<string, readonly [string, number]>> = {
  decade: ['year', 10],
  'quarter-century': ['year', 25],
  century: ['year', 100],
  'half-century': ['year', 50],
  dozen: ['', 12],
  week: ['day', 7],
  fortnight: ['day', 14],
  // Lengths in metres and short durations in seconds: "2,000 feet" and "700 metres" are two values of one length.
  foot: ['metre', 0.3048],
  feet: ['metre', 0.3048],
  ft: ['metre', 0.3048],
  inch: ['metre', 0.0254],
  yard: ['metre', 0.9144],
  mile: ['metre', 1609.344],
  meter: ['metre', 1],
  metre: ['metre', 1],
  kilometer: ['metre', 1000],
  kilometre: ['metre', 1000],
  km: ['metre', 1000],
  second: ['second', 1],
  minute: ['second', 60],
  hour: ['second', 3600],
};

const MAGNITUDE: Readonly<Record<string, number>> = {
  trillion: 1e12,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  thousand: 1e3,
  k: 1e3,
};

// "$2.5bn", "$199m", "$4.77-billion": the magnitude written in or right after the figure. The analyzer may
// or may not have applied it; a value equal to the bare figure has not.
function scaledValue(mention: NumberMention, text: string): number {
  const figure = /\d[\d,]*(?:\.\d+)?/.exec(mention.text);
  if (!figure) return mention.value;
  const digits = Number(figure[0].replace(/,/g, ''));
  const inside = /^\s*-?\s*(trillion|billion|bn|b|million|mn|m|thousand|k)\b/i.exec(mention.text.slice(figure.index + figure[0].length));
  const after = inside ? null : /^(?:-|\s)?(trillion|billion|bn|b|million|mn|m|thousand|k)\b/i.exec(text.slice(mention.end, mention.end + 12));
  const word = (inside ?? after)?.[1]?.toLowerCase();
  const magnitude = word ? (MAGNITUDE[word] ?? 1) : 1;
  return magnitude > 1 && Math.abs(mention.value - digits) < 1e-9 ? digits * magnitude : mention.value;
}

/** Base unit and value of a mention: "three decades" is 30 "year"; "$2.5bn" is 2.5e9 "$". */
export function normalizeQuantity(mention: NumberMention, text = ''): { unit: string; value: number } {
  const unit = (mention.unit ?? '').toLowerCase();
  const scale = SCALE[unit];
  const value = scaledValue(mention, text);
  return scale ? { unit: scale[0] || unit, value: value * scale[1] } : { unit, value };
}

/** Range of values a mention allows, reading qualifiers in the mention and just before it. */
export function rangeOf(mention: NumberMention, text: string): ValueRange {
  const { value } = normalizeQuantity(mention, text);
  const before = `${text.slice(Math.max(0, mention.start - 30), mention.start)} ${mention.text.replace(/[\d.,]+.*$/, '')}`.replace(/\s+/g, ' ');
  const qualified = before.trimEnd();
  if (ABOVE.test(qualified)) return { low: value, high: Infinity };
  if (BELOW.test(qualified)) return { low: value * 0.8, high: value };
  if (AROUND.test(qualified) || mention.approximate) return { low: value * 0.85, high: value * 1.15 };
  // Rounded figures: "$973,000" and "$972,814" are the same amount.
  return { low: value * 0.985, high: value * 1.015 };
}

/** True when no value satisfies both ranges. */
export function rangesDisagree(a: ValueRange, b: ValueRange): boolean {
  return a.high < b.low || b.high < a.low;
}
