import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args';
import { CliError, EXIT_USAGE } from '../../../src/cli/cli-error';
import { runNudgeCommand } from '../../../src/cli/nudge-command';

const dir = mkdtempSync(join(tmpdir(), 'ownit-nudge-'));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

/** The command's JSON lines; the phrases alone unless `extra` asks for meaning. */
async function run(rulesPath: string, casesPath: string, extra: string[] = ['--meaning', 'off']) {
  const out: string[] = [];
  await runNudgeCommand(parseArgs(['nudge', '--rules', rulesPath, '--cases', casesPath, ...extra]), (line) =>
    out.push(line),
  );
  return out.map((line) => JSON.parse(line));
}

async function failure(promise: Promise<unknown>): Promise<CliError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CliError);
  return error as CliError;
}

const refundRule = {
  id: 'refund',
  action: 'refund',
  label: 'Refund',
  limit: { amount: 100, currency: 'USD' },
  per: 'order',
  above: 'team lead',
  keywords: ['refund'],
};
const rules = file('rules.json', [refundRule]);
const cases = file('cases.json', [
  { id: 'a', text: 'I want a refund of $45' },
  { id: 'b', draft: 'Let me transfer you to billing.' },
  { id: 'c' },
]);

describe('ownit nudge', () => {
  it('prints one JSON line per case', async () => {
    const lines = await run(rules, cases);
    expect(lines[0]).toEqual({
      id: 'a',
      nudges: [
        {
          kind: 'within-limit',
          rule: 'refund',
          amount: 45,
          currency: 'USD',
          message: 'Yours to approve: refunds up to $100 per order ($45 here). No approval needed.',
        },
      ],
    });
    expect(lines[1].nudges.map((n: { kind: string }) => n.kind)).toEqual(['handoff']);
    expect(Object.keys(lines[1].nudges[0])).toEqual(['kind', 'message']);
    expect(lines[2]).toEqual({ id: 'c', nudges: [] });
  });

  it('says a rule file\'s scope and period: "$50 per customer per month"', async () => {
    const periodic = file('periodic.json', [
      {
        ...refundRule,
        id: 'store-credit',
        action: 'credit',
        label: 'Store credit',
        limit: { amount: 50, currency: 'USD' },
        per: 'customer',
        period: 'month',
        keywords: [],
      },
    ]);
    const asks = file('asks.json', [{ id: 'a', text: 'Could I get a $30 store credit for the delay?' }]);
    const [line] = await run(periodic, asks);
    expect(line.nudges[0].message).toBe(
      'Yours to approve: goodwill credit or vouchers up to $50 per customer per month ($30 here). No approval needed.',
    );
  });

  it('adds the second opinion by default, never dropping what the phrases found', async () => {
    const drafts = file('drafts.json', [
      { id: 'a', draft: 'Let me transfer you to billing.' },
      { id: 'b', draft: 'Thanks for waiting, your refund is on its way.' },
      { id: 'c', draft: 'Lamentamos las molestias, por favor contacte con su banco para resolverlo.' },
    ]);
    const phrases = await run(rules, drafts);
    const both = await run(rules, drafts, []);
    for (const [i, line] of both.entries()) {
      const found = line.nudges.filter((n: { source?: string }) => n.source === undefined);
      expect(found).toEqual(phrases[i].nudges);
      for (const added of line.nudges.filter((n: { source?: string }) => n.source !== undefined)) {
        expect(added.source).toBe('meaning');
        expect(['handoff', 'cant']).toContain(added.kind);
        expect(found.map((n: { kind: string }) => n.kind)).not.toContain(added.kind);
      }
    }
    // The Spanish draft: the Spanish phrases find the handoff; the second opinion (English only) adds nothing.
    expect(
      both[2].nudges.map((n: { kind: string; source?: string }) => [n.kind, n.source ?? 'phrases']),
    ).toEqual([['handoff', 'phrases']]);
    expect((await failure(run(rules, drafts, ['--meaning', 'maybe']))).exitCode).toBe(EXIT_USAGE);
  });

  it('takes an Own It pack for --rules', async () => {
    const pack = file('pack.json', {
      format: 'ownit-pack',
      formatVersion: 1,
      id: 'p',
      name: 'P',
      version: '1',
      rules: [refundRule],
    });
    expect(await run(pack, cases)).toHaveLength(3);
  });

  it('reads the team phrases of an Own It pack given for --rules', async () => {
    const team = { id: 'x', draft: 'Acme Logistics will sort out the delivery.' };
    const drafts = file('team-drafts.json', [team]);
    const bare = file('team-bare.json', {
      format: 'ownit-pack',
      formatVersion: 1,
      id: 'p',
      name: 'P',
      version: '1',
      rules: [refundRule],
    });
    const pack = file('team-pack.json', {
      ...JSON.parse(readFileSync(bare, 'utf8')),
      phrases: { en: { parties: ['Acme Logistics'] } },
    });
    const without = await run(bare, drafts);
    const withPhrases = await run(pack, drafts);
    expect(without[0].nudges).toEqual([]);
    expect(withPhrases[0].nudges.map((n: { kind: string }) => n.kind)).toEqual(['handoff']);
    expect(withPhrases[0].nudges[0].message).toContain('Acme Logistics');
  });

  it('names the file, the rule and the field of a bad rule', async () => {
    const bad = file('bad-rules.json', [refundRule, { ...refundRule, id: 'x', per: 'week' }]);
    const error = await failure(run(bad, cases));
    expect(error.message).toContain(`${bad}: [1].per`);
  });

  it('names the file, the case and the field of a bad case', async () => {
    const bad = file('bad-cases.json', [
      { id: 'a', text: 'ok' },
      { id: 'b', draft: 42 },
    ]);
    const error = await failure(run(rules, bad));
    expect(error.message).toBe(`${bad}: [1].draft: must be a string`);
  });

  it('says what is wrong with the files or the flags', async () => {
    expect((await failure(run(file('broken.json', '{oops'), cases))).message).toMatch(
      /broken\.json: invalid JSON/,
    );
    expect((await failure(run(file('obj.json', { rules: 3 }), cases))).message).toContain(
      'expected a JSON array of rules',
    );
    const missing = await failure(runNudgeCommand(parseArgs(['nudge', '--rules', rules]), () => {}));
    expect(missing.exitCode).toBe(EXIT_USAGE);
    expect(missing.message).toContain('--cases');
    expect((await failure(run(rules, cases, ['--limit', '3']))).exitCode).toBe(EXIT_USAGE);
  });
});
