import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOLDEN_DIR, readCase, runCase } from './run-case.js';
import { validateBriefingJson } from '../../src/render/index.js';
import { checkFaithfulness } from './faithfulness.js';

const cases = readdirSync(GOLDEN_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(GOLDEN_DIR, entry.name, 'case.json')))
  .map((entry) => entry.name)
  .sort();

test('there are golden cases', () => {
  assert.ok(cases.length >= 4, `expected at least 4 golden cases, found ${cases.length}`);
});

for (const name of cases) {
  test(`golden: ${name}`, async () => {
    const run = await runCase(readCase(name));
    const parsed: unknown = JSON.parse(run.json);
    assert.deepEqual(validateBriefingJson(parsed), [], 'briefing JSON must satisfy schema/briefing.schema.json');
    assert.deepEqual(checkFaithfulness(run.briefing, run.story), [], 'every statement must cite exact source text');
    const expectedJson = readFileSync(join(GOLDEN_DIR, name, 'expected.json'), 'utf8');
    const expectedMarkdown = readFileSync(join(GOLDEN_DIR, name, 'expected.md'), 'utf8');
    assert.equal(
      run.json,
      expectedJson,
      `briefing JSON differs from test/golden/${name}/expected.json (refresh with: npm run golden -- ${name}, then review the diff)`,
    );
    assert.equal(run.markdown, expectedMarkdown, `Markdown differs from test/golden/${name}/expected.md`);
  });
}
