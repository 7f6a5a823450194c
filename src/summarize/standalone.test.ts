import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runPipeline } from '../pipeline/index.js';
import { chooseTitle } from './06-title.js';
import { EXAMPLES_DIR, sharedDataPath } from '../../test/fixtures/paths.js';
import { readJsonLines } from '../../test/support/example-story.js';

// A sentence opening with a pronoun or a demonstrative, or attributing to a pronoun, points back.
const POINTS_BACK =
  /^["“]?(?:(?:but|and|so|also),?\s+)?(?:he|she|they|him|her|them|his|their|this|these|those|such)\b|[,"”]\s*(?:he|she|they)\s+(?:said|says|added|continued|told)\b/i;

// What a reader of a briefing checks (issue 11), on real text: every summary sentence can be read alone (what
// it points back to comes right before it), no quotation is cut open, the lead opens it, a source is cited only
// when its passage holds the sentence's figures, and the title is a headline.
const TEST200 = sharedDataPath('multinews_longbench_test200', 'multinews_longbench_test200.jsonl.gz');
const example = () =>
  runPipeline({
    inputs: readdirSync(EXAMPLES_DIR)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(EXAMPLES_DIR, name))) })),
  });

function assertReadable(result: ReturnType<typeof runPipeline>, label: string): void {
  const { summary } = result.briefing;
  const docs = new Map(result.story.docs.map((doc) => [doc.source, doc]));
  summary.forEach((sentence, i) => {
    assert.equal((sentence.text.match(/"/g) ?? []).length % 2, 0, `${label}: a quotation cut open: ${sentence.text}`);
    const own = sentence.evidence[0]!;
    const sentences = docs.get(own.source)!.sentences;
    // The source sentence the summary sentence opens with (a summary sentence may hold two).
    if (!POINTS_BACK.test(sentences[own.sentence]!.text)) return;
    // It points back: the summary sentence before it ends with the sentence before it in the same source.
    const before = summary[i - 1]?.evidence[0];
    const previous = sentences[own.sentence - 1];
    assert.ok(before && previous && before.source === own.source && before.end === previous.end, `${label}: alone: ${sentence.text}`);
  });
}

test('the example story: every summary sentence reads alone, and the lead of an article opens the summary', () => {
  const result = example();
  assertReadable(result, 'example');
  const first = result.briefing.summary[0]!.evidence[0]!;
  const lead = result.story.docs
    .find((doc) => doc.source === first.source)!
    .sentences.find((sentence) => sentence.words.length >= 6 && /[.!?]"?$/.test(sentence.text));
  assert.equal(first.start, lead!.start, result.briefing.summary[0]!.text);
});

test('real clusters: no summary sentence points back at nothing or cuts a quotation open; titles are headlines', {
  skip: !existsSync(TEST200) && 'shared data not present',
}, () => {
  const clusters = readJsonLines<{ documents: string[] }>(TEST200, 12);
  for (const [index, cluster] of clusters.entries()) {
    const result = runPipeline({ records: cluster.documents.map((text) => ({ text })) });
    assertReadable(result, `cluster ${index}`);
    const title = result.briefing.title;
    assert.ok(!/…$/.test(title) && title.split(/\s+/).length <= 18, `cluster ${index}: title ${title}`);
  }
  // Cluster 0: "We look forward to working with Occupy Philadelphia … problem. | Thank you in advance for your cooperation.""
  const occupy = runPipeline({ records: clusters[0]!.documents.map((text) => ({ text })) }).briefing.summary;
  assert.ok(!occupy.some((sentence) => /^Thank you in advance/.test(sentence.text)));
});

test('a source is cited only when its passage holds the figures of the summary sentence', { skip: !existsSync(TEST200) && 'shared data not present' }, () => {
  const clusters = readJsonLines<{ documents: string[] }>(TEST200, 12);
  for (const cluster of clusters) {
    const { summary } = runPipeline({ records: cluster.documents.map((text) => ({ text })) }).briefing;
    for (const sentence of summary) {
      const figures = sentence.text.match(/\d[\d,.]*\d|\d/g) ?? [];
      for (const item of sentence.evidence.slice(1)) {
        for (const figure of figures)
          assert.ok(item.text.replace(/,/g, '').includes(figure.replace(/,/g, '')), `${figure} of "${sentence.text}" not in ${item.source}: ${item.text}`);
      }
    }
  }
});

test('a lower-cased copy of a story (as Multi-News ships one) still offers its sentences: case marks a piece of a sentence only in cased text', () => {
  const records = readdirSync(EXAMPLES_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ text: readFileSync(join(EXAMPLES_DIR, name), 'utf8') }));
  const cased = runPipeline({ records }).briefing.summary;
  const lowered = runPipeline({ records: records.map(({ text }) => ({ text: text.toLowerCase() })) }).briefing.summary;
  const words = (summary: typeof cased) => summary.reduce((sum, sentence) => sum + sentence.text.split(/\s+/).length, 0);
  assert.ok(words(lowered) >= 0.8 * words(cased), `lower-cased summary ${words(lowered)} words, cased ${words(cased)}`);
});

test('a story without titles is titled by a summary sentence that reads alone, not by one opening with "He" or a quotation', () => {
  // The example's own sentences, as the summary of a story whose articles have no title (Multi-News+ clusters).
  const articles = [{ article: { title: null } }] as unknown as Parameters<typeof chooseTitle>[0];
  const sentence = (text: string) => ({ text, sources: [], evidence: [] });
  const summary = [
    sentence('He said Iran proposed setting up a "trilateral security mechanism" that would include the U.S., Iraq and Iran.'),
    sentence('"The subject and focus of the meeting was Iraq," Crocker told reporters in a telephone briefing.'),
    sentence("The talks were held at Iraqi Prime Minister Nouri al-Maliki's Green Zone office."),
  ];
  assert.equal(chooseTitle(articles, summary), "The talks were held at Iraqi Prime Minister Nouri al-Maliki's Green Zone office");
  // Lower-cased text (multinews_plus_val): the headline starts with a capital, as the summary's sentences do.
  const lower = 'after hearing duke\'s comments, cruz told cnn it was " irresponsible " to spin the island\'s devastation so positively.';
  assert.equal(chooseTitle(articles, [sentence(lower)]), `A${lower.slice(1, -1)}`);
});
