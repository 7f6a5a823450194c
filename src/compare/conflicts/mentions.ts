import { termTokensIn } from '../../analyze/index.js';
import type { AnalyzedDocument, Conflict, Evidence } from '../../model/index.js';

/** Mentions (numbers, dates, …) that lie inside an evidence span. */
export function mentionsIn<T extends { start: number; end: number }>(mentions: readonly T[], evidence: Evidence): T[] {
  return mentions.filter((mention) => mention.start >= evidence.start && mention.end <= evidence.end);
}

/** Content terms within `width` terms of a mention, the mention's own words excluded. */
export function contextTerms(doc: AnalyzedDocument, evidence: Evidence, mention: { start: number; end: number }, width = 5): Set<string> {
  const tokens = termTokensIn(doc, evidence.start, evidence.end);
  const before = tokens.filter((token) => token.end <= mention.start).slice(-width);
  const after = tokens.filter((token) => token.start >= mention.end).slice(0, width);
  return new Set([...before, ...after].map((token) => token.term));
}

/** Words around a mention as a short label: up to `before` words before and `after` words after, the mention itself dropped. */
export function describeAround(doc: AnalyzedDocument, evidence: Evidence, mention: { start: number; end: number }, before = 4, after = 4): string {
  const left = doc.text.slice(evidence.start, mention.start).trim().split(/\s+/).filter(Boolean).slice(-before);
  const right = doc.text.slice(mention.end, evidence.end).trim().split(/\s+/).filter(Boolean).slice(0, after);
  return [...left, '…', ...right]
    .join(' ')
    .replace(/^…\s*|\s*…$/g, '')
    .replace(/[.,;:"“”]+$/g, '')
    .trim();
}

/** A value claimed by some sources, with the clauses that claim it. */
export interface ValueClaim {
  readonly value: string;
  readonly evidence: Evidence;
}

/** Sides of a conflict from claims grouped by agreement; each side lists every source that makes its claim. */
export function buildSides(groups: readonly (readonly ValueClaim[])[]): Conflict['sides'] {
  return groups.map((claims) => ({
    claim: claims[0]!.evidence.text,
    value: claims[0]!.value,
    sources: [...new Set(claims.map((claim) => claim.evidence.source))],
    evidence: claims.map((claim) => claim.evidence),
  }));
}

/** Splits claims into groups that agree with each other (greedy: a claim joins the first group it agrees with). */
export function groupAgreeing<T>(claims: readonly T[], agree: (a: T, b: T) => boolean): T[][] {
  const groups: T[][] = [];
  for (const claim of claims) {
    const group = groups.find((existing) => existing.every((other) => agree(other, claim)));
    if (group) group.push(claim);
    else groups.push([claim]);
  }
  return groups;
}
