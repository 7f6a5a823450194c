import type { Command } from 'commander';

/** Placeholder: the `ingest` command is not built yet. */
export function registerIngest(program: Command): void {
  program.command('ingest').description('(not built yet)').action(() => {
    process.stderr.write('corroborate ingest: not built yet\n');
    process.exitCode = 1;
  });
}
