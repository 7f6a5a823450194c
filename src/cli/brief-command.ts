import { writeFile } from 'node:fs/promises';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { CorroborateError, type Diagnostic } from '../model/index.js';
import { runPipeline, type PipelineHooks } from '../pipeline/index.js';
import { findOutputFormat, listFormatNames, OUTPUT_FORMATS, STANDALONE_FORMATS, type OutputFormat } from '../render/index.js';
import { readInputs } from './read-inputs.js';

interface BriefFlags {
  readonly format: OutputFormat;
  readonly output?: string;
  readonly words: number;
  readonly title?: string;
  readonly allowPrivateUrls?: boolean;
  readonly quiet?: boolean;
}

function parseFormat(value: string): OutputFormat {
  const format = findOutputFormat(value, STANDALONE_FORMATS);
  if (!format) throw new InvalidArgumentError(`expected ${listFormatNames(STANDALONE_FORMATS)}`);
  return format;
}

function parseWords(value: string): number {
  const words = Number(value);
  if (!Number.isInteger(words) || words < 10 || words > 5000) throw new InvalidArgumentError('expected a whole number of words from 10 to 5000');
  return words;
}

function reportDiagnostics(diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    if (d.severity === 'info') continue;
    const where = [d.source, d.input].filter(Boolean).join(' ');
    process.stderr.write(`corroborate: ${d.severity}: ${where ? `${where}: ` : ''}${d.message}\n`);
  }
}

// Progress only where a person watches: a pipe or a log file gets the briefing and the diagnostics, nothing else.
function createProgress(quiet: boolean): PipelineHooks {
  if (quiet || !process.stderr.isTTY) return {};
  return {
    onArticle: (done, total) => {
      process.stderr.write(done < total ? `\rcorroborate: read ${done} of ${total} articles` : '\r\x1b[2K');
    },
  };
}

async function writeOutput(path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'its folder does not exist' : (error as Error).message;
    throw new CorroborateError('output-failed', `cannot write the briefing to ${path}: ${reason}`);
  }
}

/** Registers `corroborate brief <inputs…>`. */
export function registerBrief(program: Command): void {
  program
    .command('brief')
    .description('Read articles about one event and print a briefing whose every sentence cites its sources.')
    .argument('<inputs...>', 'files, directories (every supported file, sorted by name), http(s) URLs, or - for stdin')
    .addOption(
      new Option('-f, --format <format>', `output format: ${listFormatNames(STANDALONE_FORMATS, true)}`)
        .argParser(parseFormat)
        .default(OUTPUT_FORMATS.md, OUTPUT_FORMATS.md.name),
    )
    .option('-o, --output <file>', 'write the briefing to FILE instead of standard output')
    .option('-w, --words <n>', 'summary length in words', parseWords, 250)
    .option('-t, --title <title>', 'headline to use instead of the one chosen from the articles')
    .option('--allow-private-urls', 'allow fetching URLs on loopback, private and link-local addresses')
    .option('-q, --quiet', 'do not print diagnostics or progress on standard error')
    .addHelpText(
      'after',
      '\nFormats: plain text, HTML pages, JSON / JSON lines records ({title, text|html, url, outlet, published}),\nMulti-News lines (documents separated by |||||), RSS/Atom feeds. Problems with single inputs are reported\nand the rest are briefed; exit code 65 when no input is usable.\n\nExample: corroborate brief examples/baghdad-2007 --format html -o story.html',
    )
    .action(async (args: string[], flags: BriefFlags) => {
      const read = await readInputs(args, { allowPrivate: flags.allowPrivateUrls === true });
      const options = { words: flags.words, ...(flags.title ? { title: flags.title } : {}) };
      const { briefing, sourceTexts } = runPipeline({ inputs: read.inputs, diagnostics: read.diagnostics }, options, createProgress(flags.quiet === true));
      if (flags.format !== OUTPUT_FORMATS.json && !flags.quiet) reportDiagnostics(briefing.diagnostics);
      const text = flags.format.render(briefing, { sourceTexts });
      if (flags.output) await writeOutput(flags.output, text);
      else process.stdout.write(text);
    });
}
