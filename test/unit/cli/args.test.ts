import { describe, expect, it } from 'vitest';
import { checkFlags, limitFlag, parseArgs, requireFlag } from '../../../src/cli/args';
import { CliError } from '../../../src/cli/cli-error';

describe('parseArgs', () => {
  it('reads the command, flags in both spellings and positionals', () => {
    const args = parseArgs(['search', '--kb', 'kb.json', '--limit=3', 'extra']);
    expect(args.command).toBe('search');
    expect(Object.fromEntries(args.flags)).toEqual({ kb: 'kb.json', limit: '3' });
    expect(args.positionals).toEqual(['extra']);
  });

  it('reads help switches', () => {
    expect(parseArgs(['search', '--help']).flags.get('help')).toBe('true');
    expect(parseArgs(['-h']).flags.get('help')).toBe('true');
  });

  it('rejects a flag without a value', () => {
    expect(() => parseArgs(['search', '--kb'])).toThrow(/--kb needs a value/);
    expect(() => parseArgs(['search', '--kb', '--queries', 'q.json'])).toThrow(/--kb needs a value/);
    expect(() => parseArgs(['search', '--'])).toThrow(CliError);
  });
});

describe('flag helpers', () => {
  const usage = 'ownit search --kb <kb> --queries <q>';

  it('requires flags with a usage line and exit code 2', () => {
    const args = parseArgs(['search', '--kb', 'kb.json']);
    expect(requireFlag(args, 'kb', usage)).toBe('kb.json');
    try {
      requireFlag(args, 'queries', usage);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CliError);
      expect((error as CliError).message).toBe(`Missing --queries. Usage: ${usage}`);
      expect((error as CliError).exitCode).toBe(2);
    }
  });

  it('checks --limit', () => {
    expect(limitFlag(parseArgs(['search']), 10)).toBe(10);
    expect(limitFlag(parseArgs(['search', '--limit', '3']), 10)).toBe(3);
    for (const bad of ['0', '-1', '2.5', 'ten', '']) {
      expect(() => limitFlag(parseArgs(['search', `--limit=${bad}`]), 10)).toThrow(
        /--limit must be a whole number/,
      );
    }
  });

  it('rejects unknown flags', () => {
    expect(() => checkFlags(parseArgs(['search', '--kbb', 'x']), ['kb'], usage)).toThrow(
      /Unknown flag --kbb/,
    );
    expect(() => checkFlags(parseArgs(['search', '--kb', 'x', '--help']), ['kb'], usage)).not.toThrow();
  });
});
