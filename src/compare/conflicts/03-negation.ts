import { keptWithSpan, reportingVerbPattern, isNegator, termOfWord, termSetIn, termTokensIn, wordTokensIn, type TermToken } from '../../analyze/index.js';
import type { AnalyzedDocument, Conflict, Evidence, FactGroup } from '../../model/index.js';
import { clipWords, listSources, sayVerb } from '../text.js';

// Words between a negator and the word it negates: auxiliaries, determiners, adverbs of degree.
const SKIP = new Set([
  'be',
  'been',
  'being',
  'was',
  'were',
  'is',
  'are',
  'have',
  'has',
  'had',
  'do',
  'does',
  'did',
  'even',
  'yet',
  'ever',
  'also',
  'the',
  'a',
  'an',
  'to',
  'get',
  'got',
  'actually',
  'really',
  'immediately',
  'directly',
  'formally',
  'officially',
  'personally',
  'publicly',
  'specifically',
  'explicitly',
  'previously',
  'always',
  'necessarily',
  'any',
  'much',
  'enough',
  'quite',
  'still',
]);
// "not only", "not just": the clause stays affirmative.
const NOT_A_NEGATION = /^(?:only|just|merely|least|simply|necessarily|until|to mention|unlike|far)$/;
// Verbs that imply another: denying an allegation is responding to it.
const NEAR_IDENTICAL = 0.6;
const MODAL = /\b(?:could|would|should|might|may|must|can)(?:n't|\s+not|not)$|\b(?:couldn't|wouldn't|shouldn't|can't|cannot|mightn't|mustn't)$/i;
const REPORTING_VERB = new RegExp(`^(?:${reportingVerbPattern(['say', 'tell', 'report', 'announce', 'confirm', 'state'])})$`);
const IMPLIES: Readonly<Record<string, readonly string[]>> = { respond: ['deni', 'reject', 'dismiss', 'rebuf', 'refut'], attend: ['host', 'moderat', 'chair'] };

/** A negated word in a clause. */
interface Negation {
  readonly term: string;
  readonly negator: { start: number; end: number };
}

/** What a span negates: its negators with the content word each governs, and the terms it affirms elsewhere. */
export interface Polarity {
  readonly negations: readonly Negation[];
  /** Negators found, whether or not a governed content word was found. */
  readonly negators: readonly { start: number; end: number }[];
  /** Terms of the span outside the negated words. */
  readonly affirmed: ReadonlySet<string>;
}

/**
 * Negations in a span: each negator with the first content word it governs (within four words). Kept with a kept
 * document (a re-brief reads the same clauses again).
 */
export const findNegations = keptWithSpan(findNegationsOnce);

function findNegationsOnce(doc: AnalyzedDocument, start: number, end: number): Polarity {
  const text = doc.text;
  const words = wordTokensIn(doc, start, end);
  const negators: { start: number; end: number }[] = [];
  const negations: Negation[] = [];
  const governed = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!isNegator(word.lower)) continue;
    const next = words[i + 1]?.lower ?? '';
    if (NOT_A_NEGATION.test(next) || (word.lower === 'no' && /^(?:longer|doubt|matter)$/.test(next))) continue;
    // "No. 5" is a number, not a negation.
    if (word.lower === 'no' && (text[word.end] === '.' || /^\d/.test(next))) continue;
    negators.push({ start: word.start, end: word.end });
    for (let j = i + 1; j < Math.min(words.length, i + 5); j++) {
      const candidate = words[j]!;
      // The negation stops at punctuation: "I can't...That will haunt me" negates nothing after the dots.
      if (/[.,;:!?…"“”()]/.test(text.slice(words[j - 1]!.end, candidate.start))) break;
      if (SKIP.has(candidate.lower) || /ly$/.test(candidate.lower)) continue;
      // "was not reported", "did not say": reporting verbs are function words for alignment but can be negated.
      // "would not say what …" against "said it would …", "by not telling authorities": what was (not) said
      // differs, and the authorities are not negated; only a near-identical clause can show this conflict.
      if (REPORTING_VERB.test(candidate.lower)) break;
      const term = termOfWord(candidate.lower, text.slice(candidate.start, candidate.end));
      if (term === null) continue;
      negations.push({ term, negator: { start: word.start, end: word.end } });
      governed.add(j);
      break;
    }
  }
  const affirmed = new Set<string>();
  words.forEach((word, index) => {
    if (governed.has(index)) return;
    const term = termOfWord(word.lower, text.slice(word.start, word.end));
    if (term !== null) affirmed.add(term);
  });
  return { negations, negators, affirmed };
}

function affirms(terms: ReadonlySet<string>, term: string): boolean {
  return terms.has(term) || (IMPLIES[term] ?? []).some((implied) => terms.has(implied));
}

/** The negated clause with its negator dropped, as a short topic: "Al-Maliki … attend the meeting". */
function describeTopic(evidence: Evidence, negator: { start: number; end: number }): string {
  const before = evidence.text
    .slice(0, negator.start - evidence.start)
    .replace(/\b(?:did|does|do|has|have|had|was|were|is|are|will|would)\s*$/i, '')
    .trim();
  const after = evidence.text.slice(negator.end - evidence.start).trim();
  const subject = before
    .split(/\s+/)
    .slice(-4)
    .join(' ')
    .replace(/^[,;:]\s*/, '');
  return clipWords(`${subject} … ${after}`.replace(/^…\s*/, ''), 12).replace(/[.,;:"”]+$/, '');
}

function wordsWithout(doc: AnalyzedDocument, start: number, end: number, drop: readonly { start: number; end: number }[]): Set<string> {
  return new Set(
    wordTokensIn(doc, start, end)
      .filter((word) => !drop.some((span) => span.start === word.start))
      .map((word) => word.lower),
  );
}

// Near-identical clauses that differ by a negation contradict whatever word the negation governs; the words
// right around the negator must be in the other clause, so a negation in an extra passage does not count.
function nearIdentical(doc: AnalyzedDocument, negative: Evidence, polarity: Polarity, other: Evidence, otherDoc: AnalyzedDocument): boolean {
  const a = wordsWithout(doc, negative.start, negative.end, polarity.negators);
  const b = wordsWithout(otherDoc, other.start, other.end, []);
  const shared = [...a].filter((word) => b.has(word)).length;
  if (shared / (a.size + b.size - shared || 1) < NEAR_IDENTICAL) return false;
  const words = wordTokensIn(doc, negative.start, negative.end);
  return polarity.negators.every((negator) => {
    const at = words.findIndex((word) => word.start === negator.start);
    const around = [words[at - 1], words[at + 1], words[at + 2]].filter((word) => word !== undefined);
    return around.filter((word) => b.has(word.lower)).length >= 2;
  });
}

// "Don't call it …": an imperative states nothing to contradict.
function isImperative(evidence: Evidence, negator: { start: number }): boolean {
  return (
    evidence.text
      .slice(0, negator.start - evidence.start)
      .trim()
      .replace(/^["“‘']/, '') === ''
  );
}

const REPORTED =
  /(?:\b(?:said|says|told|tells|added|noted|stated|saying|that)\b|[,;:(—–])(?![\s\S]*(?:\b(?:said|says|told|tells|added|noted|stated|saying|that)\b|[,;:(—–]))/i;
const PRONOUN = /\b(?:he|she|they|it|we|i|you)\s+(?:\S+\s+)?$/i;

// The subject before the negator, after any "… said" or comma ("Al-Maliki did not attend", "CNN's ratings
// aren't"), must be in the other clause: every name among its last three content words, or else one of them.
// A pronoun right before the affirmed word in the other clause ("the women he recruited") cannot be checked.
function sharesSubject(
  doc: AnalyzedDocument,
  negative: Evidence,
  negator: { start: number },
  other: Evidence,
  otherDoc: AnalyzedDocument,
  term: string,
  terms: ReadonlySet<string>,
): boolean {
  const before = doc.text.slice(negative.start, negator.start);
  const reported = REPORTED.exec(before);
  const from = reported ? negative.start + reported.index + reported[0].length : negative.start;
  const subject = termTokensIn(doc, from, negator.start).slice(-3);
  if (subject.length === 0) return true;
  const affirmed = termTokensIn(otherDoc, other.start, other.end).filter((token) => token.term === term);
  if (affirmed.some((token) => PRONOUN.test(otherDoc.text.slice(Math.max(other.start, token.start - 20), token.start)))) return true;
  const isName = (token: TermToken): boolean => /^\p{Lu}/u.test(doc.text.slice(token.start, token.end));
  const names = subject.filter(isName);
  const others = subject.filter((token) => !isName(token));
  return names.length > 0 ? names.every((token) => terms.has(token.term)) : others.some((token) => terms.has(token.term));
}

// Words that deny or hedge what follows them ("hoped to avoid … when police used force", "claimed to be"): a
// clause with one of these, when the negating clause lacks it, does not plainly affirm anything.
const DENYING =
  /\b(?:claim(?:s|ed)? to|alleged(?:ly)?|purported(?:ly)?|supposedly|avoid(?:s|ed|ing)?|refus(?:e|es|ed|ing)|fail(?:s|ed|ing)?|den(?:y|ies|ied)|prevent(?:s|ed|ing)?|reject(?:s|ed|ing)?|without|lack(?:s|ed|ing)?|unable|declin(?:e|es|ed|ing)|ruled out|no longer)\b/gi;

function denyingWords(text: string): Set<string> {
  return new Set((text.match(DENYING) ?? []).map((word) => word.toLowerCase()));
}

// A denying or hedging word before the affirmed word, that the negating clause does not share.
function hedges(other: Evidence, otherDoc: AnalyzedDocument, term: string, ownDenying: ReadonlySet<string>): boolean {
  const first = termTokensIn(otherDoc, other.start, other.end).find((token) => token.term === term);
  const before = first ? otherDoc.text.slice(other.start, first.start) : other.text;
  return [...denyingWords(before)].some((word) => !ownDenying.has(word));
}

/**
 * One source states what another negates, within a group of aligned clauses: "Al-Maliki did not attend the
 * meeting" against "the meeting was … participated in by … al-Maliki". The affirming clause must have no
 * negation at all, and the negating clause must not affirm the negated word elsewhere, so two negative
 * accounts of the same thing never conflict.
 */
export function findNegationConflicts(groups: readonly FactGroup[], docs: ReadonlyMap<string, AnalyzedDocument>): Omit<Conflict, 'id'>[] {
  const conflicts: Omit<Conflict, 'id'>[] = [];
  for (const group of groups) {
    if (group.evidence.length < 2) continue;
    const polarity = group.evidence.map((evidence) => findNegations(docs.get(evidence.source)!, evidence.start, evidence.end));
    const positive = group.evidence.filter((_, index) => polarity[index]!.negators.length === 0);
    if (positive.length === 0 || positive.length === group.evidence.length) continue;
    // Each affirming clause's terms, made once: every negated word of every negating clause tests them all.
    const termsOf = new Map(positive.map((other) => [other, termSetIn(docs.get(other.source)!, other.start, other.end)]));
    for (const [index, evidence] of group.evidence.entries()) {
      const own = polarity[index]!;
      if (own.negators.length === 0) continue;
      const doc = docs.get(evidence.source)!;
      if (own.negators.some((negator) => isImperative(evidence, negator))) continue;
      // A question asserts nothing.
      if (/\?["'”’)]*\s*$/.test(evidence.text)) continue;
      const ownDenying = denyingWords(evidence.text);
      const plain = positive.filter((other) => other.source !== evidence.source);
      let close: Evidence[] = [];
      let negator = own.negators[0]!;
      for (const candidate of own.negations) {
        if (own.affirmed.has(candidate.term)) continue;
        // "couldn't possibly have abducted": a denied possibility is not a denied fact.
        const modal = MODAL.test(doc.text.slice(Math.max(evidence.start, candidate.negator.start - 8), candidate.negator.end));
        if (modal && /^\s+(?:possibly\s+|conceivably\s+)?have\b|^\s+possibly\b/i.test(doc.text.slice(candidate.negator.end, candidate.negator.end + 24)))
          continue;
        close = plain.filter(
          (other) =>
            affirms(termsOf.get(other)!, candidate.term) &&
            !hedges(other, docs.get(other.source)!, candidate.term, ownDenying) &&
            sharesSubject(doc, evidence, candidate.negator, other, docs.get(other.source)!, candidate.term, termsOf.get(other)!),
        );
        if (close.length > 0) {
          negator = candidate.negator;
          break;
        }
      }
      if (close.length === 0) close = plain.filter((other) => nearIdentical(doc, evidence, own, other, docs.get(other.source)!));
      if (close.length === 0) continue;
      conflicts.push({
        kind: 'negation',
        topic: describeTopic(evidence, negator),
        note: `${evidence.source} says “${clipWords(evidence.text)}”, while ${listSources(close.map((e) => e.source))} ${sayVerb(close.map((e) => e.source))} “${clipWords(close[0]!.text)}”.`,
        sides: [
          { claim: evidence.text, value: 'no', sources: [evidence.source], evidence: [evidence] },
          { claim: close[0]!.text, value: 'yes', sources: close.map((e) => e.source), evidence: close },
        ],
      });
      break;
    }
  }
  return conflicts;
}
