import type { StoryEvalReport } from './run-story-eval.js';

const percent = (value: number): string => (100 * value).toFixed(1);
const speed = (value: number): string => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '∞');

/** The stories evaluation as a Markdown table with a header line. */
export function formatStoryEvalTable(report: StoryEvalReport, title: string): string {
  const lines = [
    `${title}: ${report.articles} articles, ${report.goldStories} gold stories${report.unreadable > 0 ? ` (${report.unreadable} unreadable left out)` : ''}; arrival order: ${report.order}; analysis ${speed(report.analysisArticlesPerSecond)} articles/s`,
    '',
    '| system | B³ P | B³ R | B³ F1 | pair P | pair R | pair F1 | stories | articles/s |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const system of report.systems) {
    const { bcubed, pairwise, stories } = system.scores;
    lines.push(
      `| ${system.name} | ${percent(bcubed.precision)} | ${percent(bcubed.recall)} | ${percent(bcubed.f1)} | ${percent(pairwise.precision)} | ${percent(pairwise.recall)} | ${percent(pairwise.f1)} | ${stories} | ${speed(system.articlesPerSecond)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
