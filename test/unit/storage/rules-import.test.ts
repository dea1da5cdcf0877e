import { describe, expect, it } from 'vitest';
import type { EmpowermentRule } from '../../../src/shared/model';
import { parseRulesFile, rulesFileJson, rulesToInterchange } from '../../../src/shared/rules-file';
import { rules } from '../../../src/storage/repositories';
import { applyRulesImport } from '../../../src/storage/rules-import';
import { freshDatabase } from './helpers';

function stored(overrides: Partial<EmpowermentRule> = {}): EmpowermentRule {
  return {
    id: 'refund-per-order',
    action: 'refund',
    label: 'Refund on an order',
    limit: { amount: 100, currency: 'USD' },
    per: 'order',
    above: 'team lead',
    guidance: 'Yours to approve.',
    escalation: ['Ask your team lead.'],
    keywords: ['refund'],
    updatedAt: 1,
    version: 3,
    source: 'starter',
    ...overrides,
  };
}

describe('the rules interchange file', () => {
  it('reads the issue’s one-object-per-rule form, without the optional fields', () => {
    const result = parseRulesFile([
      {
        id: 'credit',
        action: 'credit',
        label: 'Goodwill credit',
        limit: { amount: 50, currency: 'EUR' },
        per: 'customer',
        above: 'supervisor',
        keywords: ['voucher'],
      },
    ]);
    expect(result).toEqual({
      ok: true,
      rules: [
        expect.objectContaining({ id: 'credit', limit: { amount: 50, currency: 'EUR' }, guidance: '' }),
      ],
    });
  });

  it('names the rule and field of each problem', () => {
    const result = parseRulesFile([
      { id: 'x', action: 'refund', label: 'X', limit: { amount: -5, currency: 'usd' }, per: 'order' },
    ]);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\[0\]\.limit/)]),
    );
    expect(parseRulesFile({ articles: [] })).toEqual({
      ok: false,
      errors: ['expected a JSON array of rules or an Own It pack with "rules"'],
    });
  });

  it('exports what a team shares and reads it back unchanged', () => {
    const rule = stored({ editedLocally: true });
    const [shared] = rulesToInterchange([rule]);
    expect(shared).not.toHaveProperty('version');
    expect(shared).not.toHaveProperty('source');
    const back = parseRulesFile(JSON.parse(rulesFileJson([rule])));
    expect(back).toEqual({ ok: true, rules: [shared] });
  });
});

describe('importing rules', () => {
  it('adds new rules, changes changed ones as the agent’s override, and leaves equal ones alone', async () => {
    const db = freshDatabase();
    await db.rules.bulkPut([
      stored(),
      stored({ id: 'discount', action: 'discount', label: 'Discount', source: 'local', version: 1 }),
    ]);
    const [refund, discount] = rulesToInterchange(await rules.all(db))
      .sort((a, b) => a.id.localeCompare(b.id))
      .reverse();
    const incoming = [
      { ...refund!, limit: { amount: 80, currency: 'USD' } },
      discount!,
      { ...discount!, id: 'shipping', action: 'expedite' as const, label: 'Faster shipping' },
    ];
    const plan = await applyRulesImport(db, incoming, 42);
    expect(plan.added.map((r) => r.id)).toEqual(['shipping']);
    expect(plan.changed.map((r) => r.id)).toEqual(['refund-per-order']);
    expect(plan.unchanged.map((r) => r.id)).toEqual(['discount']);
    expect(await rules.get(db, 'refund-per-order')).toMatchObject({
      limit: { amount: 80, currency: 'USD' },
      source: 'starter',
      editedLocally: true,
      version: 4,
      updatedAt: 42,
    });
    expect(await rules.get(db, 'shipping')).toMatchObject({ source: 'local', version: 1 });
    expect((await rules.get(db, 'discount'))?.version).toBe(1);
  });

  it('writes all of a file or nothing', async () => {
    const db = freshDatabase();
    await db.rules.put(stored());
    const [refund] = rulesToInterchange([stored()]);
    const broken = {
      ...refund!,
      id: 'other',
      label: 'Other',
      limit: { amount: 5, currency: 'USD' },
      keywords: [Symbol('x')],
    };
    await expect(
      applyRulesImport(db, [{ ...refund!, limit: { amount: 10, currency: 'USD' } }, broken as never]),
    ).rejects.toThrow();
    expect(await rules.get(db, 'refund-per-order')).toMatchObject({
      limit: { amount: 100, currency: 'USD' },
      version: 3,
    });
    expect(await rules.get(db, 'other')).toBeUndefined();
  });
});
