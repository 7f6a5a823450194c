import type { Command } from 'commander';

/** Placeholder: the `serve` command is not built yet. */
export function registerServe(program: Command): void {
  program.command('serve').description('(not built yet)').action(() => {
    process.stderr.write('corroborate serve: not built yet\n');
    process.exitCode = 1;
  });
}
