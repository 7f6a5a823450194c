import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readHtmlPage } from './html-dom.js';
import { attributeWords, type PruneRule } from './html-prune.js';

// Real-looking article pages: six paragraphs of prose plus one piece of furniture. Each test reads the page twice:
// with the rule vetoed (the furniture is there, so the test can fail) and as the product reads it.
const PROSE = [
  'The European Space Agency says putting astronauts into a state of suspended animation could make it easier to reach other planets.',
  'The agency said Monday that its researchers examined how hibernation would affect the design of a crewed mission to Mars.',
  'While slowing down the metabolic rate of humans is not possible yet, the head of the research team says the idea is not so crazy.',
  'Challenges include designing the spacecraft to operate largely on its own while the crew sleeps through much of the cruise.',
  'The study concluded that hibernation could shrink the size of the spacecraft by a third, because less food and water are needed.',
  'Researchers will present the findings to the agency in the spring, when the next phase of the programme is decided.',
];
const page = (furniture: string, { before = '', url = 'https://news.example.com/2019/11/hibernation.html' } = {}): string =>
  `<!doctype html><html><head><title>Snooze cruise</title><link rel="canonical" href="${url}"></head><body><main><article>${before}` +
  `<h1>Snooze cruise: study sees future for hibernating astronauts</h1>${PROSE.slice(0, 3)
    .map((p) => `<p>${p}</p>`)
    .join('')}${furniture}${PROSE.slice(3)
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></main></body></html>`;

function read(html: string, veto?: PruneRule): string {
  return readHtmlPage(html, null, veto ? (rule) => rule !== veto : undefined).article?.text ?? '';
}

function assertPruned(html: string, rule: PruneRule, furniture: RegExp): void {
  assert.match(read(html, rule), furniture, `without the ${rule} rule the furniture is read`);
  const text = read(html);
  assert.doesNotMatch(text, furniture);
  for (const paragraph of PROSE) assert.ok(text.includes(paragraph), `prose kept: ${paragraph.slice(0, 40)}`);
}

test('class and id words split at punctuation and case changes', () => {
  assert.deepEqual(attributeWords('InlineImage-imageEmbedCaption rail__item'), ['inline', 'image', 'image', 'embed', 'caption', 'rail', 'item']);
});

test('figure captions go', () => {
  assertPruned(
    page('<figure><img src="a.jpg"><figcaption>Astronauts on a space walk in 2006. (NASA via AP)</figcaption></figure>'),
    'caption',
    /space walk in 2006/,
  );
});

test('a box named as an image with a few words (its caption) goes', () => {
  assertPruned(
    page('<div class="image top"><img src="a.jpg"><p>In this file photo, astronauts participate in a space walk. (NASA via AP, File)</p></div>'),
    'caption',
    /file photo/,
  );
});

test('boxes named as furniture go: an author bio, a related-stories box', () => {
  assertPruned(
    page('<div class="author-bio"><p>Mike Wall is a senior writer who covers the search for alien life and the exploration of space for the site.</p></div>'),
    'hint',
    /senior writer/,
  );
  assertPruned(page('<div class="relatedContent"><h3>Holiday gift guides</h3><ul><li>Best gadgets of 2019</li></ul></div>'), 'hint', /Holiday gift guides/);
});

test('a box named as furniture that holds the article stays (it wraps the prose)', () => {
  const html = `<!doctype html><html><body><div class="story has-share-bar">${PROSE.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
  const text = read(html);
  for (const paragraph of PROSE) assert.ok(text.includes(paragraph));
});

test("an article's own header (headline, standfirst, byline) goes", () => {
  assertPruned(
    page('', { before: '<header><h2>Sleeping through the trip to Mars</h2><p class="standfirst">A new study from the agency.</p></header>' }),
    'header',
    /Sleeping through/,
  );
});

test('short lines with a date or an author go: "Updated … Posted …", "By … - 11/18/19"', () => {
  assertPruned(page('<div>Updated <time datetime="2019-11-19T09:41">Nov 19, 9:41 AM</time>; Posted Nov 18, 8:19 PM</div>'), 'dated-line', /Posted Nov 18/);
  assertPruned(
    page('<div class="s-data">The Associated Press <span class="date">Published Monday, November 18, 2019 8:22AM EST</span></div>'),
    'dated-line',
    /Associated Press/,
  );
  assertPruned(page('<p>By <a rel="author" href="/staff/jc">Justine Coleman</a></p>'), 'byline', /^By$/m);
});

test('a paragraph that is only a link to another story of the same site goes; a link to a shop stays', () => {
  assertPruned(page('<p><a href="/2019/11/rock-hall.html">Who will make the Rock Hall in 2020?</a></p>'), 'link-list', /Rock Hall/);
  assertPruned(page('<ul><li><a href="https://news.example.com/a">Fans want The Doobie Brothers in the Rock Hall</a></li></ul>'), 'link-list', /Doobie/);
  const shop = read(page('<ul><li><a href="https://r.shop.example.net/u/apjl">Get it on Amazon for $649.99</a></li></ul>'));
  assert.match(shop, /Get it on Amazon for \$649\.99/);
});

test("a hidden hover card of links inside a sentence goes, the sentence's own link stays", () => {
  const card =
    '<p>South Dakota Gov. <span class="rollover"><a href="/people/kristi-noem">Kristi Noem</a><span class="block"><a href="/people/kristi-noem">Kristi Lynn Noem</a><a href="/news/1">South Dakota governor doubles down</a> <a href="/news/2">South Dakota drops pipeline protest laws</a></span></span> (R) is defending the campaign.</p>';
  assert.match(read(page(card), 'link-cluster'), /Kristi Lynn Noem/);
  assert.match(read(page(card)), /South Dakota Gov\. Kristi Noem \(R\) is defending the campaign\./);
});

test('the headline repeated in the body goes', () => {
  const html = page('<h3>Hibernating astronauts would need smaller spacecraft</h3>').replace(
    '<title>Snooze cruise</title>',
    '<title>Study: hibernation could help | News</title><meta property="og:title" content="Hibernating astronauts would need smaller spacecraft">',
  );
  assertPruned(html, 'title', /^Hibernating astronauts would need/m);
});

test('a tweet embedded in a box named "social" is read as part of the article', () => {
  const tweet =
    '<div class="social-media-embed"><blockquote class="twitter-tweet"><p>Yes this is real and yes the state spent nearly half a million dollars on it</p>— Dianna E. Anderson (@diannaeanderson)</blockquote><script src="https://platform.twitter.com/widgets.js"></script></div>';
  assert.match(read(page(tweet)), /Yes this is real and yes the state spent nearly half a million dollars on it/);
});

test('a page wrapped in one <form> (ASP.NET) keeps its article; a real form goes', () => {
  const wrapped = `<!doctype html><html><body><form id="aspnetForm" method="post"><nav><a href="/">Home</a></nav><article>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article></form></body></html>`;
  assert.ok(readHtmlPage(wrapped).article?.text.includes(PROSE[0]!));
  const search = read(page('<form action="/search"><p>Search the archive of the site for more stories about space and science.</p></form>'));
  assert.doesNotMatch(search, /Search the archive/);
});
