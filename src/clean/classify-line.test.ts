import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyLine, isBoilerplateLine } from './index.js';

test('player and navigation residue from the NPR example is chrome', () => {
  for (const line of ['Play Live Radio', 'Next Up:', '0:00', 'Available On Air Stations', 'Watch Live', 'Advertisement']) {
    assert.equal(classifyLine(line), 'chrome', line);
  }
});

test('share bars, ad slots and labels from Multi-News are chrome', () => {
  for (const line of ['Share this: Twitter', 'Advertisement Continue reading the main story', 'Photo Advertisement Continue reading the main story', 'Story Continued Below', 'Text Size -', 'Like this: Like Loading... Related', 'ADVERTISEMENT ADVERTISEMENT']) {
    assert.equal(classifyLine(line), 'chrome', line);
  }
  assert.equal(classifyLine('___'), 'separator');
  assert.equal(classifyLine('* * *'), 'separator');
});

test('crawl notices are recognized', () => {
  assert.equal(classifyLine('Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive. Flowing in every day, these data are added to the Wayback Machine after an embargo period.'), 'crawl-notice');
  assert.equal(classifyLine('You can add location information to your Tweets, such as your city or precise location, from the web and via third-party applications.'), 'crawl-notice');
  assert.equal(classifyLine("We've detected that JavaScript is disabled in your browser. Would you like to proceed to legacy Twitter?"), 'crawl-notice');
  assert.equal(classifyLine('We use cookies to improve your experience. By continuing to use this site you agree.'), 'crawl-notice');
});

test('trailers, credits and prompts are recognized', () => {
  assert.equal(classifyLine('AP contributed to this report.'), 'contributor');
  assert.equal(classifyLine('Staff writers Anita Kumar, Michael E. Ruane and John Wagner contributed to this report.'), 'contributor');
  assert.equal(classifyLine('(Reporting by Joan Gralla; Editing by Jan Paschal)'), 'contributor');
  assert.equal(classifyLine('Copyright 2022 NPR. To see more, visit https://www.npr.org.'), 'copyright');
  assert.equal(classifyLine('© 2017 WTOP. All Rights Reserved.'), 'copyright');
  assert.equal(classifyLine('iran us meeting 298 (photo credit: AP)'), 'photo-credit');
  assert.equal(classifyLine('(photo credit: AP)'), 'photo-credit');
  assert.equal(classifyLine('Nicholas Kamm/AFP/Getty Images'), 'photo-credit');
  assert.equal(classifyLine('Filmmaker Tony Montana, in June 2004. (Photo: John Sciulli, WireImage)'), 'photo-credit');
  assert.equal(classifyLine('Sign up for BREAKING NEWS Emails privacy policy Thanks for subscribing!'), 'subscribe');
  assert.equal(classifyLine('Related: What parents need to know about enterovirus D68'), 'related');
});

test('ordinary sentences that mention the same words stay', () => {
  const prose = [
    'The advertisement, which ran in three newspapers, drew complaints from the embassy.',
    'Copyright lawyers say the ruling could reshape the music industry.',
    'The company said 2 million people subscribe to its email alerts.',
    'She said the photo was taken by an AP photographer in 2005.',
    'Also on Tuesday, officials said the talks would resume.',
    'More on that later, he said.',
    'Experts contributed to the report, which was published in March.',
    '"All the Palestinian factions are united behind the issue in this regard," Abu Zuhri said. (Reuters)',
    '1 of 3 Americans say they have never voted.',
  ];
  for (const line of prose) assert.equal(classifyLine(line), null, line);
  assert.equal(isBoilerplateLine('U.S. Envoy Cites \u2018Similarity\u2019 with Iran on Iraq'), false);
});

test('a reporters\' sign-off is a contributor line; a dashed sentence is not', () => {
  assert.equal(classifyLine('-- Nicole Santa Cruz and Rick Rojas at City Hall'), 'contributor');
  assert.equal(classifyLine('—Jon Marino'), 'contributor');
  assert.equal(classifyLine('— Yes, he said, the talks will resume.'), null);
});
