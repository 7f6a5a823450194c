import { readTermTokens } from '../../analyze/index.js';

// How a reader judges whether a summary sentence stands alone: does it open with (or attribute to) a word that
// points back at something the summary has not said? The eval's own rules, kept apart from the summarizer's.

/** Why a sentence needs something before it, or null when it does not. */
export type ReferenceKind = 'pronoun' | 'demonstrative' | 'there' | 'event-noun' | 'speaker-pronoun' | 'unattributed-quote';

const LEAD_IN = String.raw`^[\s"“'‘(]*(?:(?:but|and|so|yet|still|also|meanwhile|however|instead|now|then|later),?\s+)?`;
const PRONOUN = new RegExp(`${LEAD_IN}(he|she|they|him|her|them|his|hers|their|theirs|its|it)\\b(?!['’]s\\b)`, 'i');
// "It is unclear whether…", "It's been a year since…": "it" that points at nothing and needs nothing.
const EXPLETIVE_IT = new RegExp(
  `${LEAD_IN}it(?:['’]s| is| was| has been| had been| will be| would be| seems| seemed| appears| appeared| remains| remained| took| takes)\\b[^.;]{0,80}?\\b(?:that|whether|to|for|if|how|when|why|what|since|until|before|after)\\b`,
  'i',
);
const DEMONSTRATIVE = new RegExp(`${LEAD_IN}(this|that|these|those|such)\\b`, 'i');
const TIME_WORDS =
  /^(?:week|weekend|month|year|morning|afternoon|evening|night|time|season|summer|spring|fall|autumn|winter|spring|past|coming|latest|new|one|is|was)\b/i;
const THERE = new RegExp(`${LEAD_IN}there\\b\\s*(,|\\S+)`, 'i');
const EXISTENTIAL =
  /^(?:is|are|was|were|['’]s|has|have|had|will|would|could|may|might|must|should|can|seem|seems|seemed|appear|appears|appeared|remain|remains|remained|used|aren['’]t|isn['’]t|wasn['’]t|weren['’]t)$/i;
/** Nouns that name what was said or done just before ("the move", "the decision"). */
export const EVENT_NOUNS = [
  'move',
  'decision',
  'announcement',
  'statement',
  'comments',
  'comment',
  'remarks',
  'claim',
  'claims',
  'allegation',
  'allegations',
  'revelation',
  'news',
  'development',
  'request',
  'offer',
  'proposal',
  'incident',
  'episode',
  'ruling',
  'report',
  'findings',
  'plan',
  'deal',
  'letter',
  'change',
  'measure',
  'step',
  'latter',
  'former',
  'pair',
  'couple',
];
const EVENT_NOUN = new RegExp(
  `${LEAD_IN}the\\s+(?:(?:latest|new|recent|controversial|surprise|unusual|rare|proposed|first|second)\\s+)?(${EVENT_NOUNS.join('|')})\\b`,
  'i',
);
const SPEAKER_PRONOUN =
  /(?:[,"”]\s*(?:he|she|they)\s+(?:said|says|added|adds|noted|told|explained|continued|wrote|insisted|argued|stressed|warned)\b|[,"”]\s*(?:said|says|added|noted)\s+(?:he|she|they)\s*[.,!])/i;
const THIRD_PERSON = /^(?:he|she|him|his|her|hers|they|them|their|theirs)$/i;
// What can stand before a pronoun as its antecedent inside the sentence: a capitalized word past the first, or a
// noun phrase opened by a determiner ("a judge", "the company", "two officers").
const ANTECEDENT = /^(?:a|an|the|two|three|four|five|several|many|some|most|all|few|each|every|both|other|another|no|police|officials|authorities)$/i;

/** The first third-person pronoun of a sentence that comes before anything it could refer to inside it ("In his review, he said…"). */
export function findEarlyPronoun(text: string): string | null {
  const words = [...text.matchAll(/[\p{L}'’]+/gu)];
  for (const [i, match] of words.entries()) {
    const word = match[0];
    if (THIRD_PERSON.test(word)) return word;
    if (ANTECEDENT.test(word)) return null;
    // A capitalized word is a name, unless it is a sentence's first word that is a function word or a verb form ("When", "Defending").
    if (/^\p{Lu}/u.test(word) && word !== 'I' && (i > 0 || (readTermTokens(word).length > 0 && !/(?:ing|ed|ly)$/.test(word)))) return null;
  }
  return null;
}

/** The reference a sentence opens with (or attributes to), with the word itself, or null. */
export function findReference(text: string): { kind: ReferenceKind; word: string } | null {
  // A sentence that is all quotation leaves its speaker to the sentence before.
  if (/^\s*["“][^"“”]+["”]\s*$/.test(text)) return { kind: 'unattributed-quote', word: '"' };
  const pronoun = PRONOUN.exec(text);
  if (pronoun && !(pronoun[1]!.toLowerCase() === 'it' && EXPLETIVE_IT.test(text))) return { kind: 'pronoun', word: pronoun[1]! };
  const demonstrative = DEMONSTRATIVE.exec(text);
  if (demonstrative) {
    const after = text.slice(demonstrative.index + demonstrative[0].length).trimStart();
    if (!TIME_WORDS.test(after)) return { kind: 'demonstrative', word: demonstrative[1]! };
  }
  const there = THERE.exec(text);
  if (there && !EXISTENTIAL.test(there[1]!)) return { kind: 'there', word: 'there' };
  const event = EVENT_NOUN.exec(text);
  if (event) return { kind: 'event-noun', word: event[1]! };
  const early = findEarlyPronoun(text);
  if (early) return { kind: 'pronoun', word: early };
  const speaker = SPEAKER_PRONOUN.exec(text);
  if (speaker) return { kind: 'speaker-pronoun', word: speaker[0] };
  return null;
}
