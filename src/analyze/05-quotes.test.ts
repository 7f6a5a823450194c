import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from './index.js';
import { makeClean } from '../../test/fixtures/analyze/example-docs.js';

function quotesOf(text: string) {
  return analyzeDocument(makeClean(text)).quotes.map((quote) => ({ text: quote.text, speaker: quote.speaker, fragment: quote.fragment }));
}

function speakersOf(text: string): (string | null)[] {
  return quotesOf(text).map((quote) => quote.speaker);
}

const INTRO = 'US Ambassador to Iraq Ryan Crocker held the talks in Baghdad with his Iranian counterpart, Hassan Kazemi Qomi.\n';

test('"X said" after the quote, and the text is the exact slice without marks or trailing comma', () => {
  const text = `${INTRO}"The focus of our discussions were Iraq and Iraq only," Crocker said.`;
  const [quote] = analyzeDocument(makeClean(text)).quotes;
  assert.equal(quote?.text, 'The focus of our discussions were Iraq and Iraq only');
  assert.equal(text.slice(quote!.start, quote!.end), quote!.text);
  assert.equal(quote?.speaker, 'Ryan Crocker');
  assert.equal(quote?.speakerEntity, 'ryan crocker');
  assert.equal(quote?.verb, 'say');
  assert.equal(quote?.fragment, false);
});

test('"said X" with an unnamed speaker keeps the role as written', () => {
  const text = '"We don\'t have a problem with America talking to Iran about Iraq as such," said one Israeli diplomat.';
  assert.deepEqual(speakersOf(text), ['one Israeli diplomat']);
});

test('"X told reporters" and a quote in the next sentence of the same paragraph', () => {
  const text =
    INTRO +
    '"We will consider that when we receive it," Crocker told reporters in the U.S.-controlled Green Zone. "The purpose of this meeting was not to arrange other meetings."';
  assert.deepEqual(speakersOf(text), ['Ryan Crocker', 'Ryan Crocker']);
});

test('"quoted X as saying": the speaker is X, not the reporter', () => {
  const text =
    INTRO +
    '"You know diplomacy ... You don\'t need a lot of substance to take up a lot of time," NPR\'s Anne Garrels quoted Crocker as saying.\nMore meetings are "up to Washington," Garrels quoted Crocker as saying.';
  const quotes = quotesOf(text);
  assert.deepEqual(
    quotes.map((q) => q.speaker),
    ['Ryan Crocker', 'Ryan Crocker'],
  );
  assert.deepEqual(
    quotes.map((q) => q.fragment),
    [false, true],
  );
});

test('a colon introduction with a pronoun refers back to the last person', () => {
  const text = `${INTRO}The Iranians laid out their policy toward Iraq, Crocker said.\nHe added: "This is about actions not just principles."`;
  assert.deepEqual(speakersOf(text), ['Ryan Crocker']);
});

test('"he said" refers to the subject of the previous sentence, not a person named inside a quote', () => {
  const text =
    'In the course of the meeting, Ali al-Dabagh, an Iraqi government spokesman, told reporters that the session was proceeding cordially. "There are good intentions and understanding and commitment between the two countries," he said.';
  assert.deepEqual(speakersOf(text), ['Ali al-Dabagh']);
});

test('a role ("US envoy to Iraq") resolves to the person with that title', () => {
  const text =
    'US envoy to Iraq described conversation as "businesslike" and said that on "policy and principle" level, Iranian position was "very close" to US\'s.\n' +
    INTRO;
  const quotes = quotesOf(text);
  assert.deepEqual(
    quotes.map((q) => q.speaker),
    ['Ryan Crocker', 'Ryan Crocker', 'Ryan Crocker'],
  );
  assert.ok(quotes.every((q) => q.fragment));
});

test('"the Iranian envoy" resolves to the Iranian, not the American ambassador', () => {
  const text = `${INTRO}The Associated Press reported later that the Iranian envoy said more talks would be held.\n"We are ready," the Iranian envoy said.`;
  assert.deepEqual(speakersOf(text), ['Hassan Kazemi Qomi']);
});

test('"according to X" and the subject of a reporting verb before the quote', () => {
  const text =
    INTRO +
    'According to Crocker, the purpose was "to lay out concrete concerns, as we did."\nQomi said he told the Americans that Teheran was ready to create "a new military and security structure."';
  assert.deepEqual(speakersOf(text), ['Ryan Crocker', 'Hassan Kazemi Qomi']);
});

test('a quote that runs over two paragraphs keeps its speaker', () => {
  const text =
    'Iraqi Prime Minister Nouri al-Maliki opened the meeting. "Our participation will not be incidental," he said. "We are an essential side.\n"We seek results that would push Iraq toward security and stability."';
  const quotes = quotesOf(text);
  assert.equal(quotes.length, 3);
  assert.deepEqual(
    quotes.map((q) => q.speaker),
    ['Nouri al-Maliki', 'Nouri al-Maliki', 'Nouri al-Maliki'],
  );
  assert.equal(quotes[2]!.text, 'We seek results that would push Iraq toward security and stability.');
});

test('curly quotes are read like straight ones', () => {
  const text = `${INTRO}“The subject and focus of the meeting was Iraq,” Crocker told reporters in a telephone briefing.`;
  assert.deepEqual(quotesOf(text), [{ text: 'The subject and focus of the meeting was Iraq', speaker: 'Ryan Crocker', fragment: false }]);
});

test('negative: scare quotes of the writer get no speaker', () => {
  const text =
    'That depends on just how much you qualify "unprecedented". U.S. officials were with Iranians in the Iraq "neighbors" meeting in Egypt. Some commentators get around that by calling this the first "public" and "bilateral" meeting.';
  const quotes = quotesOf(text);
  assert.equal(quotes.length, 4);
  assert.ok(quotes.every((q) => q.speaker === null && q.fragment));
});

test('negative: apostrophes and unbalanced marks are not quotes', () => {
  const text =
    "The Iranians' position and the Americans' reply were in the '90s style, rock 'n' roll.\nHe said \"this never closes\nAnd the next paragraph has no quote.";
  assert.deepEqual(quotesOf(text), []);
});

test('"told X:" names the audience, not the speaker; an anonymous speaker is kept as written (real sentences)', () => {
  const bp =
    'Ashley Hamilton Claxton, corporate governance manager at Royal London, told the BBC: "The executives received the maximum bonuses possible in a year when BP made a record loss."';
  assert.deepEqual(speakersOf(bp), ['Ashley Hamilton Claxton']);
  const insider = 'An insider tells us, “In September, a judge ordered Frances Bean to pay Silva $15,000 a month in spousal support.”';
  assert.deepEqual(speakersOf(insider), ['An insider']);
  // "said Yeager:" is the speaker put after the verb, not an audience.
  const yeager = 'One big difference between Page and most neighbors, said Yeager:\n"She felt more comfortable in the nude than in clothes."';
  const before =
    '"She looked so fresh and wholesome," said Bunny Yeager, whose photographs of Page appeared in virtually every men\'s magazine in the nineteen fifties.';
  assert.deepEqual(speakersOf(`${before}\n${yeager}`), ['Bunny Yeager', 'Bunny Yeager']);
});
