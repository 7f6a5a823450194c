import type { EntityFinding } from './04-entities.js';
import { isRoleNoun } from './entity-descriptions.js';
import type { QuoteSpan } from './quote-marks.js';
import type { Token } from './wink.js';

/** Who a stretch of text names as a possible speaker: an entity, a pronoun or a role ("the envoy"). */
export interface Actor {
  readonly kind: 'entity' | 'pronoun' | 'role';
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly finding?: EntityFinding;
}

/** A sentence seen by attribution: tokens outside quotes, each quote as one item, actors marked. */
export type Item = { readonly kind: 'token'; readonly token: Token; readonly actor?: Actor } | { readonly kind: 'quote'; readonly quote: QuoteSpan };

const PRONOUNS = new Set(['he', 'she']);
// "it" is a speaker only in "it said" and the like, where it stands for an organization.
const IT_VERBS = new Set(['say', 'tell', 'add', 'announce', 'report', 'state', 'write', 'claim', 'confirm', 'deny', 'warn', 'note']);
const NP_WORD = /^(?:DET|ADJ|NOUN|PROPN|NUM)$/;

function findingAt(findings: readonly EntityFinding[], offset: number): EntityFinding | undefined {
  let low = 0;
  let high = findings.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const finding = findings[mid]!;
    if (offset < finding.titleStart) high = mid - 1;
    else if (offset >= finding.mention.end) low = mid + 1;
    else return finding;
  }
  return undefined;
}

/** A role noun phrase ending at tokens[head]: "the Iranian envoy", "one Israeli diplomat", "US envoy to Iraq". */
function readRole(text: string, tokens: readonly Token[], head: number, from: number): Actor | null {
  let first = head;
  while (first - 1 >= from && NP_WORD.test(tokens[first - 1]!.pos) && head - first < 4) first--;
  let last = head;
  const next = tokens[head + 1];
  if (next && (next.normal === 'to' || next.normal === 'for') && tokens[head + 2]?.pos === 'PROPN') last = head + 2;
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  return { kind: 'role', start, end, text: text.slice(start, end) };
}

/**
 * Builds the items of a run of sentence tokens: quoted tokens folded into their quote, entity mentions
 * (people and organizations, with their titles), he/she and role noun phrases marked as actors.
 */
export function readItems(text: string, tokens: readonly Token[], quotes: readonly QuoteSpan[], findings: readonly EntityFinding[]): Item[] {
  const items: Item[] = [];
  let q = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    while (q < quotes.length && quotes[q]!.close <= token.start) q++;
    const quote = quotes[q];
    if (quote && token.start >= quote.open && token.start < quote.close) {
      const previous = items[items.length - 1];
      if (!(previous?.kind === 'quote' && previous.quote === quote)) items.push({ kind: 'quote', quote });
      continue;
    }
    const finding = findingAt(findings, token.start);
    if (finding && finding.mention.type !== 'place') {
      const actor: Actor = { kind: 'entity', start: finding.titleStart, end: finding.mention.end, text: finding.mention.text, finding };
      items.push({ kind: 'token', token, actor });
      while (i + 1 < tokens.length && tokens[i + 1]!.start < finding.mention.end) i++;
      continue;
    }
    const next = tokens[i + 1];
    const itSaid = token.normal === 'it' && next?.pos === 'VERB' && IT_VERBS.has(next.lemma.toLowerCase());
    if (PRONOUNS.has(token.normal) || itSaid) {
      items.push({ kind: 'token', token, actor: { kind: 'pronoun', start: token.start, end: token.end, text: token.value } });
      continue;
    }
    const named = tokens[i + 1] ? findingAt(findings, tokens[i + 1]!.start) : undefined;
    // "hip-hop mogul Russell Simmons": a role right before a name describes it and is not another actor.
    if (token.pos === 'NOUN' && isRoleNoun(token.normal) && !/^\p{Lu}/u.test(token.value) && named?.mention.type !== 'person') {
      const role = readRole(text, tokens, i, 0);
      if (role) {
        // The role phrase replaces the modifier tokens already pushed.
        while (items.length > 0) {
          const previous = items[items.length - 1]!;
          if (previous.kind !== 'token' || previous.actor || previous.token.start < role.start) break;
          items.pop();
        }
        items.push({ kind: 'token', token, actor: role });
        while (i + 1 < tokens.length && tokens[i + 1]!.start < role.end) i++;
        continue;
      }
    }
    items.push({ kind: 'token', token });
  }
  return items;
}
