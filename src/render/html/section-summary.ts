import { escapeHtml, formatIsoDate } from './escape.js';
import { renderCitations, renderEmpty, renderSection, type RenderContext } from './context.js';

/** The report header (title, counts) followed by the section navigation. */
export function renderHeader(context: RenderContext): string {
  const b = context.briefing;
  const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const consensus = (b.facts ?? []).filter((f) => f.status === 'consensus').length;
  const dates = b.sources
    .map((s) => s.published)
    .filter((d): d is string => typeof d === 'string' && d !== '')
    .sort();
  const span =
    dates.length === 0
      ? ''
      : dates[0] === dates[dates.length - 1] || formatIsoDate(dates[0] ?? null) === formatIsoDate(dates[dates.length - 1] ?? null)
        ? formatIsoDate(dates[0] ?? null)
        : `${formatIsoDate(dates[0] ?? null)} – ${formatIsoDate(dates[dates.length - 1] ?? null)}`;
  const facts = [
    count(b.sources.length, 'source'),
    count(consensus, 'agreed fact'),
    count((b.conflicts ?? []).length, 'difference'),
    count((b.quotes ?? []).length, 'quote'),
    span,
  ]
    .filter(Boolean)
    .map((text) => `<li>${escapeHtml(text)}</li>`)
    .join('');
  const version = escapeHtml(b.generator?.version ?? '');
  return (
    `<header class="cb-header"><p class="cb-kicker">Briefing · corroborate${version ? ` ${version}` : ''}</p>` +
    `<h1>${escapeHtml(b.title || 'Untitled story')}</h1><ul class="cb-stats">${facts}</ul></header>${renderNav()}`
  );
}

const NAV: readonly (readonly [string, string])[] = [
  ['cb-summary', 'Summary'],
  ['cb-conflicts', 'Differences'],
  ['cb-agree', 'Agreement'],
  ['cb-by-source', 'By source'],
  ['cb-quotes', 'Quotes'],
  ['cb-entities', 'Who &amp; where'],
  ['cb-timeline', 'Timeline'],
  ['cb-sources', 'Sources'],
  ['cb-wire', 'Wire copy'],
  ['cb-source-list', 'Source list'],
  ['cb-diagnostics', 'Diagnostics'],
];

function renderNav(): string {
  const links = NAV.map(([id, label]) => `<li><a href="#${id}">${label}</a></li>`).join('');
  return `<nav class="cb-nav" aria-label="Sections"><ul>${links}</ul></nav>`;
}

/** "Summary": each sentence followed by citation markers that link to the cited passages. */
export function renderSummary(context: RenderContext): string {
  const sentences = context.briefing.summary ?? [];
  const body =
    sentences.length === 0
      ? renderEmpty('No summary could be written from these sources.')
      : `<p class="cb-summary-text">${sentences
          .map((s) => `<span class="cb-summary-sentence">${escapeHtml(s.text)}${renderCitations(context, s.sources ?? [], s.evidence ?? [])}</span>`)
          .join(' ')}</p>`;
  return renderSection('cb-summary', 'Summary', body);
}
