import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../analyze/index.js';
import type { AnalyzedDocument, Sentence } from '../model/index.js';
import { selectCandidates, type Candidate } from './01-candidates.js';
import { countGrams, profileSources } from './02-profile.js';
import { DEFAULT_SELECT_OPTIONS, selectSentences } from './03-select.js';
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
    // Whole sentences: one, or a run of them (a quotation split by the sentence splitter, or a sentence and the one before it that it points back to).
    assert.ok(
      doc.sentences.some((s) => s.start === own.start) && doc.sentences.some((s) => s.end === own.end),
      'the first evidence is whole sentences of its source',
    );
    assert.ok(isDeletionOf(sentence.text, own.text), `${sentence.text} ⊄ ${own.text}`);
    for (const item of sentence.evidence) {
      assert.equal(docs.find((d) => d.source === item.source)!.text.slice(item.start, item.end), item.text);
      assert.ok(sentence.sources.includes(item.source));
    }
  }
});

test('information reported by several articles cites all of them, paraphrases included', () => {
  const summary = summarize(docs, { facts: compareSources(docs).facts });
  assert.ok(
    summary.some((s) => s.sources.length >= 2),
    'expected at least one sentence citing several sources',
  );
  // The four-hour meeting and Crocker's call to stop arming militants are in all three articles.
  const militants = summary.find((s) => /arming, funding and training/.test(s.text));
  assert.ok(militants, 'expected the call to stop arming, funding and training militants in the summary');
  assert.ok(militants.sources.length >= 2, `expected several sources for: ${militants.text}`);
});

test('a single article still gets a summary, and the output is deterministic', () => {
  const one = summarize([docs[0]!], { words: 80 });
  assert.ok(one.length > 0);
  assert.deepEqual(
    one.map((s) => s.sources),
    one.map(() => ['S1']),
  );
  assert.deepEqual(summarize(docs), summarize(docs));
});

test('no documents give an empty summary; a bad budget is a TypeError', () => {
  assert.deepEqual(summarize([]), []);
  assert.throws(() => summarize(docs, { words: 0 }), /summarize: expected a positive word budget/);
});

test('a sentence that opens with a reference loses to an equal one that does not, unless what it refers to is chosen', () => {
  const sentence = (index: number, text: string): Sentence => ({
    source: 'S1',
    index,
    start: index * 100,
    end: index * 100 + text.length,
    text,
    paragraph: 0,
    words: text.split(' '),
    terms: [],
  });
  const candidate = (index: number, text: string, dangling: boolean, terms: string[]): Candidate => ({
    sentence: sentence(index, text),
    last: sentence(index, text),
    text,
    terms,
    document: 0,
    position: 0.5,
    length: text.split(' ').length,
    dangling,
  });
  // The sentence with the reference says a little more ("well"), so it wins whenever it is not penalized.
  const profile = new Map([
    ['talks', [1]],
    ['iran', [1]],
    ['talks with', [1]],
    ['with iran', [1]],
    ['well', [0.2]],
  ]);
  const alone = candidate(5, 'He said talks with Iran went well.', true, ['talk', 'iran', 'well']);
  const plain = candidate(9, 'Officials said talks with Iran happened today.', false, ['talk', 'iran']);
  const options = { ...DEFAULT_SELECT_OPTIONS, words: 7, overflow: 0 };
  assert.deepEqual(selectSentences([alone, plain], profile, options), [plain]);
  assert.deepEqual(selectSentences([alone, plain], profile, { ...options, danglingFactor: 1 }), [alone]);
  // Once the sentence before it is in the summary, the reference has its antecedent and no penalty.
  const before = candidate(4, 'Ryan Crocker met envoy Hassan Kazemi Qomi.', false, ['crocker', 'envoy']);
  const withBefore = new Map([...profile, ['crocker', [5]], ['envoy', [5]]]);
  assert.deepEqual(selectSentences([alone, plain, before], withBefore, { ...options, words: 14 }), [before, alone]);
});

test('a repeated word earns its next occurrence weight, not its first again', () => {
  const sentence = (index: number, text: string): Sentence => ({
    source: 'S1',
    index,
    start: 0,
    end: text.length,
    text,
    paragraph: 0,
    words: text.split(' '),
    terms: [],
  });
  const candidate = (index: number, text: string, terms: string[]): Candidate => ({
    sentence: sentence(index, text),
    last: sentence(index, text),
    text,
    terms,
    document: 0,
    position: 0,
    length: text.split(' ').length,
    dangling: false,
  });
  // "iran" is worth 1 once and 0.1 a second time; "talks" 0.6 once.
  const profile = new Map([
    ['iran', [1, 0.1]],
    ['talks', [0.6]],
  ]);
  const first = candidate(0, 'Iran iran iran', ['iran']);
  const again = candidate(1, 'Iran again', ['iran', 'again']);
  const talks = candidate(2, 'Talks resumed', ['talk', 'resum']);
  // First: 1.1 / 3 words; again: 1 / 2; talks: 0.6 / 2. "Iran again" first, then talks (0.3 per word)
  // beats a second Iran (0.1 / 3).
  const options = { ...DEFAULT_SELECT_OPTIONS, words: 4, overflow: 0, maxRedundancy: 1, leadFirst: false };
  assert.deepEqual(selectSentences([first, again, talks], profile, options), [again, talks]);
});

test('a sentence whose content the summary already holds is skipped', () => {
  const candidates = selectCandidates(docs);
  const profile = profileSources(docs, 250);
  const chosen = selectSentences(candidates, profile, { ...DEFAULT_SELECT_OPTIONS, words: 250 });
  const seen = new Set<string>();
  for (const candidate of chosen) {
    const terms = new Set(candidate.terms);
    const covered = [...terms].filter((term) => seen.has(term)).length;
    assert.ok(covered / terms.size < DEFAULT_SELECT_OPTIONS.maxRedundancy, candidate.text);
    for (const term of terms) seen.add(term);
  }
});

test('candidates: a speaker named only by a pronoun needs the sentence before; cut-off and ellipsis pieces are no sentences', () => {
  const doc = analyzeText(
    [
      'Ryan Crocker met the Iranian envoy Hassan Kazemi Qomi in Baghdad on Monday.',
      'Not even the issue of seven Iranians held by U.S. forces in Iraq was raised, he said.',
      'The issue, he continued, would be the context of any talks about the nuclear program.',
      'Officials said the four-hour meeting was held in the Green Zone office of the prime minister.',
      'The envoy described an Iranian plan which seeks . . . .',
      'results that would push Iraq toward a trilateral security mechanism with its neighbors.',
      'Crocker did note that the Iranians had criticized the U.S. effort to train the Iraqi',
    ].join(' '),
    'S1',
  );
  const candidates = selectCandidates([doc]);
  const texts = candidates.map((c) => c.text);
  const singles = candidates.filter((c) => c.last === c.sentence);
  assert.deepEqual(
    singles.map((c) => c.dangling),
    [false, true, true, false],
  );
  // The sentence that points back is also offered with the one before it, as one candidate.
  assert.deepEqual(
    candidates.filter((c) => c.last !== c.sentence).map((c) => [c.sentence.index, c.last.index]),
    [[0, 1]],
  );
  assert.ok(!texts.some((text) => /seeks|results that|train the Iraqi$/.test(text)), texts.join('\n'));
});

test('lazy greedy selection chooses what recomputing every score each round chooses', () => {
  const candidates = selectCandidates(docs);
  for (const words of [60, 150, 400]) {
    const profile = profileSources(docs, words);
    // The plain loop below is the greedy rule alone: no lead taken first, no check of one sentence against another.
    const options = { ...DEFAULT_SELECT_OPTIONS, words, leadFirst: false, maxPairOverlap: 1 };
    // The plain definition: each round, score every sentence that fits and repeats little; take the best.
    const chosen: Candidate[] = [];
    const have = new Map<string, number>();
    const terms = new Set<string>();
    let budget = words;
    while (budget > 0) {
      let best = -1;
      let bestScore = 0;
      candidates.forEach((candidate, i) => {
        if (chosen.includes(candidate) || candidate.length > budget + options.overflow) return;
        // A candidate that runs over a sentence already in the summary (a pair, a split quotation) is out.
        const covers = (c: Candidate, index: number) => c.document === candidate.document && index >= c.sentence.index && index <= c.last.index;
        for (let index = candidate.sentence.index; index <= candidate.last.index; index++) if (chosen.some((c) => covers(c, index))) return;
        const own = new Set(candidate.terms);
        if (own.size > 0 && [...own].filter((term) => terms.has(term)).length / own.size >= options.maxRedundancy) return;
        let gain = 0;
        for (const [gram, count] of countGrams(candidate.text)) {
          const weights = profile.get(gram) ?? [];
          const from = have.get(gram) ?? 0;
          for (let k = from; k < Math.min(weights.length, from + count); k++) gain += weights[k]!;
        }
        const alone = candidate.dangling && !chosen.some((c) => c.document === candidate.document && c.last.index === candidate.sentence.index - 1);
        const score = ((alone ? options.danglingFactor : 1) * gain) / candidate.length;
        if (score > bestScore) [best, bestScore] = [i, score];
      });
      if (best < 0) break;
      const pick = candidates[best]!;
      chosen.push(pick);
      budget -= pick.length;
      for (const term of pick.terms) terms.add(term);
      for (const [gram, count] of countGrams(pick.text)) have.set(gram, (have.get(gram) ?? 0) + count);
    }
    assert.deepEqual(selectSentences(candidates, profile, options), chosen, `${words} words`);
  }
});

test('a stray quote mark in a text with no paragraphs (a lower-cased Multi-News copy) does not swallow the sentences after it', () => {
  const body = Array.from({ length: 12 }, (_, i) => `the city council approved budget item number ${i + 1} after a long debate on tuesday evening.`).join(' ');
  const doc = analyzeText(`" officials said the plan was ready. ${body}`, 'S1');
  const candidates = selectCandidates([doc]);
  assert.ok(candidates.length >= 10, `${candidates.length} candidates`);
});

test('a copy with only its sentences\' first letters restored ("Russia\'s…" but `"i love…`) keeps its quotations as candidates', () => {
  const text =
    "Russia's top investigative body said saturday it is looking into several possible motives for the killing. " +
    '"i love russia and want the best for her, so for me criticizing putin is a very patriotic activity, " mr. nemtsov said in an interview in 2011. ' +
    'Poroshenko paid tribute to nemtsov, who was shot dead late on friday in central moscow. ' +
    'Thousands of people were expected to march through the capital on sunday in his memory. ' +
    'Police said they had opened a murder case and were questioning several witnesses to the shooting. ' +
    '"everybody who supports them in fact supports a regime that is destroying the country, " he wrote last year.';
  const candidates = selectCandidates([analyzeText(text, 'S1')]);
  assert.ok(
    candidates.some((candidate) => candidate.text.startsWith('"i love russia')),
    candidates.map((candidate) => candidate.text).join(' | '),
  );
});

test('a story written in capitals (wire copy, transcripts) is summarized; one capitals transcript among cased articles is not quoted', () => {
  const upper = readdirSync(EXAMPLE)
    .sort()
    .map((name, i) => analyzeText(readFileSync(join(EXAMPLE, name), 'utf8').toUpperCase(), `S${i + 1}`));
  const shouted = summarize(upper, { words: 150 });
  assert.ok(shouted.length >= 3, `${shouted.length} sentences`);
  const cased = summarize(docs, { words: 150 });
  assert.deepEqual(
    shouted.map((sentence) => sentence.text),
    cased.map((sentence) => sentence.text.toUpperCase()),
    'the same sentences as the cased story',
  );
  const mixed = summarize([...docs.slice(0, 2), upper[2]!], { words: 150 });
  assert.ok(mixed.every((sentence) => sentence.text !== sentence.text.toUpperCase()));
});
