import type { AnalyzedDocument, Evidence, SourceId, SummarySentence } from '../../model/index.js';
import { skeletonOf } from '../../analyze/index.js';
import { findFurniture } from './furniture-patterns.js';
import { findReference, type ReferenceKind } from './reference-openers.js';
import { readDetails, shareFound, type TextDetails } from './text-details.js';

/** The defects a reader finds in one summary sentence. */
export interface SentenceDefects {
  readonly index: number;
  readonly text: string;
  /** Opens with a reference ("He…", "There…", "This…", "The move…") the summary before it does not resolve. */
  readonly opener: ReferenceKind | null;
  /** Attributes to a pronoun ("…, he said.") that the summary before it does not resolve. */
  readonly speakerPronoun: boolean;
  /** Page furniture (the words that show it). */
  readonly furniture: string | null;
  /** Says again what an earlier summary sentence says (its index). */
  readonly redundantWith: number | null;
  /** Cited sources whose evidence lacks the sentence's names, figures or quoted words, with what is missing. */
  readonly wrongCitations: readonly { source: SourceId; missing: string }[];
  /** A quote cut open (unbalanced quote marks) or a piece of a sentence (starts in lower case). */
  readonly broken: boolean;
}

const PERSON_CONTEXT = 2;

function sentenceOf(docs: ReadonlyMap<SourceId, AnalyzedDocument>, evidence: Evidence) {
  return docs.get(evidence.source)?.sentences[evidence.sentence];
}

/** Index of the last sentence a passage covers (a summary sentence may run over two sentences of its source). */
function lastSentence(docs: ReadonlyMap<SourceId, AnalyzedDocument>, evidence: Evidence): number {
  const sentences = docs.get(evidence.source)?.sentences ?? [];
  let last = evidence.sentence;
  while (sentences[last + 1] && sentences[last + 1]!.start < evidence.end) last++;
  return last;
}

function isPredecessor(docs: ReadonlyMap<SourceId, AnalyzedDocument>, previous: SummarySentence | undefined, current: SummarySentence): boolean {
  const a = previous?.evidence[0];
  const b = current.evidence[0];
  return a !== undefined && b !== undefined && a.source === b.source && lastSentence(docs, a) === b.sentence - 1;
}

/** A pronoun met after a person the sentence itself names ("Mr Wilson said … "I asked…," he said.") is resolved in it. */
function namedBefore(docs: ReadonlyMap<SourceId, AnalyzedDocument>, sentence: SummarySentence, word: string): boolean {
  const own = sentence.evidence[0];
  if (!own) return false;
  const at = sentence.text.toLowerCase().search(new RegExp(`\\b${word.toLowerCase().replace(/[^a-z ,"”]/g, '')}\\b`));
  if (at <= 0) return false;
  const before = sentence.text.slice(0, at);
  return (
    docs
      .get(own.source)
      ?.entities.some((mention) => mention.type === 'person' && mention.start >= own.start && mention.end <= own.end && before.includes(mention.text)) ?? false
  );
}

/** Entity key of the last person the source named before this sentence: whom a "he" or "she" opening it refers to. */
function sourceAntecedent(doc: AnalyzedDocument | undefined, start: number): string | null {
  let found: string | null = null;
  for (const mention of doc?.entities ?? []) {
    if (mention.start >= start) break;
    if (mention.type === 'person') found = mention.entity ?? mention.text.toLowerCase();
  }
  return found;
}

// Sources spell one person differently ("Mohammed Morsi", "Mohamed Mursi"): the surname's skeleton decides.
const surnameSkeleton = (key: string): string => skeletonOf(key.split(' ').pop() ?? key);

function mentionsEntity(docs: ReadonlyMap<SourceId, AnalyzedDocument>, sentence: SummarySentence | undefined, key: string): boolean {
  const wanted = surnameSkeleton(key);
  return (sentence?.evidence ?? []).some((evidence) => {
    const doc = docs.get(evidence.source);
    return (
      doc?.entities.some(
        (mention) =>
          mention.type === 'person' &&
          mention.start >= evidence.start &&
          mention.end <= evidence.end &&
          surnameSkeleton(mention.entity ?? mention.text.toLowerCase()) === wanted,
      ) ?? false
    );
  });
}

function isCloseBefore(previous: SummarySentence | undefined, current: SummarySentence, distance: number): boolean {
  const a = previous?.evidence[0];
  const b = current.evidence[0];
  return a !== undefined && b !== undefined && a.source === b.source && a.sentence < b.sentence && b.sentence - a.sentence <= distance;
}

/**
 * Is the reference resolved by the summary before it? Always when the sentence before it in its source comes
 * right before it. Otherwise "he", "she", "his", "her" are resolved when the summary sentence before names the
 * person the source last named before them; "they", "it" when that sentence is from just before in the same
 * source; "the announcement" when an earlier sentence said "announced"; "this", "that", "there" never.
 */
function resolved(
  kind: ReferenceKind,
  word: string,
  index: number,
  summary: readonly SummarySentence[],
  docs: ReadonlyMap<SourceId, AnalyzedDocument>,
): boolean {
  const current = summary[index]!;
  const previous = summary[index - 1];
  if (isPredecessor(docs, previous, current)) return true;
  if ((kind === 'pronoun' || kind === 'speaker-pronoun') && namedBefore(docs, current, word)) return true;
  const lower = word.toLowerCase();
  if (kind === 'event-noun') {
    const stem = lower.replace(/(?:ments?|s|ions?)$/, '').slice(0, 5);
    return summary.slice(0, index).some((earlier) => earlier.text.toLowerCase().includes(stem));
  }
  if (kind !== 'pronoun' && kind !== 'speaker-pronoun') return false;
  if (/\b(?:he|she|him|his|her|hers)\b/.test(lower)) {
    const own = current.evidence[0]!;
    const key = sourceAntecedent(docs.get(own.source), own.start);
    return key !== null && mentionsEntity(docs, previous, key);
  }
  return isCloseBefore(previous, current, 2);
}

/** Entity keys of the people, places and organizations named in a span (and, when given, written in `text`). */
function namesIn(doc: AnalyzedDocument | undefined, start: number, end: number, text?: string): string[] {
  const names: string[] = [];
  for (const mention of doc?.entities ?? []) {
    if (mention.start < start || mention.end > end || mention.type === 'other') continue;
    // A shortened summary sentence (a dateline cut) does not say what was cut.
    if (text !== undefined && !text.includes(mention.text)) continue;
    names.push(mention.entity ?? mention.text.toLowerCase());
  }
  return names;
}

// A name is found when the passage (with the two sentences before it, where "he" was introduced) names the same
// entity, or a word of it with the same skeleton: "Mursi" and "Morsi", "Crocker" and "Ryan Crocker" meet.
function hasName(name: string, contextNames: readonly string[], contextWords: ReadonlySet<string>): boolean {
  const last = name.split(' ').pop() ?? name;
  const skeleton = skeletonOf(last);
  if (contextWords.has(last)) return true;
  return contextNames.some((other) => other === name || other.split(' ').some((word) => word === last || (last.length >= 4 && skeletonOf(word) === skeleton)));
}

function supportOf(
  details: TextDetails,
  names: readonly string[],
  passage: TextDetails,
  contextNames: readonly string[],
  contextWords: ReadonlySet<string>,
): string | null {
  for (const number of details.numbers) if (!passage.numbers.has(number)) return `figure ${number}`;
  for (const name of names) if (!hasName(name, contextNames, contextWords)) return `name ${name}`;
  for (const words of details.quoted) {
    if (shareFound(words, passage.words) < 0.7) return `quoted "${words.slice(0, 6).join(' ')}"`;
  }
  return null;
}

function contextStart(docs: ReadonlyMap<SourceId, AnalyzedDocument>, evidence: Evidence): number {
  const doc = docs.get(evidence.source);
  const start = doc?.sentences[Math.max(0, evidence.sentence - PERSON_CONTEXT)]?.start ?? evidence.start;
  return Math.min(start, evidence.start);
}

function contextText(docs: ReadonlyMap<SourceId, AnalyzedDocument>, evidence: Evidence): string {
  const doc = docs.get(evidence.source);
  return doc ? doc.text.slice(contextStart(docs, evidence), evidence.end) : evidence.text;
}

function isRedundant(a: TextDetails, b: TextDetails): boolean {
  const terms = (details: TextDetails) => [...details.terms].filter((term) => !/^\d/.test(term));
  const left = terms(a);
  const right = new Set(terms(b));
  let shared = 0;
  for (const term of left) if (right.has(term)) shared++;
  if (shared >= 4 && shared / Math.min(left.length, right.size) >= 0.6) return true;
  // The same quotation (five words or more in a row) twice.
  const runs = (details: TextDetails) => details.quoted.flatMap((words) => words.slice(0, -4).map((_, i) => words.slice(i, i + 5).join(' ')));
  const other = new Set(runs(b));
  return runs(a).some((run) => other.has(run));
}

/**
 * Reads every summary sentence as an editor would: openers that point at nothing, pronoun speakers, page
 * furniture, repeats, citations of sources that do not report it, quotes cut open.
 */
export function checkSummary(summary: readonly SummarySentence[], docs: ReadonlyMap<SourceId, AnalyzedDocument>): SentenceDefects[] {
  const details = summary.map((sentence) => readDetails(sentence.text));
  return summary.map((sentence, index) => {
    const reference = findReference(sentence.text);
    const unresolved = reference && !resolved(reference.kind, reference.word, index, summary, docs) ? reference.kind : null;
    let redundantWith: number | null = null;
    for (let j = 0; j < index && redundantWith === null; j++) if (isRedundant(details[index]!, details[j]!)) redundantWith = j;
    const wrongCitations: { source: SourceId; missing: string }[] = [];
    const own = sentence.evidence[0]?.source;
    const ownEvidence = sentence.evidence[0]!;
    const names = [...new Set(namesIn(docs.get(ownEvidence.source), ownEvidence.start, ownEvidence.end, sentence.text))];
    const seen = new Set<SourceId>();
    for (const evidence of sentence.evidence) {
      if (evidence.source === own || seen.has(evidence.source)) continue;
      seen.add(evidence.source);
      // A source may report it across several evidence passages: all of its passages count.
      const passages = sentence.evidence.filter((item) => item.source === evidence.source);
      const passage = readDetails(passages.map((item) => item.text).join(' '));
      const doc = docs.get(evidence.source);
      const contextNames = passages.flatMap((item) => namesIn(doc, contextStart(docs, item), item.end));
      const contextWords = new Set(passages.flatMap((item) => [...readDetails(contextText(docs, item)).words]));
      const missing = supportOf(details[index]!, names, passage, contextNames, contextWords);
      if (missing) wrongCitations.push({ source: evidence.source, missing });
    }
    const marks = (sentence.text.match(/["“”]/g) ?? []).length;
    const broken = marks % 2 === 1 || /^["“'‘(]?\p{Ll}/u.test(sentence.text.trim()) || sentenceOf(docs, sentence.evidence[0]!) === undefined;
    return {
      index,
      text: sentence.text,
      opener: unresolved === 'speaker-pronoun' ? null : unresolved,
      speakerPronoun: unresolved === 'speaker-pronoun',
      furniture: findFurniture(sentence.text),
      redundantWith,
      wrongCitations,
      broken,
    };
  });
}

/** True when a sentence has at least one defect. */
export function hasDefect(defects: SentenceDefects): boolean {
  return (
    defects.opener !== null ||
    defects.speakerPronoun ||
    defects.furniture !== null ||
    defects.redundantWith !== null ||
    defects.wrongCitations.length > 0 ||
    defects.broken
  );
}
