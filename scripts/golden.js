#!/usr/bin/env node
// Writes (or refreshes) the expected output of golden cases: `npm run golden [-- NAME…]`.
// Review the diff of test/golden/ like code before committing it.
import { readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { GOLDEN_DIR, readCase, runCase } from '../dist/test/golden/run-case.js';

const names =
  process.argv.slice(2).length > 0 ? process.argv.slice(2) : readdirSync(GOLDEN_DIR).filter((name) => existsSync(join(GOLDEN_DIR, name, 'case.json')));
for (const name of names) {
  const run = await runCase(readCase(name));
  writeFileSync(join(GOLDEN_DIR, name, 'expected.json'), run.json);
  writeFileSync(join(GOLDEN_DIR, name, 'expected.md'), run.markdown);
  console.log(
    `golden ${name}: ${run.briefing.summary.length} summary sentences, ${run.briefing.facts.length} facts, ${run.briefing.conflicts.length} conflicts`,
  );
}
