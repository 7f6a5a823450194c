import type { BriefingSource, Fact } from '../../model/index.js';
import { escapeHtml, toIdToken, truncateText } from './escape.js';
import { citationHref, sourceAnchor, type RenderContext } from './context.js';

interface MatrixLayout {
  readonly labelWidth: number;
  readonly columnWidth: number;
  /** Characters of fact text in a row label and of the outlet under a column number. */
  readonly labelChars: number;
  readonly columnChars: number;
  readonly agreedHeading: string;
}

const WIDE: MatrixLayout = { labelWidth: 470, columnWidth: 58, labelChars: 68, columnChars: 9, agreedHeading: 'Agreed by two or more independent sources' };
const NARROW: MatrixLayout = { labelWidth: 200, columnWidth: 40, labelChars: 30, columnChars: 5, agreedHeading: 'Agreed' };
const ROW_HEIGHT = 26;
const HEADER_HEIGHT = 58;
const GROUP_GAP = 28;

/**
 * Source-by-fact coverage matrix as inline SVG: one row per fact, one column per source, a dot where it
 * reports it. Drawn twice (wide and narrow labels); CSS shows the one that fits the screen.
 */
export function renderCoverageChart(context: RenderContext): string {
  const { briefing, options } = context;
  const all = briefing.facts ?? [];
  if (all.length === 0 || briefing.sources.length === 0) return '';
  const consensus = all.filter((f) => f.status === 'consensus').sort((a, b) => b.independent - a.independent || b.sources.length - a.sources.length);
  const single = all.filter((f) => f.status !== 'consensus').sort((a, b) => firstSourceIndex(context, a) - firstSourceIndex(context, b));
  const shown = [...consensus, ...single].slice(0, options.maxMatrixFacts);
  const more = all.length - shown.length;
  // A matrix grows with facts times sources: past the limits, the first sources and facts are drawn, the rest counted.
  const sources = briefing.sources.slice(0, options.maxMatrixSources);
  const moreSources = briefing.sources.length - sources.length;
  const notes = [
    more > 0 ? `${more} more fact${more === 1 ? '' : 's'} not drawn.` : '',
    moreSources > 0 ? `${moreSources} more source${moreSources === 1 ? '' : 's'} not drawn.` : '',
  ].filter(Boolean);
  const note = notes.length > 0 ? `<p class="cb-meta">${notes.join(' ')}</p>` : '';
  return (
    `<figure class="cb-chart cb-coverage"><figcaption>Which source reports which fact <span class="cb-meta">(filled dot: reported; click a dot to read the passage)</span></figcaption>` +
    `<div class="cb-chart-scroll cb-wide-only">${drawMatrix(context, sources, shown, consensus.length, WIDE)}</div>` +
    `<div class="cb-chart-scroll cb-narrow-only">${drawMatrix(context, sources, shown, consensus.length, NARROW)}</div>${note}</figure>`
  );
}

function drawMatrix(context: RenderContext, sources: readonly BriefingSource[], shown: readonly Fact[], consensusCount: number, layout: MatrixLayout): string {
  const { labelWidth: LABEL_WIDTH, columnWidth: COLUMN_WIDTH } = layout;
  const width = LABEL_WIDTH + sources.length * COLUMN_WIDTH + 56;
  const parts: string[] = [];
  let y = HEADER_HEIGHT;
  sources.forEach((source, index) => {
    const x = LABEL_WIDTH + index * COLUMN_WIDTH + COLUMN_WIDTH / 2;
    parts.push(
      `<a href="#${sourceAnchor(source.id)}"><title>${escapeHtml(`[${index + 1}] ${context.labelOf(source.id)}`)}</title>` +
        `<text class="cb-svg-col" x="${x}" y="${HEADER_HEIGHT - 30}" text-anchor="middle">[${index + 1}]</text>` +
        `<text class="cb-svg-small" x="${x}" y="${HEADER_HEIGHT - 14}" text-anchor="middle">${escapeHtml(truncateText(context.labelOf(source.id), layout.columnChars))}</text></a>`,
    );
  });
  parts.push(...renderWireBrackets(context, sources, layout));
  shown.forEach((fact, index) => {
    if (index === consensusCount && index > 0) {
      y += GROUP_GAP;
      parts.push(`<text class="cb-svg-group" x="0" y="${y - 8}">Reported by one source only</text>`);
    } else if (index === 0) {
      parts.push(`<text class="cb-svg-group" x="0" y="${y - 8}">${consensusCount > 0 ? layout.agreedHeading : 'Reported by one source only'}</text>`);
    }
    parts.push(renderRow(context, sources, fact, y, index, layout));
    y += ROW_HEIGHT;
  });
  const height = y + 10;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" style="min-width:${Math.round(Math.min(width, 560) * 0.9)}px" role="group" aria-label="Coverage matrix: sources by facts">` +
    `${parts.join('')}</svg>`
  );
}

function renderRow(context: RenderContext, sources: readonly BriefingSource[], fact: Fact, y: number, index: number, layout: MatrixLayout): string {
  const { labelWidth: LABEL_WIDTH, columnWidth: COLUMN_WIDTH } = layout;
  const consensus = fact.status === 'consensus';
  const href = consensus ? `#F-${toIdToken(fact.id)}` : citationHref(context, fact.sources[0] ?? '', fact.evidence);
  const label = `<text class="cb-svg-label" x="0" y="${y + 17}">${escapeHtml(truncateText(fact.text, layout.labelChars))}</text>`;
  const stripe = index % 2 === 0 ? `<rect class="cb-svg-stripe" x="0" y="${y}" width="100%" height="${ROW_HEIGHT}"/>` : '';
  const cells = sources
    .map((source, column) => {
      const cx = LABEL_WIDTH + column * COLUMN_WIDTH + COLUMN_WIDTH / 2;
      const cy = y + ROW_HEIGHT / 2;
      if (!fact.sources.includes(source.id)) return `<circle class="cb-svg-none" cx="${cx}" cy="${cy}" r="2.5"/>`;
      const title = `<title>${escapeHtml(`[${column + 1}] ${context.labelOf(source.id)} reports: ${truncateText(fact.text, 160)}`)}</title>`;
      const dot = `<circle class="${consensus ? 'cb-svg-consensus' : 'cb-svg-single'}" cx="${cx}" cy="${cy}" r="8"/>`;
      const target = citationHref(context, source.id, fact.evidence);
      return target === null ? `<g>${title}${dot}</g>` : `<a href="${escapeHtml(target)}">${title}${dot}</a>`;
    })
    .join('');
  const count = `<text class="cb-svg-small" x="${LABEL_WIDTH + sources.length * COLUMN_WIDTH + 10}" y="${y + 17}">${escapeHtml(fact.independent)}/${context.briefing.sources.length}</text>`;
  const labelLink = href === null ? label : `<a href="${escapeHtml(href)}"><title>${escapeHtml(fact.text)}</title>${label}</a>`;
  return `${stripe}${labelLink}${cells}${count}`;
}

function renderWireBrackets(context: RenderContext, sources: readonly BriefingSource[], layout: MatrixLayout): string[] {
  const { labelWidth: LABEL_WIDTH, columnWidth: COLUMN_WIDTH } = layout;
  const columns = new Map(sources.map((s, i) => [s.id, i]));
  return (context.briefing.syndication ?? []).slice(0, 4).map((group, index) => {
    const xs = group.sources
      .map((s) => columns.get(s))
      .filter((i): i is number => i !== undefined)
      .map((i) => LABEL_WIDTH + i * COLUMN_WIDTH + COLUMN_WIDTH / 2)
      .sort((a, b) => a - b);
    if (xs.length < 2) return '';
    const y = 8 + index * 5;
    const ticks = xs.map((x) => `<line x1="${x}" y1="${y}" x2="${x}" y2="${y + 5}"/>`).join('');
    return (
      `<g class="cb-svg-wire"><title>Shared wire copy: ${escapeHtml(group.sources.map((s) => `[${context.numberOf(s)}]`).join(' '))}</title>` +
      `<text class="cb-svg-small" x="${(xs[0] ?? 0) - 10}" y="${y + 4}" text-anchor="end">shared copy</text>` +
      `<line x1="${xs[0]}" y1="${y}" x2="${xs[xs.length - 1]}" y2="${y}"/>${ticks}</g>`
    );
  });
}

function firstSourceIndex(context: RenderContext, fact: Fact): number {
  const index = context.briefing.sources.findIndex((s) => fact.sources.includes(s.id));
  return index < 0 ? Number.MAX_SAFE_INTEGER : index;
}
