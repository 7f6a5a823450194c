import { keptWithDocument, termTokensIn, type TermToken } from '../../analyze/index.js';
import type { AnalyzedDocument, Conflict, Evidence, Sentence } from '../../model/index.js';
import { clipWords } from '../text.js';

const NO_RESPONSE =
  /\b(?:did not|didn't|has not|have not|had not|would not|never)\s+(?:\w+ly\s+)?(?:respond|reply|answer|comment|react)|\bdeclined to (?:comment|respond)|\bcould not be reached\b|\bno (?:immediate )?(?:response|reply|comment)\b/i;
const RESPONDED = /\b(?:denied|denies|deny|rejected|rejects|dismissed|dismisses|rebuffed|refuted|responded|replied)\b/i;
const MIN_SHARED = 2;

interface Statement {
  readonly doc: AnalyzedDocument;
  readonly sentence: Sentence;
  /** Term of the party that did or did not respond, and its words in the text. */
  readonly party: string;
  readonly partyText: string;
  /** Content terms of the sentence and the one before it (what the response was about). */
  readonly context: Set<string>;
}

function isName(doc: AnalyzedDocument, token: TermToken): boolean {
  return /^\p{Lu}/u.test(doc.text.slice(token.start, token.end));
}

// The party is the last capitalized term before the verb: "Iran did not respond", "the Iranians denied".
function findParty(doc: AnalyzedDocument, sentence: Sentence, at: number): { party: string; partyText: string } | null {
  const before = termTokensIn(doc, sentence.start, sentence.start + at).filter((token) => isName(doc, token));
  const last = before[before.length - 1];
  return last ? { party: last.term, partyText: doc.text.slice(last.start, last.end) } : null;
}

function readStatements(docs: readonly AnalyzedDocument[], pattern: RegExp): Statement[] {
  const ofDocument = pattern === RESPONDED ? respondedIn : silentIn;
  return docs.flatMap((doc) => ofDocument(doc));
}

// A kept document's statements are read once for every briefing of its story.
const silentIn = keptWithDocument((doc) => readDocumentStatements(doc, NO_RESPONSE));
const respondedIn = keptWithDocument((doc) => readDocumentStatements(doc, RESPONDED));

function readDocumentStatements(doc: AnalyzedDocument, pattern: RegExp): Statement[] {
  const statements: Statement[] = [];
  for (const sentence of doc.sentences) {
    const match = pattern.exec(sentence.text);
    if (!match) continue;
    if (pattern === RESPONDED && NO_RESPONSE.test(sentence.text)) continue;
    const party = findParty(doc, sentence, match.index);
    if (party === null) continue;
    const previous = doc.sentences[sentence.index - 1];
    const from = previous && previous.paragraph === sentence.paragraph ? previous.start : sentence.start;
    const context = new Set(
      termTokensIn(doc, from, sentence.end)
        .filter((token) => !isName(doc, token))
        .map((token) => token.term),
    );
    statements.push({ doc, sentence, ...party, context });
  }
  return statements;
}

function evidenceOf(statement: Statement): Evidence {
  const { sentence } = statement;
  return { source: sentence.source, sentence: sentence.index, start: sentence.start, end: sentence.end, text: sentence.text };
}

/**
 * "Iran did not respond" in one source against "the Iranians denied the allegations" in another: a party
 * that one source says responded (denied, rejected) and another says did not, about the same matter
 * (at least two shared content words in the sentence or the one before it).
 */
export function findResponseConflicts(docs: readonly AnalyzedDocument[]): Omit<Conflict, 'id'>[] {
  const silent = readStatements(docs, NO_RESPONSE);
  if (silent.length === 0) return [];
  const responded = readStatements(docs, RESPONDED);
  const conflicts: Omit<Conflict, 'id'>[] = [];
  for (const quiet of silent) {
    const match = responded.find((loud) => {
      if (loud.doc.source === quiet.doc.source || loud.party !== quiet.party) return false;
      return [...loud.context].filter((term) => quiet.context.has(term) && !/^(?:respond|deni)$/.test(term)).length >= MIN_SHARED;
    });
    if (!match) continue;
    const verb = RESPONDED.exec(match.sentence.text)![0].toLowerCase();
    conflicts.push({
      kind: 'negation',
      topic: `whether ${quiet.partyText} responded`,
      note: `${quiet.doc.source} says “${clipWords(quiet.sentence.text)}”, while ${match.doc.source} says they ${verb}: “${clipWords(match.sentence.text)}”.`,
      sides: [
        { claim: quiet.sentence.text, value: 'did not respond', sources: [quiet.doc.source], evidence: [evidenceOf(quiet)] },
        { claim: match.sentence.text, value: verb, sources: [match.doc.source], evidence: [evidenceOf(match)] },
      ],
    });
  }
  return conflicts;
}
