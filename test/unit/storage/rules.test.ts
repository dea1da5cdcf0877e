import { describe, expect, it } from 'vitest';
import type { EmpowermentRule, Pack } from '../../../src/shared/model';
import { ConflictError, rules } from '../../../src/storage/repositories';
import { seedStarterPack } from '../../../src/storage/seed';
import { freshDatabase } from './helpers';

const db = freshDatabase;

function rule(overrides: Partial<EmpowermentRule> = {}): EmpowermentRule {
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
    updatedAt: 0,
    version: 0,
    source: 'local',
    ...overrides,
  };
}

function starterPack(version: string, amount: number): Pack {
  const { updatedAt, version: _v, source, ...packRule } = rule({ limit: { amount, currency: 'USD' } });
  return {
    format: 'ownit-pack',
    formatVersion: 1,
    id: 'starter',
    name: 'Starter',
    version,
    articles: [],
    playbooks: [],
    rules: [packRule],
  };
}

describe('rules', () => {
  it('saves a new rule as version 1 and bumps the version on every save', async () => {
    const d = db();
    const first = await rules.save(d, rule(), 0, 1_000);
    expect(first).toMatchObject({ version: 1, updatedAt: 1_000 });
    const second = await rules.save(d, { ...first, limit: { amount: 40, currency: 'USD' } }, 1, 2_000);
    expect(second).toMatchObject({ version: 2, updatedAt: 2_000 });
    expect((await rules.get(d, 'refund-per-order'))?.limit).toEqual({ amount: 40, currency: 'USD' });
    expect(second.editedLocally).toBeUndefined();
  });

  it('refuses a save from an old version, so a second window never overwrites silently', async () => {
    const d = db();
    const stored = await rules.save(d, rule(), 0);
    await rules.save(d, { ...stored, label: 'Window A' }, 1);
    const late = rules.save(d, { ...stored, label: 'Window B' }, 1);
    await expect(late).rejects.toBeInstanceOf(ConflictError);
    await expect(late).rejects.toThrow(/changed elsewhere \(now version 2\)/);
    expect((await rules.get(d, 'refund-per-order'))?.label).toBe('Window A');
  });

  it('refuses a new rule whose id another window has just taken', async () => {
    const d = db();
    await rules.save(d, rule({ label: 'First' }), 0);
    await expect(rules.save(d, rule({ label: 'Second' }), 0)).rejects.toBeInstanceOf(ConflictError);
    expect(await rules.all(d)).toHaveLength(1);
  });

  it('marks an edited starter rule so the next starter-pack upgrade leaves it alone', async () => {
    const d = db();
    await seedStarterPack(d, starterPack('1', 100), 1);
    const seeded = await rules.get(d, 'refund-per-order');
    if (!seeded) throw new Error('not seeded');
    const edited = await rules.save(d, { ...seeded, limit: { amount: 40, currency: 'USD' } }, seeded.version);
    expect(edited.editedLocally).toBe(true);
    const outcome = await seedStarterPack(d, starterPack('2', 150), 2);
    expect(outcome.keptAgentEdits).toBe(1);
    expect((await rules.get(d, 'refund-per-order'))?.limit).toEqual({ amount: 40, currency: 'USD' });
  });

  it('removes a rule, and a deleted starter rule stays deleted after an upgrade', async () => {
    const d = db();
    await seedStarterPack(d, starterPack('1', 100), 1);
    await rules.remove(d, 'refund-per-order');
    expect(await rules.all(d)).toEqual([]);
    await seedStarterPack(d, starterPack('2', 150), 2);
    expect(await rules.get(d, 'refund-per-order')).toBeUndefined();
  });

  it('restores a removed rule exactly as it was (undo)', async () => {
    const d = db();
    const saved = await rules.save(d, rule({ source: 'starter' }), 0, 5);
    await rules.remove(d, saved.id);
    await rules.restore(d, saved);
    expect(await rules.get(d, saved.id)).toEqual(saved);
    // Its version is unchanged, so a form opened on it before the delete can still save.
    await expect(rules.save(d, { ...saved, label: 'After undo' }, saved.version)).resolves.toMatchObject({
      version: saved.version + 1,
    });
  });

  it('does not restore over a rule that took the same id meanwhile', async () => {
    const d = db();
    const saved = await rules.save(d, rule(), 0);
    await rules.remove(d, saved.id);
    await rules.save(d, rule({ label: 'Someone else’s' }), 0);
    await expect(rules.restore(d, saved)).rejects.toBeInstanceOf(ConflictError);
    expect((await rules.get(d, saved.id))?.label).toBe('Someone else’s');
  });
});
