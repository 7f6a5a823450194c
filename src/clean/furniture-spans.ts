import { classifyLine, NOT_ABBREVIATION, toLineForm } from '../ingest/index.js';
import { isEmbeddedPost, markHighlightLines } from './furniture-lines.js';
import type { ArticleLine } from './lines.js';
import { splitLine, type Cut } from './split-line.js';

// Page furniture glued inside a line of prose (a page flattened into one paragraph, as Multi-News copies are):
// galleries ("Hide Caption 2 of 23 Photos: …"), widget labels in capitals ("HIDE CAPTION SHOW CAPTION of SEE ALL"),
// player notices before the first sentence, captions ending in a photo credit, embedded posts, calls to the reader
// ("Don't forget to rate it in iTunes!"), story highlights. Each is cut out; the rest of the line stays one paragraph.

// Where a sentence starts: after ".", "!" or "?" (and a closing quote) and a space, before a capital or digit.
const SENTENCE_START = new RegExp(String.raw`${NOT_ABBREVIATION}[.!?]["”'’)\]]?\s+(?=["“(—–-]?[\p{Lu}\p{N}])`, 'gu');

/** Sentence extents of a line, as [start, end) offsets into the text. */
function sentencesOf(text: string, line: ArticleLine): [number, number][] {
  const slice = text.slice(line.start, line.end);
  const spans: [number, number][] = [];
  let from = 0;
  SENTENCE_START.lastIndex = 0;
  for (let match = SENTENCE_START.exec(slice); match; match = SENTENCE_START.exec(slice)) {
    const end = match.index + match[0].length;
    spans.push([line.start + from, line.start + end]);
    from = end;
  }
  spans.push([line.start + from, line.end]);
  return spans;
}

const sentenceAt = (sentences: readonly [number, number][], offset: number): [number, number] =>
  sentences.find(([start, end]) => offset >= start && offset < end) ?? [offset, offset];

// A gallery's counter and label: "Hide Caption 2 of 23 Photos:", "3 of 12 Images:".
const GALLERY_COUNTER = /\b\d{1,3} of (\d{1,3})(?:\s+\p{L}+)?\s*:/gu;
// Four words or more in capitals in a row, then a word in Title case: a widget's labels before the text they sit
// on ("… SEE ALL BACK TO SLIDE A Florida police officer …"); not a lead in capitals ("THREE PEOPLE HAVE DIED IN A BLAZE that …").
const SHOUTED_RUN = /(?:\b\p{Lu}{2,}\b(?:\s+(?:of|to|&|\d+))?\s+){3,}\p{Lu}{2,}\b(?=\s+(?:[AI]\s+)?\p{Lu}\p{Ll})/gu;
// Notices of a player glued before the first sentence.
const LEADING_NOTICES = [
  /^please enable javascript(?: to (?:watch|view|play) (?:this|the) (?:video|content|page))?\b/i,
  /^media playback is unsupported on your device(?: media caption)?\b/i,
  /^(?:play|watch)(?:\s+(?:video|facebook|twitter|embed|email|share|next|now))+\b[^.!?]{0,200}?\b\d{1,2}:\s?\d{2}\b/i,
  /^(?:advertisement|skip ad)\b/i,
];
// A video box: a paragraph opening with the player's "CLOSE" button ("CLOSE Skip in Skip x Embed x Share …").
const VIDEO_BOX = /^CLOSE\s+\p{Lu}/u;
// A caption: a sentence ending with its photo credit ("… (Photo: Andrew Nelles / The Tennessean)"), and the "Buy Photo" button.
const CREDIT_END = /\((?:photo|ap photo|image|file photo|credit|pictured)\b[^()]{0,120}\)\s*(?:buy photo)?\s*$/i;
const BUY_PHOTO = /\bbuy photo\b/gi;
// A call to the reader: an imperative that opens the sentence and a word that addresses the reader or names
// the outlet's products; or the phrases of promotion.
// Imperatives a news sentence does not open with, outside quotes: enough alone.
const STRONG_CALL =
  /^["“]?(?:so,?\s+)?(?:click|tap|subscribe|sign up|download|find out|check out|take a look|don'?t forget|don'?t miss|make sure you|remember,? you can)\b/i;
// Imperatives that also open reporting ("Follow the money…"): with a word addressing the reader.
const CALL_TO_ACTION = /^["“]?(?:so,?\s+)?(?:follow|like us|share|get your|read more|see more|join|visit|buy|order|watch|listen)\b/i;
const ADDRESSES_READER = /\b(?:you|your|our|us|here|now|today|app|edition|itunes|newsletters?|podcasts?|gallery|slideshow|tablet|iphone|android)\b/i;
const PROMOTION = /\bis on sale now\b|\bdon'?t forget to\b|\brate (?:it|us) (?:in|on) itunes\b|\bclick through the gallery\b/i;
const STORY_HIGHLIGHTS = /\bstory highlights\b/i;
// Residue of a page's layout: a piece led by a bar ("| Getty Images …"), an image reference of the site's system ("image:66419:2::0").
const LAYOUT_RESIDUE = /^\||\bimage:\d+(?::\d*)+/i;

function outsideQuotes(text: string): string {
  return text.replace(/["“][^"“”]*["”]/g, (quote) => ' '.repeat(quote.length));
}

/** The stretches of furniture inside one kept line. */
export function findFurnitureCuts(text: string, line: ArticleLine): { cuts: Cut[]; highlights: boolean } {
  const cuts: Cut[] = [];
  const slice = text.slice(line.start, line.end);
  const sentences = sentencesOf(text, line);
  if (VIDEO_BOX.test(slice)) return { cuts: [[line.start, line.end]], highlights: false };
  for (const notice of LEADING_NOTICES) {
    const match = notice.exec(slice);
    if (match) cuts.push([line.start, line.start + match[0].length]);
  }
  const counters = [...slice.matchAll(GALLERY_COUNTER)];
  if (counters.length >= 2 && new Set(counters.map((match) => match[1])).size < counters.length) {
    // A gallery runs from its first counter's sentence to the end of the paragraph.
    cuts.push([sentenceAt(sentences, line.start + counters[0]!.index)[0], line.end]);
  }
  for (const match of slice.matchAll(SHOUTED_RUN)) {
    const at = line.start + match.index;
    cuts.push([sentenceAt(sentences, at)[0], at + match[0].length]);
  }
  let highlights = false;
  const label = STORY_HIGHLIGHTS.exec(slice);
  if (label) {
    cuts.push([line.start + label.index, line.end]);
    highlights = true;
  }
  for (const match of slice.matchAll(BUY_PHOTO)) cuts.push([line.start + match.index, line.start + match.index + match[0].length]);
  // Sentence by sentence: captions, embedded posts, calls to the reader, and what the line rules would remove on a line of its own.
  if (sentences.length > 1 || cuts.length > 0) {
    for (const [sentenceStart, end] of sentences) {
      // What a notice glued before the sentence leaves of it is judged, not the notice again.
      const start = Math.max(sentenceStart, ...cuts.filter(([from, to]) => from <= sentenceStart && to > sentenceStart).map(([, to]) => to));
      if (start >= end) continue;
      const sentence = toLineForm(text.slice(start, end));
      const plain = outsideQuotes(sentence);
      const kind = classifyLine(sentence);
      if (
        CREDIT_END.test(sentence) ||
        LAYOUT_RESIDUE.test(sentence) ||
        isEmbeddedPost(sentence) ||
        PROMOTION.test(plain) ||
        STRONG_CALL.test(plain) ||
        (CALL_TO_ACTION.test(plain) && ADDRESSES_READER.test(plain)) ||
        (kind !== null && kind !== 'dateline')
      ) {
        cuts.push([start, end]);
      }
    }
  } else {
    const plain = outsideQuotes(line.form);
    if (
      CREDIT_END.test(line.form) ||
      LAYOUT_RESIDUE.test(line.form) ||
      PROMOTION.test(plain) ||
      STRONG_CALL.test(plain) ||
      (CALL_TO_ACTION.test(plain) && ADDRESSES_READER.test(plain))
    ) {
      cuts.push([line.start, line.end]);
    }
  }
  return { cuts, highlights };
}

// Long lines the line rules removed whole because a player's notice opens them: the notice is cut instead, and the
// prose stays ("Please enable javascript to watch this video charlottesville, va. -- the former …").
const LONG_LINE_WORDS = 40;
const CUT_NOT_DROP = new Set(['crawl-notice', 'subscribe', 'chrome', 'photo-credit']);

/**
 * Cuts page furniture out of the kept lines (and out of long lines a line rule removed whole for a notice glued to
 * them). Returns the new list of lines: a line with furniture inside becomes its pieces.
 */
export function cutFurniture(text: string, lines: readonly ArticleLine[]): ArticleLine[] {
  const result: ArticleLine[] = [];
  const highlightStarts: number[] = [];
  for (const line of lines) {
    let candidate = line;
    if (line.removed && CUT_NOT_DROP.has(line.removed) && line.words > LONG_LINE_WORDS && LEADING_NOTICES.some((notice) => notice.test(line.form))) {
      candidate = { ...line, removed: null };
    }
    if (candidate.removed) {
      result.push(line);
      continue;
    }
    const { cuts, highlights } = findFurnitureCuts(text, candidate);
    const pieces = cuts.length > 0 ? splitLine(text, candidate, cuts) : [candidate];
    // A long line kept for its prose must keep some: otherwise it stays removed as the rule said.
    if (candidate !== line && !pieces.some((piece) => !piece.removed && piece.words >= 8)) {
      result.push(line);
      continue;
    }
    result.push(...pieces);
    if (highlights) highlightStarts.push(result.length);
  }
  for (const start of highlightStarts) markHighlightLines(result, start);
  return result;
}
