// Whether a sentence can be read alone: one that opens by pointing back ("He said…", "This was…", "There, …",
// "The move…", "In his review, he found…", "…, she said.") needs the sentence before it.

const LEAD_IN = String.raw`^[\s"“'‘(]*(?:(?:but|and|so|yet|still|also|meanwhile|however|instead|now|then|later|indeed|in fact),?\s+)?`;
const PRONOUN = new RegExp(`${LEAD_IN}(?:he|she|they|him|her|them|his|their|its|it)\\b(?!['’]s\\b)`, 'i');
// "It is unclear whether…", "It's been a year since…": an "it" that needs nothing before it.
const EMPTY_IT = new RegExp(
  `${LEAD_IN}it(?:['’]s|\\s+(?:is|was|has been|had been|will be|would be|seems|seemed|appears|appeared|remains|remained|took|takes))\\b[^.;]{0,80}?\\b(?:that|whether|to|for|if|how|when|why|what|since|until|before|after)\\b`,
  'i',
);
const DEMONSTRATIVE = new RegExp(
  `${LEAD_IN}(?:this|that|these|those|such)\\b(?!\\s+(?:week|weekend|month|year|morning|afternoon|evening|night|time|season|summer|spring|fall|autumn|winter)\\b)`,
  'i',
);
// "There is…" introduces; "There, …" and "There he…" point at a place said before.
const THERE = new RegExp(
  `${LEAD_IN}there\\b(?!\\s*(?:is|are|was|were|['’]s|has|have|had|will|would|could|may|might|must|should|can|seems?|seemed|appears?|appeared|remains?|remained|used|aren['’]t|isn['’]t|wasn['’]t|weren['’]t)\\b)`,
  'i',
);
// "The move", "The decision", "The announcement": a noun that names what the sentence before said or did.
const EVENT_NOUN = new RegExp(
  `${LEAD_IN}the\\s+(?:(?:latest|new|recent|surprise|proposed)\\s+)?(?:move|decision|announcement|statement|comments?|remarks|claims?|allegations?|revelations?|news|request|offer|proposal|incident|episode|ruling|findings|letter|latter|former|pair|couple)\\b`,
  'i',
);
// "…, he said." and "On that front, he said, …": the speaker is named only before.
const PRONOUN_SPEAKER =
  /(?:[,"”]\s*(?:he|she|they)\s+(?:said|says|added|adds|noted|notes|told|tells|explained|continued|wrote|insisted|argued|stressed|warned|recalled)\b|[,"”]\s*(?:said|says|added|noted)\s+(?:he|she|they)\s*[.,!])/i;
const THIRD_PERSON = /^(?:he|she|him|his|her|hers|they|them|their|theirs)$/i;
const DETERMINER =
  /^(?:a|an|the|two|three|four|five|several|many|some|most|all|few|each|every|both|other|another|no|police|officials|authorities|investigators|prosecutors)$/i;
// First words of a sentence that are not names though capitalized: function words and verb forms.
const OPENING_WORDS =
  /^(?:when|after|as|in|on|at|if|while|because|although|though|since|before|despite|during|with|without|for|from|by|until|once|unlike|like|according|asked|speaking|given|following|amid|under|over|upon|into|about)$/i;

/** The first third-person pronoun that comes before anything in the sentence it could refer to ("In his review, he said…"). */
function findEarlyPronoun(text: string): string | null {
  const words = [...text.matchAll(/[\p{L}'’]+/gu)];
  for (const [i, match] of words.entries()) {
    const word = match[0];
    if (THIRD_PERSON.test(word)) return word;
    if (DETERMINER.test(word)) return null;
    if (/^\p{Lu}/u.test(word) && word !== 'I' && !(i === 0 && (OPENING_WORDS.test(word) || /(?:ing|ed|ly)$/.test(word)))) return null;
  }
  return null;
}

const CAPITAL = /\p{Lu}/u;

// A sentence that is all quotation: who says it was told before.
const WHOLE_QUOTE = /^\s*"[^"]+"\s*$/;

/**
 * Why a sentence needs the sentence before it: it opens with a pronoun, a demonstrative, a deictic "there" or a
 * noun naming what was said before, uses a pronoun before anyone it could refer to, attributes to a pronoun, or is a
 * quotation with no speaker.
 * Null when it can be read alone.
 * @example findBackReference('He said the talks were useful.') // 'pronoun'
 */
export function findBackReference(text: string): 'pronoun' | 'demonstrative' | 'there' | 'event' | 'speaker' | 'quote' | null {
  if (WHOLE_QUOTE.test(text.replace(/[“”]/g, '"'))) return 'quote';
  if (PRONOUN.test(text) && !EMPTY_IT.test(text)) return 'pronoun';
  if (DEMONSTRATIVE.test(text)) return 'demonstrative';
  if (THERE.test(text)) return 'there';
  if (EVENT_NOUN.test(text)) return 'event';
  // Names are told from other words by their capitals: in a lower-cased copy every word before "his" looks like one.
  if (CAPITAL.test(text) && findEarlyPronoun(text)) return 'pronoun';
  if (PRONOUN_SPEAKER.test(text)) return 'speaker';
  return null;
}
