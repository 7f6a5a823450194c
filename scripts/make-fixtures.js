#!/usr/bin/env node
// Writes the ingest fixtures in test/fixtures/ from the example story in examples/baghdad-2007/:
// the three articles as realistic HTML pages, as JSON lines, as one Multi-News line, as RSS and Atom
// feeds, plus the bad inputs in test/fixtures/bad/. Deterministic: run it again, get the same bytes.
//   node scripts/make-fixtures.js
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = (...parts) => join(root, 'test', 'fixtures', ...parts);
const write = (path, content) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
};
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const example = (name) => readFileSync(join(root, 'examples', 'baghdad-2007', name), 'utf8');
const paragraphs = (text) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

// The three articles, split into the parts a web page would place in different elements.
const npr = example('us-envoy-cites-similarity-with-iran.txt');
const nprParts = paragraphs(npr);
const nprCaption = nprParts[3].split('\n')[0];
const nprBody = nprParts.slice(4, -1);
const jpost = example('us-iran-talks-focus-on-iraq-security.txt');
const jpostParts = paragraphs(jpost);
const jpostBody = jpostParts[2].split('\n').slice(3).join('\n');
const milestone = example('milestone-us-iran-talks-minimal-progress.txt');
const milestoneBody = paragraphs(milestone).slice(1);

const ARTICLES = [
  {
    file: 'milestone-us-iran-talks-minimal-progress',
    site: 'Baghdad Dispatch',
    host: 'www.baghdad-dispatch.example',
    path: '/2007/05/28/milestone-us-iran-talks-minimal-progress',
    headline: 'Milestone U.S.-Iran Talks Make Minimal Progress',
    author: 'Baghdad Dispatch correspondent',
    time: '2007-05-28T18:10:00+03:00',
    standfirst: null,
    figure: null,
    body: milestoneBody,
    text: milestoneBody.join('\n\n'),
  },
  {
    file: 'us-envoy-cites-similarity-with-iran',
    site: 'NPR',
    host: 'www.npr.org',
    path: '/2007/05/28/us-envoy-cites-similarity-with-iran-on-iraq',
    headline: "U.S. Envoy Cites 'Similarity' with Iran on Iraq",
    author: 'NPR Staff and Wire Reports',
    time: '2007-05-28T14:00:00-04:00',
    standfirst: null,
    figure: { alt: 'Ryan Crocker and Hassan Kazemi Qomi', caption: nprCaption, credit: '(AP Photo/Pool)' },
    body: nprBody,
    text: nprBody.filter((p) => p !== 'Advertisement').join('\n\n'),
  },
  {
    file: 'us-iran-talks-focus-on-iraq-security',
    site: 'The Jerusalem Post',
    host: 'www.jpost.com',
    path: '/International/Article.aspx?id=us-iran-talks-focus-on-iraq-security',
    headline: 'US-Iran talks focus on Iraq security',
    author: 'Jerusalem Post Staff and AP',
    time: '2007-05-28T20:45:00+03:00',
    standfirst: jpostParts[1],
    figure: { alt: 'iran us meeting 298', caption: 'iran us meeting 298 (photo credit: AP)' },
    body: [jpostBody],
    text: `${jpostParts[1]}\n\n${jpostBody}`,
  },
];

function renderPage(article) {
  const url = `https://${article.host}${article.path}`;
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    datePublished: '2007-05-28',
    dateModified: article.time,
    author: [{ '@type': 'Person', name: article.author }],
    publisher: { '@type': 'Organization', name: article.site },
    mainEntityOfPage: url,
  };
  const body = article.body
    .map((p) =>
      p === 'Advertisement' ? '<div class="ad-slot" aria-hidden="true"><span class="ad-label">Advertisement</span></div>' : `<p>${escapeHtml(p)}</p>`,
    )
    .join('\n        ');
  const related = ['Iraq Neighbors Meet in Egypt', 'Car Bomb Kills 20 Near Baghdad Mosque', 'Iran Nuclear Standoff: A Timeline'];
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(article.headline)} | ${escapeHtml(article.site)}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta property="og:site_name" content="${escapeHtml(article.site)}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="${escapeHtml(article.headline)}">
  <meta property="og:url" content="${url}">
  <meta property="article:published_time" content="${article.time}">
  <meta name="author" content="${escapeHtml(article.author)}">
  <link rel="canonical" href="${url}">
  <link rel="stylesheet" href="/static/site.css">
  <script type="application/ld+json">${JSON.stringify(jsonLd)}</script>
  <script>window.dataLayer = window.dataLayer || []; function track(e) { dataLayer.push(e); }</script>
</head>
<body class="article-page">
  <div id="cookie-banner" class="cookie-consent">
    <p>We use cookies to improve your experience. By continuing to use this site you agree to our cookie policy.</p>
    <button>Accept</button> <a href="/privacy">Privacy policy</a>
  </div>
  <header class="site-header">
    <a class="logo" href="/">${escapeHtml(article.site)}</a>
    <div class="player">Play Live Radio <span>Next Up:</span> <span>0:00</span> <a href="/live">Watch Live</a></div>
    <nav class="main-menu">
      <ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/login">Sign in</a></li><li><a href="/subscribe">Subscribe</a></li></ul>
    </nav>
  </header>
  <div class="ad-banner leaderboard"><span>Advertisement</span><iframe src="/ads/leaderboard"></iframe></div>
  <main id="main">
    <article class="story">
      <header class="story-header">
        <div class="section-label"><a href="/world">World</a></div>
        <h1 class="headline">${escapeHtml(article.headline)}</h1>
        <div class="byline">By <span class="author">${escapeHtml(article.author)}</span> &middot; <time datetime="${article.time}" pubdate>May 28, 2007</time></div>
        <div class="share-tools social"><a href="#share-facebook">Share on Facebook</a> <a href="#tweet">Tweet</a> <a href="#email">Email</a> <a href="#print">Print</a></div>
      </header>
      <div class="story-body">
        ${article.standfirst ? `<p class="standfirst"><strong>${escapeHtml(article.standfirst)}</strong></p>\n        ` : ''}${
          article.figure
            ? `<figure class="story-image"><img src="/images/${article.file}.jpg" alt="${escapeHtml(article.figure.alt)}"><figcaption>${escapeHtml(article.figure.caption)}${article.figure.credit ? ` <span class="credit">${escapeHtml(article.figure.credit)}</span>` : ''}</figcaption></figure>\n        `
            : ''
        }${body}
      </div>
      <div class="newsletter-signup"><h3>Get the Morning Briefing</h3><p>Sign up for our newsletter and get the top stories delivered to your inbox every morning.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>
    </article>
    <aside class="related sidebar">
      <h2>Related Stories</h2>
      <ul>${related.map((title, i) => `<li><a href="/related/${i + 1}">${title}</a></li>`).join('')}</ul>
      <div class="most-popular"><h2>Most Popular</h2><ol><li><a href="/p/1">Five Things to Know Today</a></li><li><a href="/p/2">Weather: Heat Wave Ahead</a></li></ol></div>
    </aside>
    <section id="comments" class="comments"><h2>Comments</h2><p>Please enable JavaScript to view the comments powered by Disqus.</p></section>
  </main>
  <footer class="site-footer">
    <ul><li><a href="/about">About Us</a></li><li><a href="/terms">Terms of Use</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/contact">Contact</a></li></ul>
    <p>&copy; 2007 ${escapeHtml(article.site)}. All rights reserved.</p>
  </footer>
  <script src="/static/app.js"></script>
</body>
</html>
`;
}

for (const article of ARTICLES) write(out('baghdad-2007', 'html', `${article.file}.html`), renderPage(article));

// JSON lines: two records with text, one with the page's article markup in an html field.
const records = ARTICLES.map((article, i) => {
  const record = {
    title: article.headline,
    url: `https://${article.host}${article.path}`,
    outlet: article.site,
    published: '2007-05-28',
    byline: article.author,
  };
  if (i === 2)
    return {
      ...record,
      html: `<div class="story-body"><p class="standfirst">${escapeHtml(article.standfirst)}</p><p>${escapeHtml(article.body[0])}</p></div>`,
    };
  return { ...record, text: article.text };
});
write(out('baghdad-2007', 'jsonl', 'baghdad-2007.jsonl'), `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);

// One Multi-News line: the three plain-text files as crawled, "|||||" between them, NEWLINE_CHAR for "\n".
const toMultiNews = (text) =>
  text
    .trim()
    .split('\n')
    .map((line) => line.trim())
    .join(' NEWLINE_CHAR ')
    .replace(/ {2,}/g, ' ');
write(out('baghdad-2007', 'multinews', 'baghdad-2007.multinews.txt'), `${[milestone, npr, jpost].map(toMultiNews).join(' ||||| ')}\n`);

// Feeds: RSS 2.0 with content:encoded, Atom with escaped HTML content.
const rssItems = ARTICLES.map(
  (a) => `    <item>
      <title>${escapeHtml(a.headline)}</title>
      <link>https://${a.host}${escapeHtml(a.path)}</link>
      <guid isPermaLink="false">${a.file}</guid>
      <pubDate>Mon, 28 May 2007 12:00:00 GMT</pubDate>
      <dc:creator>${escapeHtml(a.author)}</dc:creator>
      <description>${escapeHtml(a.text.slice(0, 200))}…</description>
      <content:encoded><![CDATA[${a.text
        .split('\n\n')
        .map((p) => `<p>${escapeHtml(p)}</p>`)
        .join('')}]]></content:encoded>
    </item>`,
).join('\n');
write(
  out('feeds', 'baghdad-2007.rss'),
  `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>Baghdad Talks Roundup</title>
    <link>https://www.baghdad-dispatch.example/</link>
    <description>Coverage of the May 2007 US-Iran talks</description>
${rssItems}
  </channel>
</rss>
`,
);
const atomEntries = ARTICLES.map(
  (a) => `  <entry>
    <title type="html">${escapeHtml(escapeHtml(a.headline))}</title>
    <link rel="alternate" href="https://${a.host}${escapeHtml(a.path)}"/>
    <id>urn:fixture:${a.file}</id>
    <published>2007-05-28T12:00:00Z</published>
    <updated>2007-05-28T12:00:00Z</updated>
    <author><name>${escapeHtml(a.author)}</name></author>
    <content type="html">${escapeHtml(
      a.text
        .split('\n\n')
        .map((p) => `<p>${escapeHtml(p)}</p>`)
        .join(''),
    )}</content>
  </entry>`,
).join('\n');
write(
  out('feeds', 'baghdad-2007.atom'),
  `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Baghdad Talks Roundup</title>
  <id>urn:fixture:baghdad-2007</id>
  <updated>2007-05-28T12:00:00Z</updated>
${atomEntries}
</feed>
`,
);

// Bad inputs.
write(out('bad', 'empty.txt'), '');
let seed = 2007;
const junk = new Uint8Array(2048).map(() => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return (seed >> 16) & 0xff;
});
write(out('bad', 'binary-junk.txt'), junk);
write(
  out('bad', 'broken.html'),
  `<html><head><title>Broken page</title><meta property="og:site_name" content="Broken News">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Broken JSON-LD"</script>
<body><div class="story"><p>${escapeHtml(milestoneBody[0])}<p>${escapeHtml(milestoneBody[1])}
<div><table><tr><td>Unclosed cell <b>bold <i>italic</div></span></p>
<p>${escapeHtml(milestoneBody[2].slice(0, 300))}<a href="/next`,
);
const utf16Text = `${ARTICLES[0].headline}\n\n${milestoneBody[0]}\n\n${milestoneBody[1]}\n`;
write(out('bad', 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf16Text, 'utf16le')]));
const latin1Text =
  'Envoy\u2019s caf\u00e9 diplomacy in Baghdad\n\n\u201cThe talks were businesslike,\u201d the ambassador said \u2014 and the Iranian d\u00e9l\u00e9gation agreed that the four-hour meeting in the Green Zone had been useful for both sides.\n';
const cp1252 = { '\u2019': 0x92, '\u201c': 0x93, '\u201d': 0x94, '\u2014': 0x97 };
write(out('bad', 'latin1.txt'), Uint8Array.from([...latin1Text].map((c) => cp1252[c] ?? c.charCodeAt(0))));
write(
  out('bad', 'non-english.txt'),
  `Pourparlers inédits entre Washington et Téhéran à Bagdad

Les ambassadeurs américain et iranien en Irak se sont rencontrés lundi à Bagdad pendant quatre heures, une première depuis près de trente ans. Ryan Crocker a qualifié la réunion de « professionnelle » et a affirmé que les deux pays partageaient les mêmes principes sur la stabilité de l'Irak.

L'Iran a proposé la création d'un « mécanisme de sécurité trilatéral » réunissant les États-Unis, l'Iran et l'Irak. Washington doit encore étudier cette proposition, a précisé le diplomate américain.
`,
);
write(
  out('bad', 'malformed.jsonl'),
  `${[
    JSON.stringify({ title: ARTICLES[0].headline, text: milestoneBody.slice(0, 2).join('\n\n'), outlet: ARTICLES[0].site, published: '2007-05-28' }),
    '{"title": "Cut off", "text": "This line stops in the middle of a str',
    'this line is not JSON at all',
    '',
    '[1, 2',
    '"A bare JSON string on its own line is read as the text of an article."',
  ].join('\n')}\n`,
);
console.log('fixtures written to test/fixtures/');
