import type { GoldScore } from './gold/score-gold.js';
import type { totalGold } from './gold/run-gold.js';
import type { QualityEvalReport } from './run-quality-eval.js';

const percent = (part: number, whole: number): string => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`);

/** The reader-quality report as a text table (targets of issue 11 beside each figure). */
export function formatQualityReport(report: QualityEvalReport): string {
  const t = report.totals;
  const lines = [
    `stories briefed: ${t.stories}${t.failures ? ` (${t.failures} without a usable article)` : ''}; summary sentences: ${t.sentences}`,
    '',
    'summary sentences                         share   count   target',
    `  with at least one defect               ${percent(t.defective, t.sentences).padStart(6)}  ${String(t.defective).padStart(6)}   <= 10%`,
    `  opening with an unresolved reference   ${percent(t.opener, t.sentences).padStart(6)}  ${String(t.opener).padStart(6)}   <= 3%`,
    `  attributed to an unresolved pronoun    ${percent(t.speakerPronoun, t.sentences).padStart(6)}  ${String(t.speakerPronoun).padStart(6)}`,
    `  page furniture                         ${percent(t.furniture, t.sentences).padStart(6)}  ${String(t.furniture).padStart(6)}   0`,
    `  redundant with an earlier one          ${percent(t.redundant, t.sentences).padStart(6)}  ${String(t.redundant).padStart(6)}   <= 2%`,
    `  citing a source whose passage lacks    ${percent(t.wrongCitation, t.sentences).padStart(6)}  ${String(t.wrongCitation).padStart(6)}   0`,
    `    its names, figures or quoted words`,
    `  a quote cut open or a sentence piece   ${percent(t.broken, t.sentences).padStart(6)}  ${String(t.broken).padStart(6)}`,
    `first summary sentence is a source's lead ${percent(t.leadFirst, t.stories).padStart(6)}  ${String(t.leadFirst).padStart(6)}   all`,
    `titles that read as a headline           ${percent(t.headlines, t.titles).padStart(6)}  ${String(t.headlines).padStart(6)}   all  (${Object.entries(
      t.titleDefects,
    )
      .map(([kind, count]) => `${kind} ${count}`)
      .join(', ')})`,
    `one-source facts another source reports  ${percent(t.echoedFacts, t.singleSourceFacts).padStart(6)}  ${String(t.echoedFacts).padStart(6)}   <= 5%  (of ${t.singleSourceFacts}; a lower bound)`,
    `consensus facts with an unsupported side ${percent(t.unsupportedFacts, t.consensusFacts).padStart(6)}  ${String(t.unsupportedFacts).padStart(6)}   <= 2%  (of ${t.consensusFacts})`,
    `conflicts per story                      ${report.conflictsPerStory.toFixed(2).padStart(6)}`,
  ];
  if (report.plants) {
    lines.push('', 'planted conflicts      found / planted   recall   right kind   near copies   paraphrases');
    for (const p of report.plants) {
      lines.push(
        `  ${p.kind.padEnd(18)} ${String(p.found).padStart(6)} / ${String(p.planted).padEnd(6)}  ${(p.planted ? p.found / p.planted : 0).toFixed(2).padStart(6)}   ${String(p.rightKind).padStart(10)}   ${`${p.closeFound}/${p.close}`.padStart(11)}   ${`${p.found - p.closeFound}/${p.planted - p.close}`.padStart(11)}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The gold-set report: totals, then each story's misses to read. */
export function formatGoldReport(scores: readonly GoldScore[], total: ReturnType<typeof totalGold>, verbose = false): string {
  const lines = [
    `gold stories: ${total.stories}`,
    `  shared facts found (source pairs)         ${percent(total.factPairsFound, total.factPairs).padStart(6)}  ${total.factPairsFound}/${total.factPairs}`,
    `  briefing fact pairs that are right         ${percent(total.systemPairsRight, total.systemPairs).padStart(6)}  ${total.systemPairsRight}/${total.systemPairs}`,
    `  consensus facts supported by every source  ${percent(total.consensusSupported, total.consensus).padStart(6)}  ${total.consensusSupported}/${total.consensus}   target >= 98%`,
    `  one-source facts another source reports    ${percent(total.singleSourceShared, total.singleSource).padStart(6)}  ${total.singleSourceShared}/${total.singleSource}   target <= 5%`,
    `  disagreements found (recall)               ${percent(total.conflictsFound, total.conflicts).padStart(6)}  ${total.conflictsFound}/${total.conflicts}   target >= 90%`,
    `  conflicts reported that are real (prec.)   ${percent(total.systemConflictsRight, total.systemConflicts).padStart(6)}  ${total.systemConflictsRight}/${total.systemConflicts}   target >= 90%`,
    `  quotes shown                               ${percent(total.quotesShown, total.quotes).padStart(6)}  ${total.quotesShown}/${total.quotes}`,
    `  speakers right, of quotes shown            ${percent(total.speakersRight, total.quotesShown).padStart(6)}  ${total.speakersRight}/${total.quotesShown}   target >= 95%`,
    `  speakers wrong (another person)            ${percent(total.speakersWrong, total.quotesShown).padStart(6)}  ${total.speakersWrong}   target 0`,
    `  speakers missing                           ${percent(total.speakersMissing, total.quotesShown).padStart(6)}  ${total.speakersMissing}`,
    `  quotes shown that the gold set lacks       ${String(total.quotesUnannotated).padStart(6)}`,
    `  first sentence gives the main news         ${percent(total.mainFirst, total.mainAnnotated).padStart(6)}  ${total.mainFirst}/${total.mainAnnotated}`,
  ];
  for (const score of scores) {
    lines.push(
      '',
      `${score.story} (${score.split}): facts ${score.factPairsFound}/${score.factPairs}, consensus ${score.consensusSupported}/${score.consensus}, conflicts ${score.conflictsFound}/${score.conflicts} (reported ${score.systemConflictsRight}/${score.systemConflicts} right), speakers ${score.speakersRight}/${score.quotesShown} of ${score.quotes} quotes`,
    );
    for (const anchor of score.missingAnchors) lines.push(`  anchor not found: ${anchor}`);
    if (verbose) for (const note of score.notes) lines.push(`  ${note}`);
  }
  return `${lines.join('\n')}\n`;
}
