import type { Command } from 'commander';
import { CorroborateError, type Diagnostic } from '../model/index.js';
import { addAndAnalyzeArticles } from '../server/add-articles.js';
import { addToStream } from '../server/stream-articles.js';
import { ingestRawInputs } from '../server/pipeline.js';
import { openCommandStore } from './database-url.js';
import { readInputs } from './read-inputs.js';

interface IngestFlags {
  readonly story?: string;
  readonly data?: string;
  readonly database?: string;
  readonly allowPrivateUrls?: boolean;
  readonly quiet?: boolean;
}

function reportDiagnostics(diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    if (d.severity === 'info') continue;
    process.stderr.write(`corroborate: ${d.severity}: ${d.input ? `${d.input}: ` : ''}${d.message}\n`);
  }
}

const label = (a: { title: string | null; origin: string }) => JSON.stringify((a.title ?? a.origin).slice(0, 80));

/**
 * Registers `corroborate ingest <inputs…> [--story NAME]`: adds articles to the named story in one transaction, or,
 * without --story, to the stories the stream clusterer finds for them (see src/server/stream-articles.ts).
 */
export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description(
      'Add articles to a story in the store (created if missing), or without --story to the stories the clusterer finds for them; articles already there (same URL or text) are skipped.',
    )
    .argument('<inputs...>', 'files, directories, http(s) URLs, or - for stdin')
    .option('-s, --story <name>', 'the story title to add to (default: each article joins the story the clusterer finds, or opens one)')
    .option('-d, --data <dir>', 'store folder (default $CORROBORATE_DATA, else $XDG_DATA_HOME/corroborate, else ~/.local/share/corroborate)')
    .option('--database <url>', 'add to the PostgreSQL store shared with `serve --database` instead (default $CORROBORATE_DATABASE_URL)')
    .option('--allow-private-urls', 'allow fetching URLs on loopback, private and link-local addresses')
    .option('-q, --quiet', 'do not print diagnostics on standard error')
    .addHelpText(
      'after',
      '\nExamples: corroborate ingest examples/baghdad-2007 --story "US-Iran talks"\n          corroborate ingest today/*.html   (stories found automatically)',
    )
    .action(async (args: string[], flags: IngestFlags) => {
      if (flags.story !== undefined && flags.story.trim() === '') throw new CorroborateError('bad-request', '--story needs a non-empty name');
      const read = await readInputs(args, { allowPrivate: flags.allowPrivateUrls === true });
      const ingested = ingestRawInputs(read.inputs);
      if (!flags.quiet) reportDiagnostics([...read.diagnostics, ...ingested.diagnostics]);
      if (ingested.articles.length === 0) throw new CorroborateError('no-usable-input', 'no article could be read from the inputs; nothing was added');
      const opened = await openCommandStore(flags, 'ingest');
      const { store, where: dataDir } = opened;
      try {
        if (flags.story === undefined) {
          const outcome = await addToStream(
            store,
            ingested.articles.map((article) => ({ article })),
          );
          if (!flags.quiet) reportDiagnostics(outcome.diagnostics);
          outcome.results.forEach((result, index) => {
            const given = ingested.articles[index]!;
            if (result.status === 'added')
              process.stdout.write(`added     #${result.article.id} ${label(result.article)} → story #${result.story}${result.opened ? ' (new)' : ''}\n`);
            else if (result.status === 'duplicate')
              process.stdout.write(
                `duplicate (same ${result.reason === 'url' ? 'URL' : result.reason === 'key' ? 'key' : 'text'}) #${result.article.id} ${label(result.article)}\n`,
              );
            else process.stdout.write(`skipped   ${label(given)}: ${result.reason}\n`);
          });
          const added = outcome.results.filter((result) => result.status === 'added').length;
          const into = new Set(outcome.results.flatMap((result) => (result.status === 'added' ? [result.story] : []))).size;
          const moved = outcome.changed.length - into;
          process.stdout.write(
            `${added} added to ${into} ${into === 1 ? 'story' : 'stories'}, ${outcome.results.length - added} not${moved > 0 ? `; ${moved} other ${moved === 1 ? 'story' : 'stories'} changed as the clusterer moved earlier articles` : ''} (store: ${dataDir})\n`,
          );
          return;
        }
        const { story, created } = await store.ensureStory(flags.story);
        const results = await addAndAnalyzeArticles(store, story.id, ingested.articles);
        let added = 0;
        for (const result of results) {
          if (result.status === 'added') added += 1;
          const verb = result.status === 'added' ? 'added    ' : `duplicate (same ${result.reason === 'url' ? 'URL' : 'text'})`;
          process.stdout.write(`${verb} #${result.article.id} ${label(result.article)}\n`);
        }
        const total = (await store.getStory(story.id))?.articles ?? 0;
        process.stdout.write(
          `story #${story.id} ${JSON.stringify(story.title)}${created ? ' (new)' : ''}: ${added} added, ${results.length - added} duplicate, ${total} in all (store: ${dataDir})\n`,
        );
      } finally {
        await opened.close();
      }
    });
}
