import type { AnalyzedDocument, SourceId } from '../../model/index.js';
import { runPipeline, type PipelineResult } from '../../pipeline/index.js';
import { findEchoedFacts, findUnsupportedFacts, type EchoedFact, type UnsupportedFact } from './fact-checks.js';
import type { StoryCluster } from './read-stories.js';
import { checkSummary, hasDefect, type SentenceDefects } from './summary-checks.js';
import { checkTitle, type TitleDefect } from './title-check.js';

/** What the automatic reader checks found in one briefing. */
export interface BriefingQuality {
  readonly id: string;
  readonly title: string;
  readonly titleDefect: TitleDefect | null;
  readonly sentences: readonly SentenceDefects[];
  /** The first summary sentence is a lead (one of the first two prose sentences) of its source. */
  readonly leadFirst: boolean;
  readonly singleSourceFacts: number;
  readonly echoed: readonly EchoedFact[];
  readonly consensusFacts: number;
  readonly unsupported: readonly UnsupportedFact[];
  readonly conflicts: number;
}

/** Totals over many briefings. */
export interface QualityTotals {
  readonly stories: number;
  readonly failures: number;
  readonly sentences: number;
  readonly defective: number;
  readonly opener: number;
  readonly speakerPronoun: number;
  readonly furniture: number;
  readonly redundant: number;
  readonly wrongCitation: number;
  readonly broken: number;
  readonly leadFirst: number;
  readonly titles: number;
  readonly headlines: number;
  readonly titleDefects: Readonly<Record<string, number>>;
  readonly singleSourceFacts: number;
  readonly echoedFacts: number;
  readonly consensusFacts: number;
  readonly unsupportedFacts: number;
  readonly conflicts: number;
}

const PROSE = /[.!?](?:\s?["'”’)])*$/;

function isLead(docs: ReadonlyMap<SourceId, AnalyzedDocument>, source: SourceId, sentence: number): boolean {
  const doc = docs.get(source);
  if (!doc) return false;
  const prose = doc.sentences.filter((item) => item.words.length >= 6 && PROSE.test(item.text)).map((item) => item.index);
  const rank = prose.indexOf(sentence);
  return rank >= 0 && rank <= 1;
}

/** Runs the automatic reader checks on one briefing and the analysis it was made from. */
export function checkBriefing(id: string, result: PipelineResult): BriefingQuality {
  const { briefing, story } = result;
  const docs = new Map(story.docs.map((doc) => [doc.source, doc]));
  const first = briefing.summary[0]?.evidence[0];
  return {
    id,
    title: briefing.title,
    titleDefect: checkTitle(briefing.title),
    sentences: checkSummary(briefing.summary, docs),
    leadFirst: first ? isLead(docs, first.source, first.sentence) : false,
    singleSourceFacts: briefing.facts.filter((fact) => fact.sources.length === 1).length,
    echoed: findEchoedFacts(briefing.facts, story.docs),
    consensusFacts: briefing.facts.filter((fact) => fact.status === 'consensus').length,
    unsupported: findUnsupportedFacts(briefing.facts, docs),
    conflicts: briefing.conflicts.length,
  };
}

/** Briefs one story from its texts and checks it; null when no article is usable. */
export function briefAndCheck(story: StoryCluster, words = 250): BriefingQuality | null {
  try {
    const result = runPipeline({ records: story.documents.map((text) => ({ text })) }, { words });
    return checkBriefing(story.id, result);
  } catch (error) {
    if (error instanceof Error && 'code' in error && (error as { code: string }).code === 'no-usable-input') return null;
    throw error;
  }
}

/** Adds up the checks of many briefings. */
export function totalQuality(reports: readonly BriefingQuality[], failures = 0): QualityTotals {
  const sentences = reports.flatMap((report) => report.sentences);
  const titleDefects: Record<string, number> = {};
  for (const report of reports) if (report.titleDefect) titleDefects[report.titleDefect] = (titleDefects[report.titleDefect] ?? 0) + 1;
  const sum = (pick: (report: BriefingQuality) => number): number => reports.reduce((total, report) => total + pick(report), 0);
  return {
    stories: reports.length,
    failures,
    sentences: sentences.length,
    defective: sentences.filter(hasDefect).length,
    opener: sentences.filter((item) => item.opener !== null).length,
    speakerPronoun: sentences.filter((item) => item.speakerPronoun).length,
    furniture: sentences.filter((item) => item.furniture !== null).length,
    redundant: sentences.filter((item) => item.redundantWith !== null).length,
    wrongCitation: sentences.filter((item) => item.wrongCitations.length > 0).length,
    broken: sentences.filter((item) => item.broken).length,
    leadFirst: reports.filter((report) => report.leadFirst).length,
    titles: reports.length,
    headlines: reports.filter((report) => report.titleDefect === null).length,
    titleDefects,
    singleSourceFacts: sum((report) => report.singleSourceFacts),
    echoedFacts: sum((report) => report.echoed.length),
    consensusFacts: sum((report) => report.consensusFacts),
    unsupportedFacts: sum((report) => new Set(report.unsupported.map((item) => item.fact)).size),
    conflicts: sum((report) => report.conflicts),
  };
}
