import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { CorroborateError, type Article, type ArticleAnalysis, type Diagnostic, type StoryArticle } from '../model/index.js';
import { ingestInputs } from '../ingest/index.js';
import { prepareStoryArticle, runPipeline } from '../pipeline/index.js';
import {
  findOutputFormat,
  listFormatNames,
  OUTPUT_FORMATS,
  renderStoryListJson,
  renderStoryListMarkdown,
  STANDALONE_FORMATS,
  type OutputFormat,
} from '../render/index.js';
import { assignArticles, listStories, orderArticles } from '../stories/index.js';
import { readInputs } from './read-inputs.js';

interface StoriesFlags {
  readonly format: 'md' | 'json';
  readonly output?: string;
  readonly brief?: string;
  readonly briefFormat: OutputFormat;
  readonly minArticles: number;
  readonly threshold?: number;
  readonly allowPrivateUrls?: boolean;
  readonly progress?: boolean;
  readonly quiet?: boolean;
}

function parseListFormat(value: string): 'md' | 'json' {
  if (value === 'md' || value === 'markdown') return 'md';
  if (value === 'json') return 'json';
  throw new InvalidArgumentError('expected md or json');
}

function parseBriefFormat(value: string): OutputFormat {
  const format = findOutputFormat(value, STANDALONE_FORMATS);
  if (!format) throw new InvalidArgumentError(`expected ${listFormatNames(STANDALONE_FORMATS)}`);
  return format;
}

function parseCount(value: string): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) throw new InvalidArgumentError('expected a positive whole number');
  return count;
}

function parseThreshold(value: string): number {
  const threshold = Number(value);
  if (!Number.isFinite(threshold) || threshold <= 0 || threshold >= 1) throw new InvalidArgumentError('expected a number between 0 and 1');
  return threshold;
}

const MAX_SHOWN_PER_CODE = 10;

// A stream of thousands of articles may raise the same warning thousands of times: each code is shown ten times, then counted.
function reportDiagnostics(diagnostics: readonly Diagnostic[]): void {
  const shown = new Map<string, number>();
  for (const d of diagnostics) {
    if (d.severity === 'info') continue;
    const count = (shown.get(d.code) ?? 0) + 1;
    shown.set(d.code, count);
    if (count > MAX_SHOWN_PER_CODE) continue;
    const where = [d.source, d.input].filter(Boolean).join(' ');
    process.stderr.write(`corroborate: ${d.severity}: ${where ? `${where}: ` : ''}${d.message}\n`);
  }
  for (const [code, count] of shown) {
    if (count > MAX_SHOWN_PER_CODE) process.stderr.write(`corroborate: … and ${count - MAX_SHOWN_PER_CODE} more ${code} warnings\n`);
  }
}

/** A counter on stderr: redrawn in place on a terminal; with --progress elsewhere, one line per 10%. */
function createProgress(enabled: boolean): (done: number, total: number) => void {
  if (!enabled) return () => undefined;
  const tty = process.stderr.isTTY === true;
  let lastLine = 0;
  return (done, total) => {
    if (tty) process.stderr.write(done < total ? `\rcorroborate: analyzed ${done} of ${total} articles` : '\r\x1b[2K');
    else if (done === total || done - lastLine >= Math.max(1, Math.ceil(total / 10))) {
      lastLine = done;
      process.stderr.write(`corroborate: analyzed ${done} of ${total} articles\n`);
    }
  };
}

async function writeText(path: string, text: string, what: string): Promise<void> {
  try {
    await writeFile(path, text);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'its folder does not exist' : (error as Error).message;
    throw new CorroborateError('output-failed', `cannot write ${what} to ${path}: ${reason}`);
  }
}

/** The article's id in the stream: the id its record gave it, else where it came from (file, file#line). */
function streamIdOf(article: Article, taken: Map<string, number>): string {
  const base = article.recordId ?? article.origin;
  const seen = taken.get(base) ?? 0;
  taken.set(base, seen + 1);
  // Two records that give the same id are the same article (the stories stage puts the second with the first);
  // two inputs without ids that share an origin ("-" twice) get distinct ids.
  return article.recordId !== undefined || seen === 0 ? base : `${base}~${seen + 1}`;
}

interface Prepared {
  readonly story: StoryArticle;
  readonly article: Article;
  readonly analysis: ArticleAnalysis | null;
}

async function briefStories(
  directory: string,
  stories: ReturnType<typeof listStories>,
  byId: ReadonlyMap<string, Prepared>,
  format: OutputFormat,
  diagnostics: Diagnostic[],
): Promise<number> {
  try {
    await mkdir(directory, { recursive: true });
  } catch (error) {
    throw new CorroborateError('output-failed', `cannot create the folder ${directory}: ${(error as Error).message}`);
  }
  let written = 0;
  for (const story of stories) {
    const members = story.articles.map((id) => byId.get(id)!).filter((member) => member.analysis?.doc);
    if (members.length === 0) {
      diagnostics.push({ severity: 'warning', code: 'story-without-text', message: `story ${story.id} has only headlines: no briefing written`, source: null });
      continue;
    }
    const articles = members.map((member, index) => ({ ...member.article, id: `S${index + 1}` }));
    const { briefing, sourceTexts } = runPipeline({ articles, analyses: members.map((member) => member.analysis) }, story.title ? { title: story.title } : {});
    await writeText(join(directory, `story-${story.id}${format.extension}`), format.render(briefing, { sourceTexts }), `the briefing of story ${story.id}`);
    written += 1;
  }
  return written;
}

/** Registers `corroborate stories <inputs…>`. */
export function registerStories(program: Command): void {
  program
    .command('stories')
    .description('Group a pile or stream of articles into stories (events) and list them; optionally brief each story.')
    .argument('<inputs...>', 'files, directories (every supported file, sorted by name), http(s) URLs, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'list format: md or json').argParser(parseListFormat).default('md'))
    .option('-o, --output <file>', 'write the list to FILE instead of standard output')
    .option('-b, --brief <dir>', 'write one briefing per story into DIR (story-<id>.md)')
    .addOption(
      new Option('--brief-format <format>', `format of the briefings: ${listFormatNames(STANDALONE_FORMATS, true)}`)
        .argParser(parseBriefFormat)
        .default(OUTPUT_FORMATS.md, OUTPUT_FORMATS.md.name),
    )
    .option('-m, --min-articles <n>', 'list and brief only stories with at least N articles', parseCount, 1)
    .option('--threshold <x>', 'similarity (0–1) an article needs to join a story (default 0.25; lower joins more)', parseThreshold)
    .option('--allow-private-urls', 'allow fetching URLs on loopback, private and link-local addresses')
    .option('--progress', 'show progress on stderr even when it is not a terminal')
    .option('-q, --quiet', 'do not print diagnostics or progress on standard error')
    .addHelpText(
      'after',
      '\nArticles are replayed by publication date (input order when undated) and each joins the most similar open story\nor opens one. JSON-lines records may carry id, title, text, date and source; a record with a title and no text is\ngrouped by its title. Bad articles are reported and the rest are grouped; exit code 65 when no article is usable.\n\nExample: corroborate stories feeds/ --format json --brief briefings/',
    )
    .action(async (args: string[], flags: StoriesFlags) => {
      const read = await readInputs(args, { allowPrivate: flags.allowPrivateUrls === true });
      const ingested = ingestInputs(read.inputs, { keepHeadlines: true });
      const diagnostics: Diagnostic[] = [...read.diagnostics, ...ingested.diagnostics];
      if (ingested.articles.length === 0) throw new CorroborateError('no-usable-input', 'no usable article among the inputs', diagnostics);
      const progress = createProgress(!flags.quiet && (process.stderr.isTTY === true || flags.progress === true));
      const taken = new Map<string, number>();
      const byId = new Map<string, Prepared>();
      const prepared = ingested.articles.map((article, index) => {
        const made = prepareStoryArticle(article, streamIdOf(article, taken));
        diagnostics.push(...made.diagnostics);
        if (!byId.has(made.article.id)) byId.set(made.article.id, { story: made.article, article, analysis: made.analysis });
        progress(index + 1, ingested.articles.length);
        return made.article;
      });
      const order = orderArticles(prepared);
      const assigned = assignArticles(null, order.articles, flags.threshold !== undefined ? { threshold: flags.threshold } : {});
      diagnostics.push(...assigned.diagnostics);
      const stories = listStories(
        [...byId.values()].map((entry) => entry.story),
        assigned.assignments,
      ).filter((story) => story.articles.length >= flags.minArticles);
      if (flags.brief) {
        const written = await briefStories(flags.brief, stories, byId, flags.briefFormat, diagnostics);
        if (!flags.quiet) process.stderr.write(`corroborate: wrote ${written} briefing${written === 1 ? '' : 's'} to ${flags.brief}\n`);
      }
      const list = { stories, articles: prepared.length, order: order.note, diagnostics };
      if (flags.format === 'md' && !flags.quiet) reportDiagnostics(diagnostics);
      const text = flags.format === 'json' ? renderStoryListJson(list) : renderStoryListMarkdown(list);
      if (flags.output) await writeText(flags.output, text, 'the story list');
      else process.stdout.write(text);
    });
}
