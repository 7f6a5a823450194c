import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalyzedDocument, EntityType } from '../model/index.js';
import { tagNamedSpans } from './compromise-tagger.js';
import { normalizeEntityKey } from './entity-keys.js';
import { analyzeDocument } from './index.js';
import { GOLD_ENTITIES, GOLD_QUOTES, type EntityLabel } from '../../test/fixtures/analyze/baghdad-gold.js';
import { readExampleDocs } from '../../test/fixtures/analyze/example-docs.js';

interface Span {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  readonly key: string;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Gold mentions: every whole-word occurrence of a labelled surface, longest surfaces first, no overlaps. */
function findGoldSpans(text: string, labels: readonly EntityLabel[]): Span[] {
  const spans: Span[] = [];
  for (const [surface, type, canonical] of [...labels].sort((a, b) => b[0].length - a[0].length)) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(surface)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + surface.length;
      if (spans.some((span) => start < span.end && end > span.start)) continue;
      spans.push({ start, end, type, key: normalizeEntityKey(canonical ?? surface, type) });
    }
  }
  return spans;
}

function score(found: number, predicted: number, gold: number): { precision: number; recall: number; f1: number } {
  const precision = predicted ? found / predicted : 1;
  const recall = gold ? found / gold : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

const format = (s: { precision: number; recall: number; f1: number }): string => `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`;

const TYPED = new Set<EntityType>(['person', 'organization', 'place']);
const docs = readExampleDocs();
const analyzed = new Map<string, AnalyzedDocument>([...docs].map(([name, clean]) => [name, analyzeDocument(clean)]));

test('entities on the example story: typed mention and entity precision/recall against hand labels', (t) => {
  let goldCount = 0;
  let predictedCount = 0;
  let matched = 0;
  let baselinePredicted = 0;
  let baselineMatched = 0;
  let otherCount = 0;
  const goldEntities = new Set<string>();
  const predictedEntities = new Set<string>();
  for (const [name, doc] of analyzed) {
    const gold = findGoldSpans(doc.text, GOLD_ENTITIES[name]!);
    const predicted = doc.entities.filter((entity) => TYPED.has(entity.type));
    otherCount += doc.entities.length - predicted.length;
    goldCount += gold.length;
    predictedCount += predicted.length;
    const isGold = (start: number, end: number, type: EntityType) => gold.some((g) => g.start === start && g.end === end && g.type === type);
    const misses = gold.filter((g) => !predicted.some((p) => p.start === g.start && p.end === g.end && p.type === g.type));
    const extras = predicted.filter((p) => !isGold(p.start, p.end, p.type));
    matched += predicted.length - extras.length;
    for (const g of gold) goldEntities.add(`${name}|${g.type}|${g.key}`);
    for (const p of predicted) predictedEntities.add(`${name}|${p.type}|${p.entity}`);
    if (misses.length + extras.length > 0) {
      t.diagnostic(
        `${name}: missed ${misses.map((g) => `${g.type}:${doc.text.slice(g.start, g.end)}`).join(', ') || '-'}; extra ${extras.map((p) => `${p.type}:${p.text}`).join(', ') || '-'}`,
      );
    }
    const baseline = tagNamedSpans(doc.text);
    baselinePredicted += baseline.length;
    baselineMatched += baseline.filter((b) => isGold(b.start, b.end, b.type)).length;
  }
  const mentions = score(matched, predictedCount, goldCount);
  const entityHits = [...predictedEntities].filter((key) => goldEntities.has(key)).length;
  const entities = score(entityHits, predictedEntities.size, goldEntities.size);
  const baseline = score(baselineMatched, baselinePredicted, goldCount);
  t.diagnostic(`typed mentions (${goldCount} gold, ${predictedCount} predicted, ${otherCount} 'other'): ${format(mentions)}`);
  t.diagnostic(`typed entities per document (${goldEntities.size} gold, ${predictedEntities.size} predicted): ${format(entities)}`);
  t.diagnostic(`compromise people()/organizations()/places() alone, same labels: ${format(baseline)}`);
  assert.ok(mentions.f1 >= 0.95, `mention F1 ${mentions.f1}`);
  assert.ok(entities.f1 >= 0.95, `entity F1 ${entities.f1}`);
});

test('quotes on the example story: every quote found, speakers against hand labels', (t) => {
  const remaining = new Map([...analyzed].map(([name, doc]) => [name, [...doc.quotes]]));
  let found = 0;
  let correct = 0;
  for (const [name, prefix, speaker] of GOLD_QUOTES) {
    const quotes = remaining.get(name)!;
    const index = quotes.findIndex((quote) => quote.text.startsWith(prefix));
    if (index < 0) {
      t.diagnostic(`missed quote in ${name}: ${prefix}`);
      continue;
    }
    const [quote] = quotes.splice(index, 1);
    found++;
    if (quote!.speaker === speaker) correct++;
    else t.diagnostic(`wrong speaker in ${name} for "${prefix}": ${quote!.speaker} (gold ${speaker})`);
  }
  const extra = [...remaining.values()].flat();
  for (const quote of extra) t.diagnostic(`extra quote in ${quote.source}: ${quote.text}`);
  const predicted = [...analyzed.values()].reduce((sum, doc) => sum + doc.quotes.length, 0);
  t.diagnostic(`quotes: ${found}/${GOLD_QUOTES.length} found, ${predicted} predicted; speaker accuracy ${correct}/${found} = ${(correct / found).toFixed(3)}`);
  assert.equal(extra.length, 0);
  assert.ok(found / GOLD_QUOTES.length >= 0.95);
  assert.ok(correct / found >= 0.9, `speaker accuracy ${correct}/${found}`);
});

test('every extracted span on the example story is an exact slice of the cleaned text', () => {
  for (const doc of analyzed.values()) {
    for (const item of [...doc.entities, ...doc.quotes, ...doc.dates, ...doc.numbers]) {
      assert.equal(doc.text.slice(item.start, item.end), item.text);
      const sentence = doc.sentences[item.sentence]!;
      assert.ok(item.start >= sentence.start && item.start < sentence.end, `${item.text} starts in sentence ${item.sentence}`);
    }
  }
});
