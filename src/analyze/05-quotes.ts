import type { QuoteMention, SourceId } from '../model/index.js';
import type { SentenceSpan } from './02-sentences.js';
import type { EntityFinding } from './04-entities.js';
import { readItems, type Actor, type Item, type LowerCaseNames } from './quote-actors.js';
import { hasReportingAfter, hasReportingBefore, readFollowing, readLeft, readReportingClause, readRight, type Attribution } from './quote-attribution.js';
import { findQuoteSpans, type Paragraph, type QuoteSpan } from './quote-marks.js';
import { isIndefinite, resolveActor, type Speaker, type SpeakerContext, type SpeakerEvent } from './quote-speakers.js';

const FRAGMENT_WORDS = 3;

/** Paragraph extents from sentence spans. */
export function readParagraphs(spans: readonly SentenceSpan[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const span of spans) {
    const last = paragraphs[paragraphs.length - 1];
    if (last && last.index === span.paragraph) paragraphs[paragraphs.length - 1] = { ...last, end: span.end };
    else paragraphs.push({ start: span.start, end: span.end, index: span.paragraph });
  }
  return paragraphs;
}

/** Index of the sentence holding an offset (the last sentence starting at or before it). */
export function findSentenceIndex(spans: readonly SentenceSpan[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (spans[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

function isInside(quotes: readonly QuoteSpan[], offset: number): boolean {
  return quotes.some((quote) => offset >= quote.open && offset < quote.close);
}

function buildContext(spans: readonly SentenceSpan[], findings: readonly EntityFinding[], quotes: readonly QuoteSpan[]): SpeakerContext {
  const people = findings.filter((finding) => finding.mention.type === 'person' && !isInside(quotes, finding.mention.start));
  // Captions and photo credits ("Ethan Miller/Getty Images") have no verb and name no one he or she could be.
  const seen = new Set<number>();
  const subjects = people.filter((finding) => {
    const sentence = finding.mention.sentence;
    if (seen.has(sentence)) return false;
    seen.add(sentence);
    return spans[sentence]!.tokens.some((token) => token.pos === 'VERB');
  });
  const organizations = findings.filter((finding) => finding.mention.type === 'organization' && !isInside(quotes, finding.mention.start));
  return { people, subjects, organizations, events: [] };
}

function itemsOf(
  text: string,
  spans: readonly SentenceSpan[],
  from: number,
  to: number,
  quotes: readonly QuoteSpan[],
  actors: readonly EntityFinding[],
  lowerCase: LowerCaseNames | null,
): Item[] {
  return readItems(
    text,
    spans.slice(from, to + 1).flatMap((span) => span.tokens),
    quotes,
    actors,
    lowerCase,
  );
}

/**
 * True when the text has lost its capitals (Multi-News+ keeps only a sentence's first letter): fewer than one word in
 * fifty inside a sentence is capitalized, against about one in eight in edited English.
 */
function isLowerCased(spans: readonly SentenceSpan[]): boolean {
  let words = 0;
  let capitalized = 0;
  for (const span of spans) {
    for (let i = 1; i < span.tokens.length; i++) {
      const token = span.tokens[i]!;
      if (token.type !== 'word' || !/^\p{L}/u.test(token.value)) continue;
      words++;
      if (/^\p{Lu}/u.test(token.value)) capitalized++;
    }
  }
  return words >= 20 && capitalized < words / 50;
}

/** The words of the people named in a text, lower-cased: "piper" of "Piper said …" is a name where the text writes it small. */
function lowerCaseNames(findings: readonly EntityFinding[]): LowerCaseNames {
  const words = new Set<string>();
  for (const finding of findings) {
    if (finding.mention.type !== 'person') continue;
    for (const word of (finding.mention.name ?? finding.mention.text).toLowerCase().split(/\s+/)) if (word.length >= 3) words.add(word);
  }
  return words;
}

/** Attribution from the previous sentence when it introduces the quote with a colon ("He added:"). */
function readColonIntro(
  text: string,
  spans: readonly SentenceSpan[],
  sentence: number,
  quotes: readonly QuoteSpan[],
  actors: readonly EntityFinding[],
  lowerCase: LowerCaseNames | null,
): Attribution | null {
  const previous = spans[sentence - 1];
  if (!previous || !/:\s*$/.test(text.slice(previous.start, previous.end))) return null;
  const items = itemsOf(text, spans, sentence - 1, sentence - 1, quotes, actors, lowerCase);
  return readLeft(items, items.length);
}

/** `"Says who?" he asked.` — the sentence splitter ends the sentence inside the quote; read the next one (when it quotes no one itself). */
function readNextSentence(
  text: string,
  spans: readonly SentenceSpan[],
  last: number,
  items: readonly Item[],
  index: number,
  quotes: readonly QuoteSpan[],
  actors: readonly EntityFinding[],
  lowerCase: LowerCaseNames | null,
): Attribution | null {
  const next = spans[last + 1];
  if (index !== items.length - 1 || !next || next.paragraph !== spans[last]!.paragraph) return null;
  const following = itemsOf(text, spans, last + 1, last + 1, quotes, actors, lowerCase);
  // A next sentence quoting someone itself ("graham's father, john, said the agreement "has our full support."") names
  // the speaker of its own quote.
  if (following[0]?.kind !== 'token' || following.some((item) => item.kind === 'quote')) return null;
  return readFollowing(following);
}

/** A person, a name or he/she: not an organization ("the company said …") nor a role, which point back too loosely. */
function isPersonActor(actor: Actor): boolean {
  return actor.kind === 'pronoun' ? actor.text.toLowerCase() !== 'it' : actor.kind === 'name' || actor.finding?.mention.type === 'person';
}

/** "On bacon: "…"" — a colon after words that name nobody: the quote goes on with the last speaker. */
function isColonTopic(items: readonly Item[], index: number): boolean {
  const before = items[index - 1];
  if (before?.kind !== 'token' || before.token.value !== ':') return false;
  return items.slice(0, index).every((item) => item.kind === 'token' && !item.actor && item.token.pos !== 'VERB');
}

/**
 * The speaker of a reporting clause without a quote: a person or a name as resolved; a role only when it brings in
 * someone new ("a relative", "another neighbour") or names again the one brought in last ("the relative"). "The
 * domestic diva", "her son", "the president" point back to someone named elsewhere, too loosely to trust here.
 */
function reportedSpeaker(actor: Actor, context: SpeakerContext, events: readonly SpeakerEvent[]): Speaker | null {
  if (actor.kind !== 'role') return resolveActor(actor, context);
  if (isIndefinite(actor.text)) return resolveActor(actor, context);
  const head = actor.text.toLowerCase().split(/\s+/).pop();
  for (let i = events.length - 1; i >= 0; i--) {
    const earlier = events[i]!.speaker;
    if (earlier.entity === undefined && isIndefinite(earlier.name) && earlier.name.toLowerCase().split(/\s+/).pop() === head) {
      return { ...earlier, start: actor.start, end: actor.end };
    }
  }
  return null;
}

/**
 * Who the sentences without a quote say spoke, by a name or a role ("…, said disaster agency official Fauzi.",
 * "According to a relative, …", "a neighbour recalled …"): a later "he said" refers to them before anyone named
 * earlier, within the next two sentences. Pronoun speakers are left out (they refer back to someone already there).
 */
function readReportedSpeakers(
  text: string,
  spans: readonly SentenceSpan[],
  quotes: readonly QuoteSpan[],
  actors: readonly EntityFinding[],
  context: SpeakerContext,
  lowerCase: LowerCaseNames | null,
): SpeakerEvent[] {
  const events: SpeakerEvent[] = [];
  let q = 0;
  spans.forEach((span, index) => {
    while (q < quotes.length && quotes[q]!.close <= span.start) q++;
    if (q < quotes.length && quotes[q]!.open < span.end) return;
    const items = itemsOf(text, spans, index, index, quotes, actors, lowerCase);
    const attribution = readReportingClause(items);
    // A pronoun refers back to someone already there; an organization is not "he" or "she".
    if (!attribution || attribution.actor.kind === 'pronoun' || (attribution.actor.finding && attribution.actor.finding.mention.type !== 'person')) return;
    const speaker = reportedSpeaker(attribution.actor, context, events);
    // Only the next sentence or two can refer back to it ("…, a local official told AFP. "…," he added."): further
    // on, "she said" is the story's subject more often than a passing role.
    const until = spans[Math.min(index + 2, spans.length - 1)]!.end;
    if (speaker) events.push({ position: attribution.actor.start, speaker, until });
  });
  return events;
}

/**
 * Finds direct quotations and their speakers: "X said", "said X", "X told reporters", "according to X",
 * "quoted X as saying", colon introductions, pronouns and roles resolved to named people, quotes that go
 * on in the next sentence or paragraph. Quotes of one to three words are marked `fragment`.
 */
export function extractQuotes(text: string, spans: readonly SentenceSpan[], findings: readonly EntityFinding[], source: SourceId): QuoteMention[] {
  if (spans.length === 0) return [];
  const quotes = findQuoteSpans(text, readParagraphs(spans));
  const actors = findings.filter((finding) => finding.mention.type !== 'place' && !isInside(quotes, finding.mention.start));
  const context = buildContext(spans, findings, quotes);
  const lowerCase = isLowerCased(spans) ? lowerCaseNames(findings) : null;
  context.events.push(...readReportedSpeakers(text, spans, quotes, actors, context, lowerCase));
  const mentions: QuoteMention[] = [];
  let previous: { quote: QuoteSpan; speaker: Speaker | null; verb: string | null } | null = null;
  for (const quote of quotes) {
    const first = findSentenceIndex(spans, quote.start);
    const last = findSentenceIndex(spans, Math.max(quote.start, quote.end - 1));
    const items = itemsOf(text, spans, first, last, quotes, actors, lowerCase);
    const index = items.findIndex((item) => item.kind === 'quote' && item.quote === quote);
    const quoted = text.slice(quote.start, quote.end);
    const fragment = (quoted.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length <= FRAGMENT_WORDS;
    let attribution = readRight(items, index) ?? readLeft(items, index) ?? readNextSentence(text, spans, last, items, index, quotes, actors, lowerCase);
    if (!attribution && index === 0) attribution = readColonIntro(text, spans, first, quotes, actors, lowerCase);
    let speaker = attribution ? resolveActor(attribution.actor, context) : null;
    // `"…," said lead researcher …` read no speaker: the quote is someone's the clause names, never the last speaker's.
    // So is one after a reporting verb whose subject was not read (`…, tweeting friday morning, "…"`).
    const unread = !attribution && (hasReportingAfter(text, items, index) || hasReportingBefore(items, index));
    let verb = attribution?.verb ?? null;
    // A quote opening a sentence right after a quoted speaker goes on with the same speaker, also when
    // it opens the next paragraph (the usual way a long quote is broken up).
    const topic = index > 0 && isColonTopic(items, index);
    // From the paragraph the previous quote ends in: a quote may run over several lines.
    const previousEnd = previous ? spans[findSentenceIndex(spans, Math.max(previous.quote.start, previous.quote.end - 1))]!.paragraph : -1;
    const follows = previous && quote.paragraph - previousEnd <= 1 && (index === 0 || topic);
    if (!attribution && !unread && previous && (quote.continued || follows) && !fragment) {
      speaker = previous.speaker;
      verb = previous.verb;
    }
    const previousSentence = first > 0 && spans[first - 1]!.paragraph === spans[first]!.paragraph ? spans[first - 1]! : null;
    if (!attribution && !unread && !speaker && !fragment && previous?.speaker && previousSentence && previous.quote.start >= previousSentence.start) {
      // The sentence before quoted someone: a quote in this one, unattributed, goes on with that speaker.
      speaker = previous.speaker;
      verb = previous.verb;
    }
    if (!attribution && !unread && !speaker && !fragment && previousSentence) {
      const before = itemsOf(text, spans, first - 1, first - 1, quotes, actors, lowerCase);
      const earlier = readLeft(before, before.length);
      if (earlier) {
        speaker = resolveActor(earlier.actor, context);
        verb = earlier.verb;
      }
    }
    // A paragraph that is one quote, after a paragraph that ends reporting someone's words without quoting them
    // ("DeVine said that is the reason … He said they are reserved for …" ⏎ ""We need the public …""): theirs.
    const opening = spans[first - 1] && spans[first - 1]!.paragraph !== spans[first]!.paragraph ? spans[first - 1]! : null;
    if (!attribution && !unread && !speaker && !fragment && opening && quote.open === spans[first]!.start && !isInside(quotes, opening.start)) {
      const reported = readReportingClause(itemsOf(text, spans, first - 1, first - 1, quotes, actors, lowerCase));
      const paragraphQuoted = quotes.some((other) => other.close > opening.start && other.open < opening.end);
      const candidate = reported && !paragraphQuoted && isPersonActor(reported.actor) ? resolveActor(reported.actor, context) : null;
      // "He says heartbreak has hit …" may be someone the text has not named (the coach, after the victim): he or she
      // is trusted only as a person that paragraph names and the text has already heard.
      const from = spans.findIndex((span) => span.paragraph === opening.paragraph);
      const named = (speaker: Speaker) =>
        speaker.entity !== undefined &&
        context.people.some(
          (person) => person.mention.entity === speaker.entity && person.mention.start >= spans[from]!.start && person.mention.start < opening.end,
        ) &&
        context.events.some((event) => event.position < quote.start && event.speaker.entity === speaker.entity);
      if (candidate && (reported!.actor.kind !== 'pronoun' || named(candidate))) {
        speaker = candidate;
        verb = reported!.verb;
      }
    }
    if (speaker && attribution) context.events.push({ position: attribution.actor.start, speaker });
    mentions.push({
      source,
      sentence: first,
      start: quote.start,
      end: quote.end,
      text: quoted,
      speaker: speaker?.name ?? null,
      ...(speaker?.entity ? { speakerEntity: speaker.entity } : {}),
      ...(speaker ? { speakerStart: speaker.start, speakerEnd: speaker.end } : {}),
      ...(verb ? { verb } : {}),
      fragment,
    });
    previous = { quote, speaker, verb };
  }
  return mentions;
}
