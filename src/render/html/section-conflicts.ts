import type { Conflict, ConflictSide } from '../../model/index.js';
import { escapeHtml, toIdToken } from './escape.js';
import { citationHref, renderCitations, renderEmpty, renderSection, type RenderContext } from './context.js';

const KIND_LABELS: Readonly<Record<string, string>> = {
  number: 'Numbers differ',
  date: 'Dates differ',
  negation: 'One says, another denies',
  attribution: 'Attributed differently',
  quote: 'Quoted differently',
  other: 'Accounts differ',
};

/** "Where the sources differ": one card per conflict, its sides next to each other. */
export function renderConflicts(context: RenderContext): string {
  const conflicts = context.briefing.conflicts ?? [];
  const body =
    conflicts.length === 0 ? renderEmpty('No contradictions were found between the sources.') : conflicts.map((c) => renderConflict(context, c)).join('');
  return renderSection('cb-conflicts', 'Where the sources differ', body);
}

function renderConflict(context: RenderContext, conflict: Conflict): string {
  const kind = toIdToken(conflict.kind);
  const label = KIND_LABELS[conflict.kind] ?? KIND_LABELS.other ?? '';
  const note = conflict.note ? `<p class="cb-note">${escapeHtml(conflict.note)}</p>` : '';
  const sides = (conflict.sides ?? []).map((side) => renderSide(context, side)).join('<div class="cb-versus" aria-hidden="true">vs</div>');
  return (
    `<article class="cb-card cb-conflict" id="C-${toIdToken(conflict.id)}">` +
    `<p class="cb-badge cb-kind-${kind}">${escapeHtml(label)}</p><h3>${escapeHtml(conflict.topic)}</h3>${note}` +
    `<div class="cb-sides">${sides}</div></article>`
  );
}

function renderSide(context: RenderContext, side: ConflictSide): string {
  const value = side.value === null || side.value === '' ? '' : `<p class="cb-side-value">${escapeHtml(side.value)}</p>`;
  const excerpts = (side.evidence ?? [])
    .slice(0, 3)
    .map((e) => {
      const href = citationHref(context, e.source, [e]);
      const source = `[${escapeHtml(context.numberOf(e.source))}] ${escapeHtml(context.labelOf(e.source))}`;
      const link = href === null ? source : `<a href="${escapeHtml(href)}">${source}</a>`;
      return `<blockquote class="cb-excerpt"><p>${escapeHtml(e.text)}</p><footer>${link}</footer></blockquote>`;
    })
    .join('');
  return (
    `<div class="cb-side">${value}<p class="cb-side-claim">${escapeHtml(side.claim)}` +
    `${renderCitations(context, side.sources ?? [], side.evidence ?? [])}</p>${excerpts}</div>`
  );
}
