// Command-line parsing: `<command> [--flag value]… [positional]…`.
import { CliError, EXIT_USAGE } from './cli-error';

export interface ParsedArgs {
  command: string | undefined;
  flags: Map<string, string>;
  positionals: string[];
}

/** Flags that take no value. */
const SWITCHES = new Set(['help', 'allow-rejects', 'hash', 'vectors']);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const flags = new Map<string, string>();
  const positionals: string[] = [];
  let command: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h') {
      flags.set('help', 'true');
    } else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      if (name === '') throw new CliError(`Invalid flag "${arg}".`, EXIT_USAGE);
      if (SWITCHES.has(name)) {
        flags.set(name, 'true');
        continue;
      }
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || (eq < 0 && value.startsWith('--'))) {
        throw new CliError(`Flag --${name} needs a value.`, EXIT_USAGE);
      }
      flags.set(name, value);
    } else if (command === undefined) {
      command = arg;
    } else {
      positionals.push(arg);
    }
  }
  return { command, flags, positionals };
}

export function requireFlag(args: ParsedArgs, name: string, usage: string): string {
  const value = args.flags.get(name);
  if (value === undefined || value === '') {
    throw new CliError(`Missing --${name}. Usage: ${usage}`, EXIT_USAGE);
  }
  return value;
}

/** A positive whole-number flag, or the fallback when absent. */
export function limitFlag(args: ParsedArgs, fallback: number): number {
  const value = args.flags.get('limit');
  if (value === undefined) return fallback;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1) {
    throw new CliError(`--limit must be a whole number of at least 1 (got "${value}").`, EXIT_USAGE);
  }
  return limit;
}

/** Rejects flags a command does not know, so a typo does not silently change the run. */
export function checkFlags(args: ParsedArgs, known: readonly string[], usage: string): void {
  for (const name of args.flags.keys()) {
    if (name !== 'help' && !known.includes(name)) {
      throw new CliError(`Unknown flag --${name}. Usage: ${usage}`, EXIT_USAGE);
    }
  }
}
