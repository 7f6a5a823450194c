// The dependency rules of STYLE.md ("Imports point one way"), as pure functions over an import graph, so that
// test/architecture.test.ts can run each of them on the real src/ tree and on small graphs with a planted fault.
import { readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';

/** One source file: its path from the repository root (`src/align/terms.ts`), import specifiers, exported names. */
export interface SourceFile {
  readonly file: string;
  readonly imports: readonly string[];
  readonly exports?: readonly string[];
}

/** A broken rule: which rule, in which file, and what exactly (the import, the name or the cycle). */
export interface Violation {
  readonly rule: string;
  readonly file: string;
  readonly detail: string;
}

/** An import of a stage's inner file that an edge may keep, with the reason; listed in the test. */
export interface ImportException {
  readonly from: string;
  readonly to: string;
  readonly reason: string;
}

/** The pipeline stages, earliest first: a stage may import only itself, `model` and earlier stages. */
export const STAGES = ['model', 'ingest', 'clean', 'analyze', 'stories', 'align', 'compare', 'summarize', 'render'] as const;

/** Libraries that only `src/analyze/` may import (ROUGE, in `src/eval/rouge/`, keeps its own tokenizer and stemmer). */
export const NLP_LIBRARIES = ['wink-nlp', 'wink-eng-lite-web-model', 'compromise', 'chrono-node'] as const;

/** Folders where a tokenizer or stemmer may be defined. */
export const TOKENIZER_HOMES = ['src/analyze/', 'src/eval/rouge/'] as const;

const EDGES = new Set(['cli', 'server', 'store', 'jobs']);

/**
 * The layer a file belongs to: a stage, `eval`, an edge (`cli`, `server`, `store`) or `top` (files directly in
 * src/, and `src/pipeline/`, which wires the stages). `src/version.ts` is a constant every layer may read.
 */
export function layerOf(file: string): string {
  const [root, first, ...rest] = file.split('/');
  if (root !== 'src' || first === undefined) return 'outside';
  if (file === 'src/version.ts') return 'model';
  if (first === 'pipeline') return 'top';
  return rest.length === 0 ? 'top' : first;
}

const isStage = (layer: string): boolean => (STAGES as readonly string[]).includes(layer);
const rank = (layer: string): number => (STAGES as readonly string[]).indexOf(layer);
const isTest = (file: string): boolean => file.endsWith('.test.ts');

/** The repository path a relative specifier points at (`../align/index.js` from `src/compare/x.ts` is `src/align/index.ts`), or null for a package. */
export function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  return posix.normalize(posix.join(posix.dirname(from), specifier)).replace(/\.js$/, '.ts');
}

/** The edges of the graph inside src/: `[importer, imported file]` for every relative import. */
function internalEdges(graph: readonly SourceFile[]): [from: string, to: string, specifier: string][] {
  return graph.flatMap(({ file, imports }) =>
    imports.flatMap((specifier) => {
      const target = resolveImport(file, specifier);
      return target?.startsWith('src/') ? [[file, target, specifier] as [string, string, string]] : [];
    }),
  );
}

/** May a file in layer `from` import anything from layer `to`? */
export function mayImport(from: string, to: string): boolean {
  if (from === to || from === 'top' || EDGES.has(from)) return true;
  if (from === 'model') return false;
  if (from === 'render') return to === 'model';
  // eval runs the pipeline (through top-level entries) to score what the product writes.
  if (from === 'eval') return isStage(to) || to === 'top';
  return isStage(from) && isStage(to) && rank(to) < rank(from);
}

/**
 * Rule 1: imports point one way (model < ingest < … < render; eval over the stages; edges and top-level files on top).
 * Test files are exempt: a test may run earlier or later stages to get real input (still through their index.ts).
 */
export function checkDirection(graph: readonly SourceFile[]): Violation[] {
  return internalEdges(graph)
    .filter(([from, to]) => !isTest(from) && !mayImport(layerOf(from), layerOf(to)))
    .map(([from, to, specifier]) => ({ rule: 'direction', file: from, detail: `${layerOf(from)} imports ${layerOf(to)}: ${specifier}` }));
}

/** Rule 2: another stage (or eval) is imported only through its index.ts, except for the listed exceptions. */
export function checkIndexOnly(graph: readonly SourceFile[], exceptions: readonly ImportException[] = []): Violation[] {
  return internalEdges(graph)
    .filter(([from, to]) => {
      const target = layerOf(to);
      if (target === layerOf(from) || !(isStage(target) || target === 'eval')) return false;
      if (to === `src/${target}/index.ts`) return false;
      if (to === 'src/version.ts') return false;
      return !exceptions.some((exception) => exception.from === from && exception.to === to);
    })
    .map(([from, to, specifier]) => ({ rule: 'index-only', file: from, detail: `imports ${to} (${specifier}) instead of src/${layerOf(to)}/index.ts` }));
}

/** Rule 3: only src/analyze/ (and ROUGE's own code in src/eval/rouge/) imports the NLP libraries. */
export function checkNlpLibraries(graph: readonly SourceFile[]): Violation[] {
  return graph.flatMap(({ file, imports }) => {
    if (TOKENIZER_HOMES.some((home) => file.startsWith(home))) return [];
    return imports
      .filter((specifier) => NLP_LIBRARIES.some((library) => specifier === library || specifier.startsWith(`${library}/`)))
      .map((specifier) => ({ rule: 'nlp-library', file, detail: `imports ${specifier}` }));
  });
}

const TOKENIZER_NAME = /^(?:tokenize|stem)|^readTermTokens$/;

/** Rule 4: no tokenizer or stemmer outside src/analyze/ and src/eval/rouge/ (by file name or by exported function name). */
export function checkTokenizers(graph: readonly SourceFile[]): Violation[] {
  return graph.flatMap(({ file, exports = [] }) => {
    if (TOKENIZER_HOMES.some((home) => file.startsWith(home))) return [];
    const found: Violation[] = [];
    if (TOKENIZER_NAME.test(posix.basename(file))) found.push({ rule: 'tokenizer', file, detail: `a file named ${posix.basename(file)}` });
    for (const name of exports.filter((exported) => TOKENIZER_NAME.test(exported))) found.push({ rule: 'tokenizer', file, detail: `exports ${name}` });
    return found;
  });
}

/** Rule 5: no import cycle among src/ files; each cycle is reported once, as a path from its first file back to it. */
export function checkCycles(graph: readonly SourceFile[]): Violation[] {
  const next = new Map<string, string[]>();
  for (const [from, to] of internalEdges(graph)) next.set(from, [...(next.get(from) ?? []), to]);
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const cycles = new Map<string, string[]>();
  const visit = (file: string): void => {
    state.set(file, 'open');
    path.push(file);
    for (const target of next.get(file) ?? []) {
      if (state.get(target) === 'open') {
        const cycle = path.slice(path.indexOf(target));
        const start = cycle.indexOf([...cycle].sort()[0]!);
        const rotated = [...cycle.slice(start), ...cycle.slice(0, start)];
        cycles.set(rotated.join(' -> '), rotated);
      } else if (!state.has(target)) {
        visit(target);
      }
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const { file } of [...graph].sort((a, b) => a.file.localeCompare(b.file))) if (!state.has(file)) visit(file);
  return [...cycles.values()].map((cycle) => ({ rule: 'cycle', file: cycle[0]!, detail: [...cycle, cycle[0]].join(' -> ') }));
}

/** Rule 6: test runner and assertions stay in tests: no non-test file in src/ imports node:test or node:assert. */
export function checkTestImports(graph: readonly SourceFile[]): Violation[] {
  return graph.flatMap(({ file, imports }) =>
    isTest(file) || !file.startsWith('src/')
      ? []
      : imports
          .filter((specifier) => /^node:(?:test|assert)(?:\/|$)/.test(specifier))
          .map((specifier) => ({ rule: 'test-import', file, detail: `imports ${specifier}` })),
  );
}

/** Every rule; the exceptions apply to the index-only rule. */
export function checkArchitecture(graph: readonly SourceFile[], exceptions: readonly ImportException[] = []): Violation[] {
  return [
    ...checkDirection(graph),
    ...checkIndexOnly(graph, exceptions),
    ...checkNlpLibraries(graph),
    ...checkTokenizers(graph),
    ...checkCycles(graph),
    ...checkTestImports(graph),
  ];
}

// Statements start a line in this code base; `[^;]*?` lets an import list span lines and stops at the statement's end.
const STATIC_IMPORT = /^\s*(?:import|export)\b[^;]*?\bfrom\s*['"]([^'"]+)['"]/gm;
const BARE_IMPORT = /^\s*import\s*['"]([^'"]+)['"]/gm;
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
const EXPORTED_NAME = /^\s*export\s+(?:declare\s+)?(?:async\s+)?(?:function\*?|const|let|class)\s+(\w+)/gm;

/** The import specifiers (`import`, `import type`, `export … from`, `import('…')`) and exported names of TypeScript source text. */
export function parseSource(file: string, text: string): SourceFile {
  const all = (pattern: RegExp): string[] => [...text.matchAll(pattern)].map((match) => match[1]!);
  return { file, imports: [...all(STATIC_IMPORT), ...all(BARE_IMPORT), ...all(DYNAMIC_IMPORT)], exports: all(EXPORTED_NAME) };
}

/** Reads every .ts file below `root`/src into a graph, files in sorted order. */
export function readSourceGraph(root: string): SourceFile[] {
  const files = (readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }) as string[])
    .map((name) => posix.join('src', name.split('\\').join('/')))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .sort();
  return files.map((file) => parseSource(file, readFileSync(join(root, file), 'utf8')));
}
