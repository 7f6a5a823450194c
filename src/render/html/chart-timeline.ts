import type { TimelineEvent } from '../../model/index.js';
import { escapeHtml, formatIsoDate, truncateText } from './escape.js';

const MARGIN = 40;
const DOT_RADIUS = 10;

interface TimelineLayout {
  readonly width: number;
  readonly minStep: number;
  readonly labelAngle: number;
}

const WIDE: TimelineLayout = { width: 860, minStep: 44, labelAngle: -35 };
const NARROW: TimelineLayout = { width: 360, minStep: 30, labelAngle: -55 };

/**
 * Timeline chart as inline SVG: dated events on an axis whose long gaps are compressed (log scale), numbered
 * like the list. Drawn for wide and narrow screens; CSS shows the one that fits.
 */
export function renderTimelineChart(events: readonly TimelineEvent[], anchorOf: (index: number) => string): string {
  if (!events.some((event) => toDayNumber(event.date) !== null)) return '';
  return (
    `<figure class="cb-chart cb-timeline-chart"><figcaption>Dated events <span class="cb-meta">(long gaps compressed; darker: reported by several sources)</span></figcaption>` +
    `<div class="cb-chart-scroll cb-wide-only">${drawTimeline(events, anchorOf, WIDE)}</div>` +
    `<div class="cb-chart-scroll cb-narrow-only">${drawTimeline(events, anchorOf, NARROW)}</div></figure>`
  );
}

function drawTimeline(events: readonly TimelineEvent[], anchorOf: (index: number) => string, layout: TimelineLayout): string {
  const dated = events
    .map((event, index) => ({ event, index, day: toDayNumber(event.date) }))
    .filter((e): e is { event: TimelineEvent; index: number; day: number } => e.day !== null);
  if (dated.length === 0) return '';
  const days = [...new Set(dated.map((e) => e.day))].sort((a, b) => a - b);
  const gaps = days.slice(1).map((day, i) => Math.log2(2 + day - (days[i] ?? day)));
  const total = gaps.reduce((sum, g) => sum + g, 0);
  const available = layout.width - 2 * MARGIN;
  const scale = total === 0 ? 0 : available / total;
  const positions = new Map<number, number>();
  let x = MARGIN + (days.length === 1 ? available / 2 : 0);
  days.forEach((day, i) => {
    if (i > 0) x += Math.max(layout.minStep, scale * (gaps[i - 1] ?? 0));
    positions.set(day, Math.round(x));
  });
  const width = Math.max(layout.width, Math.round(x + MARGIN));
  const levels = Math.min(4, Math.max(...days.map((day) => dated.filter((e) => e.day === day).length)));
  const axisY = 30 + levels * (2 * DOT_RADIUS + 4);
  const parts: string[] = [`<line class="cb-svg-axis" x1="${MARGIN / 2}" y1="${axisY}" x2="${width - MARGIN / 2}" y2="${axisY}"/>`];
  days.slice(1).forEach((day, i) => {
    const previous = days[i] ?? day;
    const years = (day - previous) / 372;
    const from = positions.get(previous) ?? 0;
    const to = positions.get(day) ?? 0;
    if (years < 2 || to - from < 56) return;
    const mid = (from + to) / 2;
    parts.push(`<text class="cb-svg-gap" x="${mid}" y="${axisY - 8}" text-anchor="middle">${Math.round(years)} years</text>`);
  });
  const stacks = new Map<number, number>();
  for (const { event, index, day } of dated) {
    const cx = positions.get(day) ?? MARGIN;
    const level = stacks.get(day) ?? 0;
    stacks.set(day, level + 1);
    if (level === 0) parts.push(renderDateLabel(cx, axisY, event.date, layout.labelAngle));
    if (level > 3) continue;
    const cy = axisY - DOT_RADIUS - 4 - level * (2 * DOT_RADIUS + 4);
    const many = (event.sources ?? []).length > 1 ? 'cb-svg-consensus' : 'cb-svg-single';
    parts.push(
      `<a href="#${anchorOf(index)}"><title>${escapeHtml(`${formatIsoDate(event.date)}: ${truncateText(event.text, 160)}`)}</title>` +
        `<circle class="${many}" cx="${cx}" cy="${cy}" r="${DOT_RADIUS}"/>` +
        `<text class="cb-svg-dot-label" x="${cx}" y="${cy + 4}" text-anchor="middle">${index + 1}</text></a>`,
    );
  }
  const height = axisY + (layout.labelAngle < -45 ? 84 : 78);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" style="min-width:${Math.round(Math.min(width, 560) * 0.9)}px" role="group" aria-label="Timeline chart">` +
    `${parts.join('')}</svg>`
  );
}

function renderDateLabel(x: number, axisY: number, date: string, angle: number): string {
  const y = axisY + 14;
  return (
    `<line class="cb-svg-tick" x1="${x}" y1="${axisY - 3}" x2="${x}" y2="${axisY + 4}"/>` +
    `<text class="cb-svg-small" x="${x + 3}" y="${y}" text-anchor="end" transform="rotate(${angle} ${x + 3} ${y})">${escapeHtml(formatShortDate(date))}</text>`
  );
}

function formatShortDate(date: string): string {
  return formatIsoDate(date).replace(/(January|February|March|April|May|June|July|August|September|October|November|December)/, (m) => m.slice(0, 3));
}

/** Approximate day number of an ISO date (partial dates count from their start); null when not a date. */
export function toDayNumber(date: string): number | null {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(typeof date === 'string' ? date : '');
  if (!match) return null;
  const month = Math.min(Math.max(Number(match[2] ?? 1), 1), 12);
  const day = Math.min(Math.max(Number(match[3] ?? 1), 1), 31);
  return Number(match[1]) * 372 + (month - 1) * 31 + (day - 1);
}
