// A headline made from the story's first summary sentence when no article has a usable title: the sentence's
// main clause, cut where a subordinate clause, an attribution or an aside begins. Only words are left out.

const MAX_HEADLINE_WORDS = 18;
const MIN_HEADLINE_WORDS = 5;
// Where the main clause of a news lead usually ends, strongest first.
const BOUNDARIES = [
  /,\s+(?:according to|police said|officials said|authorities said|reports?|said|says)\b/i,
  /,\s+(?:who|which|where|whose|saying|including|while|but|after|as|in what|amid|despite)\b/i,
  /\s+[—–]\s+|\s+--\s+|;\s+/,
  /\s+(?:as|after|because|while|before|when|amid|despite|following|since|until|in what)\s+/i,
  // Any comma, when what comes before it is long enough to be a clause, not a name cut in two ("Kleiner, Perkins").
  /(?<=(?:\S+\s+){7}\S+),\s+/,
  /\s+and\s+(?=\p{Ll}+(?:ed|s)\b)/u,
];
const LABEL = /^(?:warning|spoilers?|editor['’]s note|update|story highlights|watch|listen|video|photos?)\b[:\s]/i;
// A head that opens with a subordinate phrase ("Speaking after his release, …") has not reached its main clause.
const SUBORDINATE_OPENING =
  /^["“]?(?:\p{L}+ing|after|as|when|while|in|on|at|for|with|despite|during|following|amid|before|since|although|though|because|if|unlike|according)\b/iu;

const countWords = (text: string): number => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** The head of a sentence up to a boundary, when it is a headline's length. */
function cutAt(text: string, pattern: RegExp): string | null {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  for (const match of text.matchAll(new RegExp(pattern.source, flags))) {
    const head = text.slice(0, match.index).trim();
    const words = countWords(head);
    if (words >= MIN_HEADLINE_WORDS && words <= MAX_HEADLINE_WORDS) return head;
    if (words > MAX_HEADLINE_WORDS) return null;
  }
  return null;
}

/**
 * A headline from a sentence: the sentence itself when short enough, else its head up to the strongest boundary
 * that leaves five to eighteen words; null when there is none. The final stop is dropped; quote marks stay paired.
 * @example headlineOf('An officer lay bleeding after a gunman opened fire at LAX as paramedics waited, officials said.')
 * // 'An officer lay bleeding after a gunman opened fire at LAX'
 */
export function headlineOf(sentence: string): string | null {
  const text = sentence
    .replace(/\s+/g, ' ')
    .replace(/^\((?:CNN|AP|Reuters|AFP)\)\s*/i, '')
    // A dateline glued to the lead ("CAIRO—The European Union's …").
    .replace(/^\p{Lu}[\p{Lu} .,'-]{2,40}[—–]+(?=\p{Lu})/u, '')
    .trim();
  if (LABEL.test(text)) return null;
  const whole = text.replace(/[.!]["”']?$/, (end) => end.slice(1)).replace(/[.!]$/, '');
  if (countWords(whole) <= MAX_HEADLINE_WORDS) return whole;
  for (const boundary of BOUNDARIES) {
    const head = cutAt(text, boundary);
    // A head that leaves a quotation open is no headline.
    if (head && (head.match(/"/g) ?? []).length % 2 === 0 && !SUBORDINATE_OPENING.test(head)) return head.replace(/[,;:]$/, '');
  }
  return null;
}
