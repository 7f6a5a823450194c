import type { Fact, SourceId } from '../../model/index.js';
import { escapeHtml, toIdToken } from './escape.js';
import { renderCitations, renderEmpty, renderCardSection, renderSection, type RenderContext } from './context.js';
import { renderCoverageChart } from './chart-coverage.js';

/** "What the sources agree on": the consensus facts and the source-by-fact coverage matrix. */
export function renderAgreement(context: RenderContext): string {
  const consensus = (context.briefing.facts ?? []).filter((f) => f.status === 'consensus');
  const list =
    consensus.length === 0
      ? renderEmpty('No fact is reported by two or more independent sources.')
      : `<ol class="cb-facts">${consensus.map((f) => renderFactItem(context, f)).join('')}</ol>`;
  return renderSection('cb-agree', 'What the sources agree on', list + renderCoverageChart(context));
}

function renderFactItem(context: RenderContext, fact: Fact): string {
  const count = `${fact.sources.length} sources${fact.independent < fact.sources.length ? `, ${fact.independent} independent` : ''}`;
  return (
    `<li id="F-${toIdToken(fact.id)}"><span class="cb-fact-text">${escapeHtml(fact.text)}</span>` +
    `${renderCitations(context, fact.sources, fact.evidence)} <span class="cb-meta">${escapeHtml(count)}</span></li>`
  );
}

/** Per-source view: what each source adds that no other reports, and which agreed facts it leaves out. */
export function renderBySource(context: RenderContext): string {
  const { briefing } = context;
  if (briefing.sources.length === 0) return renderSection('cb-by-source', 'Source by source', renderEmpty('No sources.'));
  const facts = briefing.facts ?? [];
  const cards = briefing.sources
    .map((source) => {
      const adds = facts.filter((f) => f.status === 'single-source' && f.sources.includes(source.id));
      const leaves = facts.filter((f) => f.status === 'consensus' && !f.sources.includes(source.id));
      const conflicts = (briefing.conflicts ?? []).filter((c) => c.sides.some((s) => s.sources.includes(source.id)));
      // Lists that grow with the other sources are cut, so that the section grows with the sources, not their square.
      const max = context.options.maxSourceListItems;
      const conflictLine =
        conflicts.length === 0
          ? ''
          : `<p class="cb-meta">Takes a side in ${conflicts.length} difference${conflicts.length === 1 ? '' : 's'}: ${conflicts
              .slice(0, max)
              .map((c) => `<a href="#C-${toIdToken(c.id)}">${escapeHtml(c.topic)}</a>`)
              .join('; ')}${conflicts.length > max ? `; and ${conflicts.length - max} more` : ''}</p>`;
      return (
        `<article class="cb-card cb-source-card"><h3><span class="cb-num">${escapeHtml(context.numberOf(source.id))}</span> ${escapeHtml(context.labelOf(source.id))}</h3>` +
        `<h4>Adds (${adds.length})</h4>${renderFactList(context, adds, source.id, 'Nothing that other sources do not also report.')}` +
        `<h4>Leaves out (${leaves.length})</h4>${renderFactList(context, leaves.slice(0, max), null, 'Reports every agreed fact.')}` +
        `${leaves.length > max ? `<p class="cb-meta">and ${leaves.length - max} more agreed facts</p>` : ''}${conflictLine}</article>`
      );
    })
    .join('');
  return renderCardSection(
    'cb-by-source',
    'Source by source',
    cards,
    'What each source reports that no other does, and which facts the others agree on that it leaves out.',
  );
}

function renderFactList(context: RenderContext, facts: readonly Fact[], owner: SourceId | null, empty: string): string {
  if (facts.length === 0) return renderEmpty(empty);
  const items = facts.map((f) => {
    const copies =
      owner !== null && f.sources.length > 1
        ? ` <span class="cb-meta">(shared copy with ${f.sources
            .filter((s) => s !== owner)
            .map((s) => `[${escapeHtml(context.numberOf(s))}]`)
            .join(' ')})</span>`
        : '';
    // What a source leaves out is reported by many others: link to the fact rather than list every source.
    const cites =
      owner === null && f.status === 'consensus'
        ? ` <a class="cb-meta" href="#F-${toIdToken(f.id)}">${escapeHtml(`${f.sources.length} sources`)}</a>`
        : renderCitations(context, f.sources, f.evidence);
    return `<li>${escapeHtml(f.text)}${cites}${copies}</li>`;
  });
  return `<ul class="cb-fact-list">${items.join('')}</ul>`;
}
