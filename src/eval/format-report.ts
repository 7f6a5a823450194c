import type { EvalReport } from './run-eval.js';

const COLUMNS = ['system', 'R-1', 'R-2', 'R-L', 'R-SU4', 'words', 'stories/s'] as const;

function formatRate(rate: number): string {
  return rate >= 100 ? rate.toFixed(0) : rate >= 10 ? rate.toFixed(1) : rate.toFixed(2);
}

/** The eval report as a plain-text table: ROUGE F-scores ×100, mean scored words, stories per second. */
export function formatEvalTable(report: EvalReport): string {
  const rows = report.systems.map((result) => [
    result.failures > 0 ? `${result.system} (${result.failures} failed)` : result.system,
    (result.rouge['ROUGE-1'].f * 100).toFixed(2),
    (result.rouge['ROUGE-2'].f * 100).toFixed(2),
    (result.rouge['ROUGE-L'].f * 100).toFixed(2),
    (result.rouge['ROUGE-SU'].f * 100).toFixed(2),
    result.averageWords.toFixed(1),
    formatRate(result.storiesPerSecond),
  ]);
  const table = [[...COLUMNS], ...rows];
  const widths = COLUMNS.map((_, column) => Math.max(...table.map((row) => (row[column] as string).length)));
  const lines = table.map((row) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] as number) : cell.padStart(widths[column] as number))).join('  '),
  );
  const protocol = `ROUGE F ×100 over ${report.clusters} clusters; system text cut at ${report.words} words; ${report.stem ? 'Porter stemming' : 'no stemming'}; ROUGE-SU4 = skip-bigrams (gap ≤ 4) + unigrams`;
  const failures = report.systems
    .filter((result) => result.firstFailure !== null)
    .map((result) => `${result.system} failed on ${result.failures} clusters, first: ${result.firstFailure}`);
  return `${[protocol, ...lines, ...failures].join('\n')}\n`;
}
