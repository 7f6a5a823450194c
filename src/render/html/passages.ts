import type { Briefing, Evidence, SourceId } from '../../model/index.js';
import { toIdToken } from './escape.js';

export type PassageRole = 'conflict' | 'consensus' | 'single' | 'syndicated' | 'quote' | 'cited' | 'dated';

/** One distinct range of a source's cleaned text that the briefing points at. */
export interface Passage {
  id: string;
  readonly source: SourceId;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** False when the range could not be matched to the text; shown in a list below the source. */
  readonly placed: boolean;
  readonly roles: Set<PassageRole>;
  /** Ids of the facts, conflicts, quotes and wire-copy groups it belongs to (for cross-source hover). */
  readonly groups: Set<string>;
  readonly notes: string[];
}

export interface PassageIndex {
  readonly bySource: ReadonlyMap<SourceId, readonly Passage[]>;
  /** Passage of an evidence object of the briefing (by identity). */
  readonly byEvidence: ReadonlyMap<Evidence, Passage>;
}

interface Tag {
  readonly role: PassageRole;
  readonly group: string | null;
  readonly note: string;
}

/**
 * Collects every evidence range of the briefing (and, with source texts, the shared wire-copy passages)
 * as passages, one per distinct range, numbered per source in text order: "S2-p1", "S2-p2", …
 */
export function indexPassages(briefing: Briefing, texts: ReadonlyMap<SourceId, string>, labelOf: (id: SourceId) => string): PassageIndex {
  const byKey = new Map<string, Passage>();
  const byEvidence = new Map<Evidence, Passage>();
  const add = (evidence: Evidence, tag: Tag): void => {
    const passage = locateEvidence(evidence, texts.get(evidence.source), byKey);
    if (passage === null) return;
    tagPassage(passage, tag);
    byEvidence.set(evidence, passage);
  };
  for (const sentence of briefing.summary ?? []) {
    for (const e of sentence.evidence ?? []) add(e, { role: 'cited', group: null, note: 'Cited in the summary' });
  }
  for (const fact of briefing.facts ?? []) {
    const role = fact.status === 'consensus' ? 'consensus' : 'single';
    const note =
      fact.status === 'consensus'
        ? `Agreed: reported by ${fact.sources.length} sources (${fact.independent} independent)`
        : fact.sources.length > 1
          ? `Reported by one source only (copied by ${fact.sources.length} outlets)`
          : 'Reported by one source only';
    for (const e of fact.evidence ?? []) add(e, { role, group: `F-${toIdToken(fact.id)}`, note });
  }
  for (const conflict of briefing.conflicts ?? []) {
    for (const side of conflict.sides ?? []) {
      const note = `Sources differ: ${conflict.topic}${side.value === null ? '' : ` (this side: ${side.value})`}`;
      for (const e of side.evidence ?? []) add(e, { role: 'conflict', group: `C-${toIdToken(conflict.id)}`, note });
    }
  }
  for (const quote of briefing.quotes ?? []) {
    const note = `Quote: ${quote.speaker ?? 'speaker not identified'}`;
    for (const e of quote.evidence ?? []) add(e, { role: 'quote', group: `Q-${toIdToken(quote.id)}`, note });
  }
  for (const event of briefing.timeline ?? []) {
    for (const e of event.evidence ?? []) add(e, { role: 'dated', group: null, note: `Timeline: ${event.date}` });
  }
  addWireCopy(briefing, texts, labelOf, byKey);
  return { bySource: numberPassages(byKey), byEvidence };
}

function locateEvidence(evidence: Evidence, text: string | undefined, byKey: Map<string, Passage>): Passage | null {
  if (evidence === null || typeof evidence !== 'object' || typeof evidence.source !== 'string') return null;
  const snippet = typeof evidence.text === 'string' ? evidence.text : '';
  let start = evidence.start;
  let end = evidence.end;
  let placed = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start;
  if (text === undefined) {
    placed &&= snippet.length === end - start;
  } else if (!placed || text.slice(start, end) !== snippet) {
    // Offsets that do not match the supplied text: fall back to the first occurrence of the snippet.
    const found = snippet === '' ? -1 : text.indexOf(snippet);
    placed = found >= 0;
    if (placed) [start, end] = [found, found + snippet.length];
  }
  if (!placed) [start, end] = [-1, -1];
  const key = placed ? `${evidence.source}\u0000${start}\u0000${end}` : `${evidence.source}\u0000unplaced\u0000${snippet}`;
  const existing = byKey.get(key);
  if (existing) return existing;
  const passage: Passage = {
    id: '',
    source: evidence.source,
    start,
    end,
    text: placed && text !== undefined ? text.slice(start, end) : snippet,
    placed,
    roles: new Set(),
    groups: new Set(),
    notes: [],
  };
  byKey.set(key, passage);
  return passage;
}

function addWireCopy(briefing: Briefing, texts: ReadonlyMap<SourceId, string>, labelOf: (id: SourceId) => string, byKey: Map<string, Passage>): void {
  (briefing.syndication ?? []).forEach((group, index) => {
    for (const source of group.sources ?? []) {
      const text = texts.get(source);
      if (text === undefined) continue;
      const others = group.sources
        .filter((s) => s !== source)
        .map(labelOf)
        .join(', ');
      for (const snippet of group.passages ?? []) {
        const start = typeof snippet === 'string' && snippet.trim() !== '' ? text.indexOf(snippet) : -1;
        if (start < 0) continue;
        const evidence: Evidence = { source, sentence: -1, start, end: start + snippet.length, text: snippet };
        const passage = locateEvidence(evidence, text, byKey);
        if (passage) tagPassage(passage, { role: 'syndicated', group: `W-${index + 1}`, note: `Shared copy: also in ${others}` });
      }
    }
  });
}

function tagPassage(passage: Passage, tag: Tag): void {
  passage.roles.add(tag.role);
  if (tag.group !== null) passage.groups.add(tag.group);
  if (!passage.notes.includes(tag.note)) passage.notes.push(tag.note);
}

function numberPassages(byKey: Map<string, Passage>): Map<SourceId, Passage[]> {
  const bySource = new Map<SourceId, Passage[]>();
  for (const passage of byKey.values()) {
    const list = bySource.get(passage.source) ?? [];
    list.push(passage);
    bySource.set(passage.source, list);
  }
  for (const [source, list] of bySource) {
    list.sort((a, b) => Number(b.placed) - Number(a.placed) || a.start - b.start || b.end - a.end || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
    list.forEach((passage, index) => {
      passage.id = `${toIdToken(source)}-p${index + 1}`;
    });
  }
  return bySource;
}
