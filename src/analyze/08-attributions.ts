import type { Attribution, Sentence, SourceId } from '../model/index.js';
import { reportingVerbPattern } from './lexicon/index.js';
import { splitClauses } from './terms/index.js';

const NAME = String.raw`(?:[A-Z][\p{L}'’.-]+)(?:\s+(?:(?:al|el|bin|de|da|van|von|der|la|le)[-\s])?[A-Z][\p{L}'’.-]+){0,3}`;
// The past tense of the verbs that introduce what someone said ("said", "told", "tweeted"), and "says".
const VERB = `(?:${reportingVerbPattern(['say'], [2, 1])}|${reportingVerbPattern(['tell', 'add', 'note', 'state', 'announce', 'explain', 'write', 'tweet', 'testify', 'claim', 'insist', 'argue', 'warn', 'acknowledge', 'confirm', 'report', 'stress', 'recall'], [2])})`;
const MAY_ATTRIBUTE = new RegExp(String.raw`\b(?:${VERB}|according to|quoted)\b`, 'u');
const QUOTED_AS = new RegExp(String.raw`\bquoted\s+(${NAME})\s+as\s+saying`, 'u');
const NAME_VERB = new RegExp(String.raw`(${NAME})(?:,[^,]{1,80},)?\s+${VERB}\b`, 'u');
const VERB_NAME = new RegExp(String.raw`\b${VERB}\s+(${NAME})(?=\s*(?:[,.;]|$))`, 'u');
const ACCORDING = new RegExp(String.raw`\baccording to\s+(?:[a-z]+\s+){0,3}(${NAME})`, 'u');
const NOT_A_NAME =
  /^(?:He|She|They|It|We|I|You|The|A|An|This|That|These|Those|But|And|Officials?|Police|Authorities|Experts?|Witnesses|Researchers|Sources|Prosecutors|Investigators|Reporters|Critics|Analysts|Residents|Doctors|Scientists|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|In|On|At|As|After|When|While|If|Then|Also|Later|Earlier|Meanwhile|However)$/;
const TITLE =
  /^(?:(?:U\.S\.|US|Iranian|Iraqi|Former|Deputy|Vice|Prime|Foreign|Chief|Senior)\s+)*(?:Ambassador|Minister|President|Secretary|Senator|Sen\.?|Rep\.?|Gov\.?|Governor|Mayor|Gen\.?|General|Lt\.?|Col\.?|Capt\.?|Sgt\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Judge|Justice|Chancellor|Spokesman|Spokeswoman|Commander|Officer|Inspector|Detective|Constable|Sergeant|Superintendent|Captain|Lieutenant|Colonel|Coach|Sheriff|Attorney|Professor|Prof\.?|Rev\.?|Chief)\s+/;

function cleanName(raw: string): string | null {
  let name = raw
    .trim()
    .replace(/['’]s$/, '')
    .replace(/(\p{L}{3,})\.$/u, '$1');
  for (let previous = ''; previous !== name; ) {
    previous = name;
    name = name.replace(TITLE, '');
  }
  const first = name.split(/\s+/)[0] ?? '';
  if (name === '' || NOT_A_NAME.test(first) || NOT_A_NAME.test(name)) return null;
  return name;
}

/** Blanks out quoted passages so a name inside a quotation is not taken for the speaker. */
function blankQuotes(text: string): string {
  return text.replace(/[“"][^“”"]*[”"]/g, (quoted) => ' '.repeat(quoted.length));
}

/**
 * The person a clause attributes its statement to, as named in it: "Crocker said …", "… said Crocker",
 * "according to Crocker", "X quoted Crocker as saying"; null when none or only a pronoun or a role is named.
 */
export function findSpeaker(text: string): string | null {
  // Every pattern needs a reporting verb, "according to" or "quoted": most clauses have none.
  if (!MAY_ATTRIBUTE.test(text)) return null;
  const plain = blankQuotes(text);
  for (const pattern of [QUOTED_AS, ACCORDING, NAME_VERB, VERB_NAME]) {
    const match = pattern.exec(plain);
    const name = match ? cleanName(match[1]!) : null;
    if (name) return name;
  }
  return null;
}

/**
 * Who each clause of a document attributes its statement to, by name: one record per clause that names a
 * speaker (the clauses alignment compares), in text order. Pronouns and roles alone give no record.
 */
export function extractAttributions(text: string, sentences: readonly Pick<Sentence, 'index' | 'start' | 'end'>[], source: SourceId): Attribution[] {
  const attributions: Attribution[] = [];
  for (const sentence of sentences) {
    for (const clause of splitClauses(text, sentence.start, sentence.end)) {
      const clauseText = text.slice(clause.start, clause.end);
      const speaker = findSpeaker(clauseText);
      if (speaker !== null) attributions.push({ source, sentence: sentence.index, start: clause.start, end: clause.end, text: clauseText, speaker });
    }
  }
  return attributions;
}
