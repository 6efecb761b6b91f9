/** The `blindspot` command line: dispatches to subcommands and maps errors to exit codes. */
import { errorMessage, InputError, UsageError } from '../util/errors.js';
import { initCommand } from './commands/init.js';
import { ownersCommand } from './commands/owners.js';
import { reconcileCommand } from './commands/reconcile.js';
import { snapshotCommand } from './commands/snapshot.js';
import { validateCommand } from './commands/validate.js';
import { EXIT_OK, EXIT_USAGE, type CliIO, type Command } from './io.js';
import { VERSION } from '../version.js';

export const COMMANDS: Command[] = [validateCommand, ownersCommand, snapshotCommand, reconcileCommand, initCommand];

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `blindspot ${VERSION}: find production blind spots between governance records and what is live.

Usage: blindspot <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run "blindspot <command> --help" for a command's options.
Exit codes: 0 ok, 1 findings or invalid input files, 2 usage or input error.
`;
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help());
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(VERSION + '\n');
    return EXIT_OK;
  }
  // `snapshot convert` and friends: the first word picks the command, the rest is its own.
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`blindspot: unknown command "${name}"\n\n${help()}`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`blindspot ${command.name}: ${err.message}\n\n${command.usage}\n`);
      return EXIT_USAGE;
    }
    if (err instanceof InputError) {
      io.stderr(`blindspot ${command.name}: ${errorMessage(err)}\n`);
      return EXIT_USAGE;
    }
    throw err;
  }
}
