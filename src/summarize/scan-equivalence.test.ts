import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { analyzeDocument } from '../analyze/index.js';
import { cleanArticle } from '../clean/index.js';
import type { SummarySentence } from '../model/index.js';
import { makeArticle } from '../../test/fixtures/analyze/example-docs.js';
import { sharedDataPath } from '../../test/fixtures/paths.js';
import { chooseTitleByScan, profileByScan } from '../../test/fixtures/reference/summarize-scan.js';
import { plainWordsIn, readPlainWords } from '../analyze/index.js';
import { selectCandidates } from './01-candidates.js';
import { countGrams, DEFAULT_PROFILE_OPTIONS, GramVocabulary, profileSources, readCandidateGrams, readStoryGrams, weighStoryGrams } from './02-profile.js';
import { chooseTitle } from './06-title.js';

// The source profile summed over each gram's own sources, and the title scored from counts of titles per term,
// must equal the loops over every source and every pair of titles they replace, on real stories.
const ECBPLUS = sharedDataPath('ecbplus_story_clustering', 'ecbplus_story_clustering.jsonl.gz');

interface EcbArticle {
  readonly story: string;
  readonly title: string;
  readonly text: string;
}

function readStories(): EcbArticle[][] {
  const byStory = new Map<string, EcbArticle[]>();
  for (const line of gunzipSync(readFileSync(ECBPLUS)).toString('utf8').split('\n')) {
    if (line.trim() === '') continue;
    const article = JSON.parse(line) as EcbArticle;
    byStory.set(article.story, [...(byStory.get(article.story) ?? []), article]);
  }
  return [...byStory.values()];
}

test('summarize: profile and title equal the plain loops on 12 ECB+ stories (titles repeated too)', (t) => {
  if (!existsSync(ECBPLUS)) return t.skip('../shared/data not available');
  for (const story of readStories().slice(0, 12)) {
    const cleaned = story.map((article, index) => cleanArticle({ ...makeArticle(article.text, `S${index + 1}`), title: article.title }).article);
    const docs = cleaned.map((clean) => analyzeDocument(clean));
    for (const words of [100, 250]) assert.deepEqual(profileSources(docs, words), profileByScan(docs, words, DEFAULT_PROFILE_OPTIONS));
    const summary: SummarySentence[] = [{ text: docs[0]!.sentences[0]?.text ?? '', sources: [], evidence: [] }];
    // The story's titles, and the same with the first two repeated (identical titles do not count each other).
    for (const articles of [cleaned, [...cleaned, cleaned[0]!, cleaned[1] ?? cleaned[0]!]]) {
      const titles = articles.map((clean) => clean.article.title?.trim() ?? '').filter((title) => title.length > 0);
      assert.equal(chooseTitle(articles, summary), chooseTitleByScan(titles, summary[0]!.text));
    }
  }
});

test('summarize: grams read from the token table and numbered are the grams of the sentence text, on 12 ECB+ stories', (t) => {
  if (!existsSync(ECBPLUS)) return t.skip('../shared/data not available');
  for (const story of readStories().slice(0, 12)) {
    const docs = story.map((article, index) => analyzeDocument(cleanArticle({ ...makeArticle(article.text, `S${index + 1}`), title: article.title }).article));
    for (const doc of docs)
      for (const sentence of doc.sentences) assert.deepEqual(plainWordsIn(doc, sentence.start, sentence.end), readPlainWords(sentence.text));
    const grams = readStoryGrams(docs);
    const weights = weighStoryGrams(grams, 250);
    const profile = profileSources(docs, 250);
    for (const candidate of selectCandidates(docs)) {
      const read = readCandidateGrams(candidate, docs, grams, weights);
      const expected = [...countGrams(candidate.text)].filter(([gram]) => profile.has(gram));
      assert.deepEqual(
        read.grams.map((id, i) => [grams.vocabulary.textOf(id), read.counts[i]]),
        expected,
      );
    }
  }
});

// Frozen all the way down, as the store hands back a kept analysis.
const deepFreeze = <T>(value: T): T => {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
};

test('summarize: a story numbered from its (frozen, kept) documents read alone has the ids one vocabulary gives reading every sentence in turn, also in another order', (t) => {
  if (!existsSync(ECBPLUS)) return t.skip('../shared/data not available');
  for (const story of readStories().slice(0, 12)) {
    const docs = story.map((article, index) =>
      deepFreeze(structuredClone(analyzeDocument(cleanArticle({ ...makeArticle(article.text, `S${index + 1}`), title: article.title }).article))),
    );
    const inTurn = (order: typeof docs) => {
      const vocabulary = new GramVocabulary();
      return order.map((doc) => doc.sentences.map((sentence) => vocabulary.readGrams(plainWordsIn(doc, sentence.start, sentence.end), true)));
    };
    assert.deepEqual(readStoryGrams(docs).sentences, inTurn(docs));
    // The documents are read alone once; numbered again in another story order, the ids follow that order.
    const reversed = [...docs].reverse();
    assert.deepEqual(readStoryGrams(reversed).sentences, inTurn(reversed));
  }
});
