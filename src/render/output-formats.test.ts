import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildExampleBriefing } from '../../test/fixtures/html-report/fixture-example-briefing.js';
import { findOutputFormat, listFormatNames, OUTPUT_FORMATS, renderBriefing, STANDALONE_FORMATS } from './index.js';

const { briefing, sourceTexts } = buildExampleBriefing();
const formats = Object.values(OUTPUT_FORMATS);

test('each format is registered under its own name; names and aliases are unique; extensions and media types agree', () => {
  for (const [key, format] of Object.entries(OUTPUT_FORMATS)) assert.equal(format.name, key);
  const names = formats.flatMap((format) => [format.name, ...format.aliases]);
  assert.equal(new Set(names).size, names.length, names.join(' '));
  for (const format of formats) {
    assert.match(format.extension, /^\.[a-z]+$/, format.name);
    assert.match(format.mediaType, /^[a-z]+\/[a-z+.-]+; charset=utf-8$/, format.name);
    assert.ok(format.description.length > 0 && !format.description.includes('\n'), format.name);
  }
});

test('every format renders the example briefing; the text formats carry its title and every source', () => {
  for (const format of formats) {
    const text = format.render(briefing, { sourceTexts });
    assert.equal(renderBriefing(briefing, format.name, { sourceTexts }), text, format.name);
    assert.ok(text.length > 0, format.name);
  }
  assert.equal(JSON.parse(OUTPUT_FORMATS.json.render(briefing)).title, briefing.title);
  assert.match(OUTPUT_FORMATS.md.render(briefing), /^# .+\n[\s\S]*## What the sources agree on[\s\S]*## Sources\n/);
  assert.match(OUTPUT_FORMATS.html.render(briefing, { sourceTexts }), /^<!DOCTYPE html>/);
  assert.match(OUTPUT_FORMATS.fragment.render(briefing, { sourceTexts }), /^<article class="cb-report">/);
  assert.ok(OUTPUT_FORMATS.html.contentSecurityPolicy?.includes("default-src 'none'"));
});

test('names resolve with their aliases; a fragment is not offered as a file', () => {
  assert.equal(findOutputFormat('markdown'), OUTPUT_FORMATS.md);
  assert.equal(findOutputFormat('pdf'), null);
  assert.equal(findOutputFormat('fragment', STANDALONE_FORMATS), null);
  assert.equal(listFormatNames(STANDALONE_FORMATS), 'md, json or html');
  assert.equal(listFormatNames([OUTPUT_FORMATS.md], true), 'md (Markdown)');
  assert.throws(() => renderBriefing(briefing, 'pdf'), /renderBriefing: expected a format among md, json, html or fragment, got "pdf"/);
});
