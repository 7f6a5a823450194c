import type { BriefingSource } from '../../model/index.js';
import { escapeHtml, formatIsoDate } from './escape.js';
import { renderEmpty, renderSection, sourceAnchor, type RenderContext } from './context.js';
import { renderHighlightedText } from './highlight.js';
import type { Passage, PassageRole } from './passages.js';

const LEGEND: readonly (readonly [PassageRole, string, string])[] = [
  ['consensus', 'Agreed', 'reported by two or more independent sources'],
  ['single', 'One source only', 'no other source reports it'],
  ['conflict', 'Sources differ', 'a side of a contradiction'],
  ['syndicated', 'Shared copy', 'same wording as another source (wire copy)'],
  ['quote', 'Quote', 'a direct quotation'],
  ['cited', 'Cited', 'cited by the summary or timeline only'],
];

/** "The sources side by side": each source's cleaned text with highlighted passages, and a legend. */
export function renderSources(context: RenderContext): string {
  const { briefing } = context;
  if (briefing.sources.length === 0) return renderSection('cb-sources', 'The sources side by side', renderEmpty('No sources.'));
  const full = briefing.sources.some((s) => context.options.sourceTexts.has(s.id));
  const intro = full
    ? 'Each source in full as it was read after cleaning. Hover a highlight to see the same fact in the other sources.'
    : 'Only the passages the briefing cites are shown (the full texts were not included in this report).';
  const columns = briefing.sources.map((source, index) => renderColumn(context, source, index + 1)).join('');
  return renderSection('cb-sources', 'The sources side by side', `${renderLegend()}<div class="cb-columns">${columns}</div>`, intro);
}

function renderLegend(): string {
  const items = LEGEND.map(
    ([role, label, help]) =>
      `<li><label title="${label}: ${help}"><input type="checkbox" checked class="cb-toggle" id="cb-toggle-${role}">` +
      `<mark class="hl hl-${role}">${label}</mark></label></li>`,
  ).join('');
  return `<div class="cb-legend" role="group" aria-label="Highlight legend"><ul>${items}</ul></div>`;
}

function renderColumn(context: RenderContext, source: BriefingSource, number: number): string {
  const text = context.options.sourceTexts.get(source.id);
  const passages = context.passages.bySource.get(source.id) ?? [];
  const placed = passages.filter((p) => p.placed);
  const unplaced = passages.filter((p) => !p.placed);
  const body = text !== undefined ? `<div class="cb-source-text">${renderHighlightedText(text, 0, placed)}</div>` : renderExcerpts(placed);
  const lost =
    unplaced.length === 0
      ? ''
      : `<div class="cb-unplaced"><p class="cb-meta">Cited passages not found in this text:</p><ul>${unplaced
          .map((p) => `<li><mark id="${escapeHtml(p.id)}" class="hl hl-cited" data-p="${escapeHtml(p.id)}">${escapeHtml(p.text)}</mark></li>`)
          .join('')}</ul></div>`;
  const meta = [source.outlet, formatIsoDate(source.published), `${Number(source.words) || 0} words`]
    .filter((s) => s)
    .map((s) => escapeHtml(s))
    .join(' · ');
  return (
    `<article class="cb-column" id="${sourceAnchor(source.id)}" aria-label="Source ${number}">` +
    `<header><h3><span class="cb-num">${number}</span> ${escapeHtml(source.title ?? context.labelOf(source.id))}</h3><p class="cb-meta">${meta}</p></header>` +
    `<div class="cb-column-body" tabindex="0">${body}${lost}</div></article>`
  );
}

/** Without the full text: the cited passages in text order, overlapping ones merged back into one excerpt. */
function renderExcerpts(passages: readonly Passage[]): string {
  if (passages.length === 0) return renderEmpty('No passage of this source is cited.');
  const sorted = passages.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const clusters: { start: number; end: number; members: Passage[] }[] = [];
  for (const passage of sorted) {
    const last = clusters[clusters.length - 1];
    if (last && passage.start <= last.end) {
      last.end = Math.max(last.end, passage.end);
      last.members.push(passage);
    } else {
      clusters.push({ start: passage.start, end: passage.end, members: [passage] });
    }
  }
  return clusters
    .map((cluster) => {
      const chars: string[] = new Array<string>(cluster.end - cluster.start).fill('');
      for (const member of cluster.members) {
        for (let i = 0; i < member.text.length; i += 1) {
          const at = member.start - cluster.start + i;
          if (chars[at] === '') chars[at] = member.text[i] ?? '';
        }
      }
      return `<p class="cb-excerpt-line">… ${renderHighlightedText(chars.join(''), cluster.start, cluster.members)} …</p>`;
    })
    .join('');
}
