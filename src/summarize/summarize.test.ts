import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../analyze/index.js';
import type { AnalyzedDocument, Sentence } from '../model/index.js';
import { selectCandidates, type Candidate } from './01-candidates.js';
import { crossDocumentCentrality, DEFAULT_SELECT_OPTIONS, selectSentences } from './03-select.js';
import { compareSources } from '../compare/index.js';
import { isDeletionOf, summarize } from './index.js';

const EXAMPLE = join(process.cwd(), 'examples', 'baghdad-2007');

function analyzeText(text: string, id: string): AnalyzedDocument {
  const article = { id, title: null, outlet: null, url: null, published: null, byline: null, origin: id, format: 'text' as const, text };
  return analyzeDocument({ article, text, removed: [], offsets: [] });
}

const docs = readdirSync(EXAMPLE)
  .sort()
  .map((name, i) => analyzeText(readFileSync(join(EXAMPLE, name), 'utf8'), `S${i + 1}`));

test('summary of the example story stays within budget and repeats nothing', () => {
  const summary = summarize(docs, { words: 150 });
  const words = summary.reduce((sum, s) => sum + s.text.split(/\s+/).length, 0);
  assert.ok(words >= 100 && words <= 150 + 20, `expected about 150 words, got ${words}`);
  assert.equal(new Set(summary.map((s) => s.text)).size, summary.length);
});

test('every summary sentence is a source sentence or a deletion from one, and cites it exactly', () => {
  for (const sentence of summarize(docs)) {
    assert.ok(sentence.sources.length >= 1);
    const own = sentence.evidence[0]!;
    const doc = docs.find((d) => d.source === own.source)!;
    const whole = doc.sentences.find((s) => s.start === own.start && s.end === own.end);
    assert.ok(whole, 'the first evidence is a whole sentence of its source');
    assert.ok(isDeletionOf(sentence.text, whole.text), `${sentence.text} ⊄ ${whole.text}`);
    for (const item of sentence.evidence) {
      assert.equal(docs.find((d) => d.source === item.source)!.text.slice(item.start, item.end), item.text);
      assert.ok(sentence.sources.includes(item.source));
    }
  }
});

test('information reported by several articles cites all of them, paraphrases included', () => {
  const summary = summarize(docs, { facts: compareSources(docs).facts });
  assert.ok(summary.some((s) => s.sources.length >= 2), 'expected at least one sentence citing several sources');
  // The four-hour meeting and Crocker's call to stop arming militants are in all three articles.
  const militants = summary.find((s) => /arming, funding and training/.test(s.text));
  assert.ok(militants, 'expected the call to stop arming, funding and training militants in the summary');
  assert.ok(militants.sources.length >= 2, `expected several sources for: ${militants.text}`);
});

test('a single article still gets a summary, and the output is deterministic', () => {
  const one = summarize([docs[0]!], { words: 80 });
  assert.ok(one.length > 0);
  assert.deepEqual(one.map((s) => s.sources), one.map(() => ['S1']));
  assert.deepEqual(summarize(docs), summarize(docs));
});

test('no documents give an empty summary; a bad budget is a TypeError', () => {
  assert.deepEqual(summarize([]), []);
  assert.throws(() => summarize(docs, { words: 0 }), /summarize: expected a positive word budget/);
});

test('a sentence that opens with a reference loses to an equal one that does not, unless what it refers to is chosen', () => {
  const sentence = (index: number, text: string): Sentence => ({ source: 'S1', index, start: index * 100, end: index * 100 + text.length, text, paragraph: 0, words: text.split(' '), terms: ['talk', 'iran'] });
  const candidate = (index: number, text: string, dangling: boolean): Candidate => ({ sentence: sentence(index, text), text, terms: ['talk', 'iran'], document: 0, position: 0.5, length: 8, dangling });
  const weights = new Map([['talk', 1], ['iran', 1], ['talk iran', 1]]);
  const options = { ...DEFAULT_SELECT_OPTIONS, words: 8, leadBonus: 0 };
  const alone = candidate(5, 'He said the talks with Iran went well.', true);
  const plain = candidate(9, 'The talks with Iran went well, officials said.', false);
  assert.equal(selectSentences([alone, plain], weights, options)[0], plain);
  assert.equal(selectSentences([alone, plain], weights, { ...options, danglingFactor: 1 })[0], alone);
  // Once the sentence before it is in the summary, the reference has its antecedent and no penalty.
  const before: Candidate = { ...candidate(4, 'Ryan Crocker met the Iranian envoy Hassan Kazemi Qomi.', false), terms: ['crocker', 'envoy'] };
  const withBefore = new Map([...weights, ['crocker', 5], ['envoy', 5]]);
  assert.deepEqual(selectSentences([alone, plain, before], withBefore, { ...options, words: 16 }), [before, alone]);
});

test('cross-document centrality in linear time equals the sum of pairwise similarities', () => {
  const candidates = selectCandidates(docs);
  const linear = crossDocumentCentrality(candidates, 0.3);
  // The definition: tf-idf cosine with every candidate of another document (same document counts 0.3).
  const frequency = new Map<string, number>();
  for (const c of candidates) for (const term of new Set(c.terms)) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const unit = candidates.map((c) => {
    const vector = new Map<string, number>();
    for (const term of c.terms) vector.set(term, (vector.get(term) ?? 0) + Math.log((candidates.length + 1) / frequency.get(term)!));
    const norm = Math.sqrt([...vector.values()].reduce((sum, v) => sum + v * v, 0)) || 1;
    return new Map([...vector].map(([term, v]) => [term, v / norm]));
  });
  const pairwise = unit.map((a, i) => unit.reduce((sum, b, j) => {
    if (i === j) return sum;
    let dot = 0;
    for (const [term, v] of a) dot += v * (b.get(term) ?? 0);
    return sum + (candidates[i]!.document === candidates[j]!.document ? 0.3 : 1) * dot;
  }, 0));
  const max = Math.max(...pairwise);
  assert.ok(max > 0);
  pairwise.forEach((value, i) => assert.ok(Math.abs(value / max - linear[i]!) < 1e-9, `candidate ${i}: ${value / max} vs ${linear[i]}`));
});
