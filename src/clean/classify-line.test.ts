import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyLine, isBoilerplateLine } from './index.js';
import { testCases } from '../../test/support/test-cases.js';

testCases('player and navigation residue from the NPR example is chrome', classifyLine, [
  ['Play Live Radio', 'chrome'],
  ['Next Up:', 'chrome'],
  ['0:00', 'chrome'],
  ['Available On Air Stations', 'chrome'],
  ['Watch Live', 'chrome'],
  ['Advertisement', 'chrome'],
]);

testCases('share bars, ad slots and labels from Multi-News are chrome', classifyLine, [
  ['Share this: Twitter', 'chrome'],
  ['Advertisement Continue reading the main story', 'chrome'],
  ['Photo Advertisement Continue reading the main story', 'chrome'],
  ['Story Continued Below', 'chrome'],
  ['Text Size -', 'chrome'],
  ['Like this: Like Loading... Related', 'chrome'],
  ['ADVERTISEMENT ADVERTISEMENT', 'chrome'],
  ['___', 'separator'],
  ['* * *', 'separator'],
]);

testCases('crawl notices are recognized', classifyLine, [
  [
    'Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive. Flowing in every day, these data are added to the Wayback Machine after an embargo period.',
    'crawl-notice',
  ],
  ['You can add location information to your Tweets, such as your city or precise location, from the web and via third-party applications.', 'crawl-notice'],
  ["We've detected that JavaScript is disabled in your browser. Would you like to proceed to legacy Twitter?", 'crawl-notice'],
  ['We use cookies to improve your experience. By continuing to use this site you agree.', 'crawl-notice'],
]);

testCases('trailers, credits and prompts are recognized', classifyLine, [
  ['AP contributed to this report.', 'contributor'],
  ['Staff writers Anita Kumar, Michael E. Ruane and John Wagner contributed to this report.', 'contributor'],
  ['(Reporting by Joan Gralla; Editing by Jan Paschal)', 'contributor'],
  ['Copyright 2022 NPR. To see more, visit https://www.npr.org.', 'copyright'],
  ['© 2017 WTOP. All Rights Reserved.', 'copyright'],
  ['iran us meeting 298 (photo credit: AP)', 'photo-credit'],
  ['(photo credit: AP)', 'photo-credit'],
  ['Nicholas Kamm/AFP/Getty Images', 'photo-credit'],
  ['Filmmaker Tony Montana, in June 2004. (Photo: John Sciulli, WireImage)', 'photo-credit'],
  ['Sign up for BREAKING NEWS Emails privacy policy Thanks for subscribing!', 'subscribe'],
  ['Related: What parents need to know about enterovirus D68', 'related'],
]);

testCases('ordinary sentences that mention the same words stay', classifyLine, [
  ['The advertisement, which ran in three newspapers, drew complaints from the embassy.', null],
  ['Copyright lawyers say the ruling could reshape the music industry.', null],
  ['The company said 2 million people subscribe to its email alerts.', null],
  ['She said the photo was taken by an AP photographer in 2005.', null],
  ['Also on Tuesday, officials said the talks would resume.', null],
  ['More on that later, he said.', null],
  ['Experts contributed to the report, which was published in March.', null],
  ['"All the Palestinian factions are united behind the issue in this regard," Abu Zuhri said. (Reuters)', null],
  ['1 of 3 Americans say they have never voted.', null],
]);

testCases("a reporters' sign-off is a contributor line; a dashed sentence is not", classifyLine, [
  ['-- Nicole Santa Cruz and Rick Rojas at City Hall', 'contributor'],
  ['—Jon Marino', 'contributor'],
  ['— Yes, he said, the talks will resume.', null],
]);

test('a headline with curly quotes is not boilerplate', () => {
  assert.equal(isBoilerplateLine('U.S. Envoy Cites \u2018Similarity\u2019 with Iran on Iraq'), false);
});
