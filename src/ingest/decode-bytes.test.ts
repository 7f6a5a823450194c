import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { repoPath } from '../../test/fixtures/paths.js';
import { decodeBytes } from './decode-bytes.js';

const MAX = 1024 * 1024;
const bad = (name: string): Uint8Array => readFileSync(repoPath('test', 'fixtures', 'bad', name));
const codes = (result: { diagnostics: readonly { code: string }[] }): string[] => result.diagnostics.map((d) => d.code);

test('plain UTF-8 decodes without diagnostics; a UTF-8 BOM is dropped; CRLF becomes LF', () => {
  assert.deepEqual(decodeBytes(Buffer.from('Crocker said \u201cyes\u201d.\r\n'), 'a.txt', MAX), { text: 'Crocker said \u201cyes\u201d.\n', diagnostics: [] });
  assert.equal(decodeBytes(Buffer.from('\ufeffHello'), 'a.txt', MAX).text, 'Hello');
});

test('UTF-16 with a byte order mark is decoded (fixture), and without one it is sniffed', () => {
  const result = decodeBytes(bad('utf16.txt'), 'utf16.txt', MAX);
  assert.match(result.text!, /^Milestone U\.S\.-Iran Talks Make Minimal Progress\n\nAfter the most formal/);
  assert.deepEqual(codes(result), ['decoded-utf16']);
  assert.equal(result.diagnostics[0]!.severity, 'info');
  const bigEndian = Buffer.from('Talks in Baghdad', 'utf16le').swap16();
  const sniffed = decodeBytes(bigEndian, 'x.txt', MAX);
  assert.equal(sniffed.text, 'Talks in Baghdad');
  assert.equal(sniffed.diagnostics[0]!.severity, 'warning');
});

test('Windows-1252 input is decoded with its curly quotes and dashes, with a warning', () => {
  const result = decodeBytes(bad('latin1.txt'), 'latin1.txt', MAX);
  assert.match(result.text!, /^Envoy\u2019s caf\u00e9 diplomacy/);
  assert.match(result.text!, /\u201cThe talks were businesslike,\u201d the ambassador said \u2014 and the Iranian d\u00e9l\u00e9gation/);
  assert.deepEqual(codes(result), ['decoded-windows-1252']);
});

test('UTF-8 saved once as Windows-1252 (mojibake) is repaired', () => {
  const mojibake = Buffer.from('It\u00e2\u20ac\u2122s a caf\u00c3\u00a9 \u00e2\u20ac\u0153talk\u00e2\u20ac\u009d.', 'utf8');
  const result = decodeBytes(mojibake, 'm.txt', MAX);
  assert.equal(result.text, 'It\u2019s a caf\u00e9 \u201ctalk\u201d.');
  assert.deepEqual(codes(result), ['repaired-mojibake']);
});

test('a stray invalid byte in UTF-8 text is replaced, not a reason to switch encodings', () => {
  const bytes = Buffer.concat([Buffer.from('Caf\u00e9 \u00e9t\u00e9 na\u00efve \u00e0 Bagdad r\u00e9union '), Buffer.from([0xff]), Buffer.from(' fin')]);
  const result = decodeBytes(bytes, 'x.txt', MAX);
  assert.match(result.text!, /^Café été naïve à Bagdad réunion \ufffd fin$/);
  assert.deepEqual(codes(result), ['invalid-utf8']);
});

test('empty and binary inputs are refused with an error diagnostic', () => {
  assert.deepEqual(decodeBytes(bad('empty.txt'), 'empty.txt', MAX), {
    text: null,
    diagnostics: [{ severity: 'error', code: 'empty-input', message: 'the input is empty', source: null, input: 'empty.txt' }],
  });
  assert.deepEqual(codes(decodeBytes(Buffer.from(' \n\t\n'), 'blank.txt', MAX)), ['empty-input']);
  const binary = decodeBytes(bad('binary-junk.txt'), 'binary-junk.txt', MAX);
  assert.equal(binary.text, null);
  assert.deepEqual(codes(binary), ['binary-input']);
});

test('input over the cap is cut at a character boundary with a warning', () => {
  const text = 'é'.repeat(10);
  const result = decodeBytes(Buffer.from(text), 'x.txt', 7);
  assert.equal(result.text, 'ééé');
  assert.deepEqual(codes(result), ['input-truncated']);
});
