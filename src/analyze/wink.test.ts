import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeHeadline, readTokens } from './index.js';

const typesOf = (text: string): string[] => readTokens(text).map((token) => `${token.value}/${token.type}`);

// Real UCI headlines: wink keeps the category it first gave a string, so what an article's analysis found depended
// on the articles the process had read before it ("No.500" once read, "500" of "S&P 500" was a word, not a number).
test('a token keeps its category whatever the process read before', () => {
  // Each test file runs in a process of its own: these are the first strings wink reads here.
  readTokens('Ukraine No.500 on the list');
  readTokens('Forex Market: EUR/USD Retreats from 2-1/2 Year High');
  assert.ok(typesOf('S&P 500 Movers: URBN, DGX').includes('500/number'), typesOf('S&P 500 Movers: URBN, DGX').join(' '));
  assert.deepEqual(analyzeHeadline('S&P 500 Movers: URBN, DGX', 'S1').sentences[0]!.terms, ['s&p', '500', 'mover', 'urbn', 'dgx']);
  // "USD" read on its own is a word; after "EUR/USD" wink called it a currency sign.
  assert.ok(typesOf('Gazprom warns Ukraine gas export cut USD 1.89 billion').includes('USD/word'));
});
