// The `ownit` command line: `npm run -s ownit -- <command> [flags]`. JSON lines on stdout; errors on
// stderr with a non-zero exit code.
import './english';
import { pathToFileURL } from 'node:url';
import { type ParsedArgs, parseArgs } from './args';
import { CliError, EXIT_FAILURE, EXIT_USAGE } from './cli-error';
import { EXPORT_USAGE, runExportCommand } from './command-export';
import { IMPORT_USAGE, runImportCommand } from './command-import';
import { PACK_USAGE, runPackCommand } from './command-pack';
import { PHRASINGS_USAGE, runPhrasingsCommand } from './command-phrasings';
import { runSearchCommand, SEARCH_USAGE } from './command-search';
import { runSuggestCommand, SUGGEST_USAGE } from './command-suggest';
import { runValidateCommand, VALIDATE_USAGE } from './command-validate';
import { NUDGE_USAGE, runNudgeCommand } from './nudge-command';
import { type WriteLine, writeStdout } from './output';

interface Command {
  usage: string;
  run(args: ParsedArgs, write: WriteLine): Promise<void>;
}

/** Every command, by name. A new command adds one line here. */
const COMMANDS: Record<string, Command> = {
  search: { usage: SEARCH_USAGE, run: runSearchCommand },
  suggest: { usage: SUGGEST_USAGE, run: runSuggestCommand },
  nudge: { usage: NUDGE_USAGE, run: runNudgeCommand },
  validate: { usage: VALIDATE_USAGE, run: runValidateCommand },
  import: { usage: IMPORT_USAGE, run: runImportCommand },
  export: { usage: EXPORT_USAGE, run: runExportCommand },
  pack: { usage: PACK_USAGE, run: runPackCommand },
  phrasings: { usage: PHRASINGS_USAGE, run: runPhrasingsCommand },
};

function usage(): string {
  return ['Usage:', ...Object.values(COMMANDS).map((command) => `  ${command.usage}`)].join('\n');
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: readonly string[], write: WriteLine = writeStdout): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.command === undefined || args.command === 'help') {
      process.stderr.write(`${usage()}\n`);
      return args.command === undefined && !args.flags.has('help') ? EXIT_USAGE : 0;
    }
    const command = COMMANDS[args.command];
    if (!command) {
      throw new CliError(
        `Unknown command "${args.command}". Commands: ${Object.keys(COMMANDS).join(', ')}.`,
        EXIT_USAGE,
      );
    }
    if (args.flags.has('help')) {
      process.stderr.write(`Usage: ${command.usage}\n`);
      return 0;
    }
    await command.run(args, write);
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`ownit: ${error.message}\n`);
      return error.exitCode;
    }
    process.stderr.write(`ownit: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`);
    return EXIT_FAILURE;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
  });
  process.exitCode = await main(process.argv.slice(2));
}
