// Issue 15, rules that fit real policies: a rule carries a scope (order, customer, account, case)
// and an optional period (day, week, month, year), shown in the nudge, the options page, the rules
// file and packs. Rules written before (no period; "per month" as the older scope-less form) read
// and show exactly as they did.
import { describe, expect, it } from 'vitest';
import { ruleForPack } from '../../../src/export/pack-export';
import { analyse, type NudgeRule } from '../../../src/nudges/index';
import { overMessage, withinMessage } from '../../../src/nudges/limits/limit-messages';
import { formFromRule, ruleFromForm, scopeChoices } from '../../../src/options/rule-form';
import type { EmpowermentRule } from '../../../src/shared/model';
import { parsePack } from '../../../src/shared/pack-schema';
import { describeLimit } from '../../../src/shared/rule-text';
import { parseRulesFile, rulesToInterchange } from '../../../src/shared/rules-file';

const credit: NudgeRule = {
  id: 'store-credit',
  action: 'credit',
  label: 'Store credit',
  limit: { amount: 50, currency: 'USD' },
  per: 'customer',
  period: 'month',
  above: 'team lead',
  guidance: '',
  escalation: [],
  keywords: [],
};

describe('scope and period in the nudge', () => {
  it('says both: "$50 per customer per month"', () => {
    expect(withinMessage({ rule: credit, amount: 20, currency: 'USD' })).toContain(
      '$50 per customer per month',
    );
    expect(overMessage({ rule: credit, amount: 80, currency: 'USD' })).toContain('per customer per month');
    const waiver: NudgeRule = {
      ...credit,
      id: 'fee-waivers',
      action: 'fee-waiver',
      limit: { amount: 40, currency: 'USD' },
      per: 'account',
      period: 'year',
    };
    expect(withinMessage({ rule: waiver })).toContain('$40 per account per year');
  });

  it('reaches the panel through analyse', () => {
    const nudges = analyse({ text: 'Could I get a $30 store credit for the broken zip?' }, [credit]);
    expect(nudges.map((n) => n.message).join(' ')).toContain('per customer per month');
  });
});

describe('rules written before scopes and periods (migration)', () => {
  const old = {
    id: 'credit-per-customer',
    action: 'credit',
    label: 'Goodwill credit',
    limit: { amount: 50, currency: 'USD' },
    per: 'customer',
    above: 'team lead',
    keywords: ['credit'],
  };

  it('an old rule with per "customer" and no period reads and shows as before', () => {
    const read = parseRulesFile([old]);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const [rule] = read.rules;
    expect(rule?.period).toBeUndefined();
    expect(rule).not.toHaveProperty('period');
    const message = withinMessage({ rule: rule as NudgeRule, amount: 20, currency: 'USD' });
    expect(message).toContain('$50 per customer');
    expect(message).not.toContain('per customer per');
    // Written back, the file is what it was (no "period" key appears).
    expect(
      rulesToInterchange([{ ...(rule as EmpowermentRule), updatedAt: 1, version: 1, source: 'local' }])[0],
    ).not.toHaveProperty('period');
  });

  it('an old rule "per month" keeps its meaning, said once', () => {
    const read = parseRulesFile([{ ...old, per: 'month' }]);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const rule = read.rules[0] as NudgeRule;
    expect(withinMessage({ rule })).toContain('$50 per month');
    expect(withinMessage({ rule: { ...rule, period: 'month' } })).not.toContain('per month per month');
    expect(scopeChoices('month')).toContain('month');
    expect(scopeChoices('customer')).not.toContain('month');
  });

  it('a pack without periods validates; a period outside the list does not', () => {
    const pack = {
      format: 'ownit-pack',
      formatVersion: 1,
      id: 'team',
      name: 'Team',
      version: '1',
      rules: [old],
    };
    const ok = parsePack(pack);
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(ok.pack.rules[0]).not.toHaveProperty('period');
    const bad = parsePack({ ...pack, rules: [{ ...old, period: 'fortnight' }] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.join(' ')).toContain('rules[0].period');
    expect(parsePack({ ...pack, rules: [{ ...old, per: 'account', period: 'year' }] }).ok).toBe(true);
  });
});

describe('scope and period in the options page and packs', () => {
  const stored: EmpowermentRule = { ...credit, updatedAt: 1, version: 2, source: 'local' };

  it('the form reads and writes the period; none leaves it out', () => {
    const values = formFromRule(stored);
    expect(values.per).toBe('customer');
    expect(values.period).toBe('month');
    const saved = ruleFromForm(values, { existing: stored, takenIds: [] });
    expect(saved.ok && saved.item.period).toBe('month');
    const none = ruleFromForm({ ...values, period: '' }, { existing: stored, takenIds: [] });
    expect(none.ok && 'period' in none.item).toBe(false);
    const bad = ruleFromForm({ ...values, period: 'fortnight' }, { existing: stored, takenIds: [] });
    expect(bad.ok ? {} : bad.errors).toHaveProperty('period');
  });

  it('the rule list says "Up to $50 per customer per month"', () => {
    expect(describeLimit(stored)).toBe('Up to $50 per customer per month');
    expect(describeLimit({ ...stored, period: undefined })).toBe('Up to $50 per customer');
  });

  it('a pack carries the period and reads it back', () => {
    const pack = {
      format: 'ownit-pack',
      formatVersion: 1,
      id: 'team',
      name: 'Team',
      version: '1',
      rules: [ruleForPack(stored)],
    };
    const read = parsePack(JSON.parse(JSON.stringify(pack)));
    expect(ruleForPack({ ...stored, period: undefined })).not.toHaveProperty('period');
    expect(read.ok && read.pack.rules[0]?.period).toBe('month');
  });
});
