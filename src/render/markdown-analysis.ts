import type { Briefing, Conflict, Fact, SourceId, SourceView } from '../model/index.js';
import { citationMarker, escapeMarkdown } from './markdown.js';

/** Options for `renderAnalysisSections`. */
export interface AnalysisSectionOptions {
  /** Most single-source facts listed per source (default 6); the rest are counted. */
  readonly perSourceFacts?: number;
  /** Most entities listed (default 15). */
  readonly entities?: number;
}

type AnalysedBriefing = Briefing & { readonly perSource?: readonly SourceView[] };

const KIND_LABEL: Readonly<Record<Conflict['kind'], string>> = {
  number: 'number',
  date: 'date',
  negation: 'stated and denied',
  attribution: 'who said it',
  quote: 'quote wording',
  other: 'other',
};

function cite(sources: readonly SourceId[]): string {
  return sources.map(citationMarker).join('');
}

function sourceLabel(briefing: Briefing, id: SourceId): string {
  const source = briefing.sources.find((candidate) => candidate.id === id);
  const name = source?.outlet ?? source?.title ?? null;
  return name ? `${citationMarker(id)} ${escapeMarkdown(name)}` : citationMarker(id);
}

function clip(text: string, words = 40): string {
  const parts = text.trim().split(/\s+/);
  return escapeMarkdown(parts.length <= words ? text : `${parts.slice(0, words).join(' ')} …`);
}

function renderAgreement(facts: readonly Fact[]): string[] {
  const consensus = facts.filter((fact) => fact.status === 'consensus');
  if (consensus.length === 0) return [];
  const lines = ['## What the sources agree on', ''];
  for (const fact of consensus) {
    const syndicated = fact.independent < fact.sources.length ? ` *(${fact.independent} independent)*` : '';
    lines.push(`- ${clip(fact.text)} ${cite(fact.sources)}${syndicated}`);
  }
  return [...lines, ''];
}

function renderSingleSource(briefing: AnalysedBriefing, limit: number): string[] {
  const single = briefing.facts.filter((fact) => fact.status === 'single-source');
  if (single.length === 0) return [];
  const lines = ['## Reported by one source only', ''];
  const wire = single.filter((fact) => fact.sources.length > 1);
  for (const source of briefing.sources) {
    const own = single.filter((fact) => fact.sources.length === 1 && fact.sources[0] === source.id);
    const view = briefing.perSource?.find((candidate) => candidate.source === source.id);
    if (own.length === 0 && !view?.omits.length) continue;
    lines.push(`### ${sourceLabel(briefing, source.id)}`, '');
    for (const fact of own.slice(0, limit)) lines.push(`- ${clip(fact.text)}`);
    if (own.length > limit) lines.push(`- *… and ${own.length - limit} more.*`);
    if (view && view.omits.length > 0) lines.push(`- *Leaves out ${view.omits.length} of the facts the other sources agree on.*`);
    lines.push('');
  }
  if (wire.length > 0) {
    lines.push('### Only in shared wire copy', '');
    for (const fact of wire.slice(0, limit)) lines.push(`- ${clip(fact.text)} ${cite(fact.sources)}`);
    if (wire.length > limit) lines.push(`- *… and ${wire.length - limit} more.*`);
    lines.push('');
  }
  return lines;
}

function renderConflicts(conflicts: readonly Conflict[]): string[] {
  if (conflicts.length === 0) return [];
  const lines = ['## Where the sources differ', ''];
  for (const conflict of conflicts) {
    lines.push(`- **${escapeMarkdown(conflict.topic)}** (${KIND_LABEL[conflict.kind]}): ${escapeMarkdown(conflict.note)}`);
    for (const side of conflict.sides) {
      const value = side.value && side.value !== side.claim ? `*${escapeMarkdown(side.value)}*: ` : '';
      lines.push(`  - ${cite(side.sources)} ${value}${clip(side.claim)}`);
    }
  }
  return [...lines, ''];
}

function renderQuotes(briefing: Briefing): string[] {
  const quotes = briefing.quotes.filter((quote) => quote.speaker !== null || quote.sources.length > 1);
  if (quotes.length === 0) return [];
  const lines = ['## Who said what', ''];
  for (const quote of quotes) {
    const speaker = quote.speaker ? `**${escapeMarkdown(quote.speaker)}**: ` : '';
    lines.push(`- ${speaker}“${clip(quote.text, 60)}” ${cite(quote.sources)}`);
    for (const variant of quote.variants) lines.push(`  - also quoted as “${clip(variant, 60)}”`);
  }
  return [...lines, ''];
}

function renderEntities(briefing: Briefing, limit: number): string[] {
  const entities = briefing.entities.filter((entity) => entity.mentions > 1 || entity.sources.length > 1).slice(0, limit);
  if (entities.length === 0) return [];
  const lines = ['## People, organizations and places', ''];
  for (const entity of entities) {
    const parts = [`**${escapeMarkdown(entity.name)}** (${entity.type})`];
    if (entity.description) parts.push(escapeMarkdown(entity.description));
    if (entity.aliases.length > 0) parts.push(`also “${entity.aliases.map(escapeMarkdown).join('”, “')}”`);
    lines.push(`- ${parts.join(' — ')} ${cite(entity.sources)}, ${entity.mentions} mention${entity.mentions === 1 ? '' : 's'}`);
  }
  return [...lines, ''];
}

function renderTimeline(briefing: Briefing): string[] {
  if (briefing.timeline.length === 0) return [];
  const lines = ['## Timeline', ''];
  for (const event of briefing.timeline) lines.push(`- **${event.date}** ${clip(event.text)} ${cite(event.sources)}`);
  return [...lines, ''];
}

function renderSyndication(briefing: Briefing): string[] {
  if (briefing.syndication.length === 0) return [];
  const lines = ['## Shared wire copy', ''];
  for (const pair of briefing.syndication) {
    const percent = Math.round(pair.overlap * 100);
    lines.push(
      `- ${pair.sources.map((id) => sourceLabel(briefing, id)).join(' and ')} share ${pair.sharedWords} words of copy (${percent}% of the shorter); they count as one source for agreement.`,
    );
    const longest = [...pair.passages].sort((a, b) => b.length - a.length)[0];
    if (longest) lines.push(`  - e.g. “${clip(longest, 30)}”`);
  }
  return [...lines, ''];
}

/**
 * Markdown sections of the cross-source analysis: agreement, single-source facts by source, conflicts,
 * quotes, entities, timeline and shared wire copy. Empty sections are left out.
 */
export function renderAnalysisSections(briefing: AnalysedBriefing, options: AnalysisSectionOptions = {}): string {
  const lines = [
    ...renderAgreement(briefing.facts),
    ...renderSingleSource(briefing, options.perSourceFacts ?? 6),
    ...renderConflicts(briefing.conflicts),
    ...renderQuotes(briefing),
    ...renderEntities(briefing, options.entities ?? 15),
    ...renderTimeline(briefing),
    ...renderSyndication(briefing),
  ];
  return lines.join('\n').trim();
}
