import type { Command } from 'commander';

/** Placeholder: the `eval` command is not built yet. */
export function registerEval(program: Command): void {
  program.command('eval').description('(not built yet)').action(() => {
    process.stderr.write('corroborate eval: not built yet\n');
    process.exitCode = 1;
  });
}
