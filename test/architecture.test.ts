// Dependency direction (STYLE.md, "Imports point one way"): every rule runs on the real src/ tree, and on a small
// graph with a planted bad import, so that a rule that cannot fail is caught too.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  checkCycles,
  checkDirection,
  checkIndexOnly,
  checkNlpLibraries,
  checkTestImports,
  checkTokenizers,
  parseSource,
  readSourceGraph,
  resolveImport,
  type ImportException,
  type SourceFile,
  type Violation,
} from './support/architecture-rules.js';

/** Inner files of a stage that an edge may import directly, and why. */
const EXCEPTIONS: readonly ImportException[] = [
  {
    from: 'src/cli/read-inputs.ts',
    to: 'src/ingest/fetch-url.ts',
    reason: 'fetching a URL is network I/O: ingest/index.ts exports only the pure stage, the edges that own the network import the fetcher',
  },
  {
    from: 'src/server/app.ts',
    to: 'src/ingest/fetch-url.ts',
    reason: 'as for the CLI: the server fetches submitted URLs through the same guarded fetcher',
  },
  {
    from: 'src/cli/worker-command.ts',
    to: 'src/ingest/fetch-url.ts',
    reason: 'as for the server: a worker runs fetch-url jobs through the same guarded fetcher',
  },
  {
    from: 'src/jobs/jobs.test.ts',
    to: 'src/ingest/fetch-url.ts',
    reason: 'the always-failing job fetches from a local server through the guarded fetcher a worker uses',
  },
  {
    from: 'src/server/pages/escape.ts',
    to: 'src/render/html/escape.ts',
    reason: 'one HTML escaper and http(s) URL check for the report and the web pages, so that both escape alike',
  },
];

const show = (violations: readonly Violation[]): string[] => violations.map((v) => `${v.file}: ${v.rule}: ${v.detail}`);
const graph = (edges: Record<string, string[]>, exports: Record<string, string[]> = {}): SourceFile[] =>
  Object.entries(edges).map(([file, imports]) => ({ file, imports, exports: exports[file] ?? [] }));

describe('architecture of src/', () => {
  const tree = readSourceGraph(process.cwd());

  it('reads the tree', () => {
    assert.ok(tree.length > 100, `only ${tree.length} files under ${process.cwd()}/src`);
    assert.ok(tree.some((f) => f.file === 'src/model/index.ts'));
    assert.ok(tree.reduce((n, f) => n + f.imports.length, 0) > tree.length);
  });

  it('imports point one way: model < ingest < clean < analyze < stories < align < compare < summarize < render', () => {
    assert.deepEqual(show(checkDirection(tree)), []);
  });

  it('a stage is imported only through its index.ts', () => {
    assert.deepEqual(show(checkIndexOnly(tree, EXCEPTIONS)), []);
  });

  it('every listed exception is still an import of the tree', () => {
    const used = (e: ImportException): boolean =>
      tree.some(({ file, imports }) => file === e.from && imports.some((specifier) => resolveImport(file, specifier) === e.to));
    assert.deepEqual(
      EXCEPTIONS.filter((e) => !used(e)),
      [],
    );
  });

  it('only src/analyze/ imports the NLP libraries', () => {
    assert.deepEqual(show(checkNlpLibraries(tree)), []);
  });

  it('tokenizers and stemmers live in src/analyze/ (and ROUGE’s in src/eval/rouge/) only', () => {
    assert.deepEqual(show(checkTokenizers(tree)), []);
  });

  it('has no import cycle', () => {
    assert.deepEqual(show(checkCycles(tree)), []);
  });

  it('keeps node:test and node:assert in test files', () => {
    assert.deepEqual(show(checkTestImports(tree)), []);
  });
});

describe('architecture rules on planted faults', () => {
  it('parses import, import type, export … from, bare and dynamic imports, and exported names', () => {
    const source = parseSource(
      'src/compare/x.ts',
      [
        "import { a,\n  b } from '../align/index.js';",
        "import type { Briefing } from '../model/index.js';",
        "export { c } from './c.js';",
        "export * from './d.js';",
        "import './side-effect.js';",
        "const lazy = await import('compromise');",
        'export function stemWord(word: string): string { return word; }',
        'export const tokenizeText = (text: string): string[] => [text];',
        "const text = 'not an import from here';",
      ].join('\n'),
    );
    assert.deepEqual(source.imports, ['../align/index.js', '../model/index.js', './c.js', './d.js', './side-effect.js', 'compromise']);
    assert.deepEqual(source.exports, ['stemWord', 'tokenizeText']);
    assert.equal(resolveImport('src/render/html/x.ts', '../../model/index.js'), 'src/model/index.ts');
    assert.equal(resolveImport('src/render/x.ts', 'linkedom'), null);
  });

  it('direction: catches a later stage, model importing a stage, render importing a stage, a stage importing an edge', () => {
    const planted = graph({
      'src/compare/a.ts': ['../align/index.js', '../model/index.js', '../summarize/index.js'],
      'src/model/b.ts': ['./c.js', '../ingest/index.js'],
      'src/render/d.ts': ['../model/index.js', './html/e.js', '../analyze/index.js'],
      'src/clean/f.ts': ['../store/index.js'],
      'src/eval/g.ts': ['../summarize/index.js', '../cli/main.js'],
      'src/cli/h.ts': ['../render/markdown.js', '../server/app.js', '../store/index.js'],
      'src/server/i.ts': ['../eval/index.js'],
      'src/index.ts': ['./render/html.js'],
      'src/ingest/j.test.ts': ['../clean/index.js'],
    });
    assert.deepEqual(show(checkDirection(planted)), [
      'src/compare/a.ts: direction: compare imports summarize: ../summarize/index.js',
      'src/model/b.ts: direction: model imports ingest: ../ingest/index.js',
      'src/render/d.ts: direction: render imports analyze: ../analyze/index.js',
      'src/clean/f.ts: direction: clean imports store: ../store/index.js',
      'src/eval/g.ts: direction: eval imports cli: ../cli/main.js',
    ]);
  });

  it('index-only: catches an inner file of another stage from a stage and from an edge, unless listed', () => {
    const planted = graph({
      'src/compare/a.ts': ['../align/terms.js', '../align/index.js', './b.js'],
      'src/server/c.ts': ['../render/html/escape.js', '../ingest/fetch-url.js', '../store/sqlite-store.js'],
    });
    const allowed: ImportException[] = [{ from: 'src/server/c.ts', to: 'src/ingest/fetch-url.ts', reason: 'test' }];
    assert.deepEqual(show(checkIndexOnly(planted, allowed)), [
      'src/compare/a.ts: index-only: imports src/align/terms.ts (../align/terms.js) instead of src/align/index.ts',
      'src/server/c.ts: index-only: imports src/render/html/escape.ts (../render/html/escape.js) instead of src/render/index.ts',
    ]);
  });

  it('NLP libraries: catches them (and their subpaths) outside src/analyze/', () => {
    const planted = graph({
      'src/analyze/wink.ts': ['wink-nlp', 'wink-eng-lite-web-model'],
      'src/align/a.ts': ['chrono-node/en'],
      'src/summarize/b.ts': ['compromise', 'compromise-not-it'],
      'src/eval/rouge/c.ts': ['./tokenize.js'],
    });
    assert.deepEqual(show(checkNlpLibraries(planted)), [
      'src/align/a.ts: nlp-library: imports chrono-node/en',
      'src/summarize/b.ts: nlp-library: imports compromise',
    ]);
  });

  it('tokenizers: catches a tokenize*/stem* file and an exported tokenize*/stem*/readTermTokens outside their homes', () => {
    const planted = graph(
      { 'src/align/tokenize.ts': [], 'src/compare/a.ts': [], 'src/analyze/03-terms.ts': [], 'src/eval/rouge/stem.ts': [], 'src/align/stemmed-keys.ts': [] },
      { 'src/compare/a.ts': ['readTermTokens', 'STEMS', 'compareSources'], 'src/analyze/03-terms.ts': ['readTermTokens', 'stemTerm'] },
    );
    assert.deepEqual(show(checkTokenizers(planted)), [
      'src/align/tokenize.ts: tokenizer: a file named tokenize.ts',
      'src/compare/a.ts: tokenizer: exports readTermTokens',
      'src/align/stemmed-keys.ts: tokenizer: a file named stemmed-keys.ts',
    ]);
  });

  it('cycles: reports each cycle once, as a path back to its first file', () => {
    const planted = graph({
      'src/clean/b.ts': ['./c.js'],
      'src/clean/c.ts': ['./a.js', '../model/index.js'],
      'src/clean/a.ts': ['./b.js'],
      'src/clean/d.ts': ['./a.js', './d.js'],
      'src/model/index.ts': [],
    });
    assert.deepEqual(show(checkCycles(planted)), [
      'src/clean/a.ts: cycle: src/clean/a.ts -> src/clean/b.ts -> src/clean/c.ts -> src/clean/a.ts',
      'src/clean/d.ts: cycle: src/clean/d.ts -> src/clean/d.ts',
    ]);
    assert.deepEqual(checkCycles(graph({ 'src/clean/a.ts': ['./b.js'], 'src/clean/b.ts': ['../model/index.js'] })), []);
  });

  it('test imports: catches node:test and node:assert in a non-test file of src/', () => {
    const planted = graph({
      'src/store/contract.ts': ['node:test', 'node:assert/strict'],
      'src/store/x.test.ts': ['node:test', 'node:assert/strict'],
      'src/store/y.ts': ['node:fs', 'node:assertion-not-it'],
      'test/contract/store-contract.ts': ['node:test'],
    });
    assert.deepEqual(show(checkTestImports(planted)), [
      'src/store/contract.ts: test-import: imports node:test',
      'src/store/contract.ts: test-import: imports node:assert/strict',
    ]);
  });
});
