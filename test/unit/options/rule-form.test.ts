import { describe, expect, it } from 'vitest';
import {
  emptyRuleForm,
  formFromRule,
  parseKeywords,
  parseSteps,
  type RuleFormValues,
  ruleFromForm,
  slugify,
  uniqueRuleId,
  validateRuleForm,
} from '../../../src/options/rule-form';
import type { EmpowermentRule } from '../../../src/shared/model';
import { parsePack } from '../../../src/shared/pack-schema';
import { describeLimit } from '../../../src/shared/rule-text';
import starter from '../../../src/storage/starter-pack.json';

function form(overrides: Partial<RuleFormValues> = {}): RuleFormValues {
  return {
    ...emptyRuleForm(),
    label: 'Refund on a subscription',
    amount: '100',
    currency: 'USD',
    above: 'team lead',
    ...overrides,
  };
}

const starterRule = (id: string): EmpowermentRule => {
  const result = parsePack(starter);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  const rule = result.pack.rules.find((r) => r.id === id);
  if (!rule) throw new Error(`no starter rule ${id}`);
  return { ...rule, source: 'starter', version: 3, updatedAt: 1 };
};

function errorsOf(values: RuleFormValues, existing?: EmpowermentRule) {
  const result = ruleFromForm(values, { existing, takenIds: [] });
  return result.ok ? {} : result.errors;
}

describe('validation', () => {
  it('accepts a complete rule', () => {
    expect(validateRuleForm(form())).toEqual({});
    expect(ruleFromForm(form(), { takenIds: [] }).ok).toBe(true);
  });

  it('refuses a negative amount, saying so on the amount field only', () => {
    const errors = errorsOf(form({ amount: '-5' }));
    expect(Object.keys(errors)).toEqual(['amount']);
    expect(errors.amount).toMatch(/negative/);
    expect(errorsOf(form({ amount: ' - 5 ' })).amount).toMatch(/negative/);
  });

  it('wants a plain, finite number for the amount', () => {
    expect(errorsOf(form({ amount: '' })).amount).toMatch(/Enter the amount/);
    expect(errorsOf(form({ amount: '$45' })).amount).toMatch(/Enter a number/);
    expect(errorsOf(form({ amount: '1,200' })).amount).toMatch(/Enter a number/);
    expect(errorsOf(form({ amount: 'NaN' })).amount).toMatch(/Enter a number/);
    expect(errorsOf(form({ amount: 'Infinity' })).amount).toMatch(/Enter a number/);
    expect(errorsOf(form({ amount: '9'.repeat(400) })).amount).toMatch(/too large/);
    expect(errorsOf(form({ amount: '0' }))).toEqual({});
    expect(errorsOf(form({ amount: ' 49.99 ' }))).toEqual({});
  });

  it('knows the common ISO 4217 currencies and nothing else', () => {
    for (const code of ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'JPY', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'INR']) {
      expect(errorsOf(form({ currency: code })), code).toEqual({});
    }
    for (const code of ['BRL', 'MXN', 'ZAR', 'NZD', 'SGD', 'HKD']) {
      expect(errorsOf(form({ currency: code })), code).toEqual({});
    }
    expect(errorsOf(form({ currency: 'XYZ' })).currency).toMatch(/not a currency code Own It knows/);
    expect(errorsOf(form({ currency: 'US' })).currency).toMatch(/three-letter/);
    expect(errorsOf(form({ currency: '$' })).currency).toMatch(/three-letter/);
    expect(errorsOf(form({ currency: '' })).currency).toMatch(/Enter a currency/);
  });

  it('normalises a lower-case currency code rather than refusing it', () => {
    const result = ruleFromForm(form({ currency: ' eur ' }), { takenIds: [] });
    expect(result.ok && result.item.limit).toEqual({ amount: 100, currency: 'EUR' });
  });

  it('keeps a pack rule’s own currency when it is not in the common list', () => {
    const rule: EmpowermentRule = {
      ...starterRule('refund-per-order'),
      limit: { amount: 2_000, currency: 'KES' },
    };
    expect(errorsOf(formFromRule(rule), rule)).toEqual({});
    expect(errorsOf(formFromRule(rule))).toHaveProperty('currency');
  });

  it('wants a whole, non-negative count', () => {
    const count = (text: string) => errorsOf(form({ limitType: 'count', count: text })).count;
    expect(count('1.5')).toMatch(/whole number/);
    expect(count('two')).toMatch(/whole number/);
    expect(count('-1')).toMatch(/negative/);
    expect(count('')).toMatch(/how many/);
    expect(count('9'.repeat(30))).toMatch(/too large/);
    expect(count('2')).toBeUndefined();
  });

  it('only checks the limit fields of the kind of limit chosen', () => {
    expect(errorsOf(form({ limitType: 'none', amount: '-5', currency: 'XYZ', count: 'x' }))).toEqual({});
    expect(errorsOf(form({ limitType: 'count', count: '1', amount: '-5' }))).toEqual({});
  });

  it('needs a label', () => {
    expect(errorsOf(form({ label: '' })).label).toMatch(/Enter a label/);
    expect(errorsOf(form({ label: '   ' })).label).toMatch(/Enter a label/);
  });

  it('refuses an unknown action, kind of limit or period', () => {
    const errors = errorsOf(form({ action: 'bribe', limitType: 'lots', per: 'year' }));
    expect(Object.keys(errors).sort()).toEqual(['action', 'limitType', 'per']);
  });

  it('reports several problems at once, each on its own field', () => {
    const errors = errorsOf(form({ label: '', amount: '-1', currency: 'usdollar' }));
    expect(Object.keys(errors).sort()).toEqual(['amount', 'currency', 'label']);
  });

  it('lets the pack schema have the last word (lengths), on the right field', () => {
    expect(errorsOf(form({ label: 'x'.repeat(201) })).label).toMatch(/at most 200 characters/);
    expect(errorsOf(form({ keywords: `ok, ${'k'.repeat(121)}` })).keywords).toMatch(/120/);
    expect(errorsOf(form({ escalation: 's'.repeat(501) })).escalation).toMatch(/at most 500/);
    expect(errorsOf(form({ guidance: 'g'.repeat(2_001) })).guidance).toMatch(/at most 2000/);
  });
});

describe('conversion', () => {
  it('reads escalation steps one per line and keywords separated by commas', () => {
    expect(parseSteps('  Tell the customer.\r\n\n Ask your lead. \n')).toEqual([
      'Tell the customer.',
      'Ask your lead.',
    ]);
    expect(parseKeywords(' money back,refund ,, Refund,\nreimburse  me ')).toEqual([
      'money back',
      'refund',
      'reimburse me',
    ]);
    expect(parseKeywords('')).toEqual([]);
  });

  it('makes a rule a pack would accept', () => {
    const result = ruleFromForm(
      form({
        action: 'credit',
        label: '  Goodwill credit  ',
        amount: '25.5',
        per: 'month',
        guidance: ' Say sorry with a credit. ',
        escalation: 'Offer what you can.\nAsk your lead.',
        keywords: 'credit, voucher',
      }),
      { takenIds: [] },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { updatedAt, version, source, ...packRule } = result.item;
    expect(packRule).toEqual({
      id: 'goodwill-credit',
      action: 'credit',
      label: 'Goodwill credit',
      limit: { amount: 25.5, currency: 'USD' },
      per: 'month',
      above: 'team lead',
      guidance: 'Say sorry with a credit.',
      escalation: ['Offer what you can.', 'Ask your lead.'],
      keywords: ['credit', 'voucher'],
    });
    expect(source).toBe('local');
    const pack = {
      format: 'ownit-pack',
      formatVersion: 1,
      id: 'p',
      name: 'P',
      version: '1',
      rules: [packRule],
    };
    expect(parsePack(pack).ok).toBe(true);
  });

  it('turns every starter rule into the form and back unchanged', () => {
    const result = parsePack(starter);
    if (!result.ok) throw new Error('invalid starter pack');
    for (const packRule of result.pack.rules) {
      const rule: EmpowermentRule = { ...packRule, source: 'starter', version: 2, updatedAt: 5 };
      const back = ruleFromForm(formFromRule(rule), { existing: rule, takenIds: [rule.id] });
      expect(back.ok ? back.item : back.errors, rule.id).toEqual(rule);
    }
  });

  it('writes count and no-limit rules', () => {
    const count = ruleFromForm(form({ limitType: 'count', count: ' 2 ' }), { takenIds: [] });
    expect(count.ok && count.item.limit).toEqual({ count: 2 });
    const none = ruleFromForm(form({ limitType: 'none' }), { takenIds: [] });
    expect(none.ok && none.item.limit).toBeNull();
  });

  it('keeps the id, source, version and local-edit flag of the rule being edited', () => {
    const rule = { ...starterRule('refund-per-order'), editedLocally: true };
    const result = ruleFromForm(
      { ...formFromRule(rule), label: 'Refunds', amount: '40' },
      { existing: rule, takenIds: [] },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.item).toMatchObject({
      id: 'refund-per-order',
      label: 'Refunds',
      limit: { amount: 40, currency: 'USD' },
      source: 'starter',
      version: 3,
      editedLocally: true,
    });
  });
});

describe('ids', () => {
  it('are the label in kebab case', () => {
    expect(slugify('Refund on an order!')).toBe('refund-on-an-order');
    expect(slugify('  Café crème: 2× upgrades ')).toBe('cafe-creme-2-upgrades');
    expect(slugify('€€€')).toBe('rule');
    expect(slugify('a'.repeat(100)).length).toBeLessThanOrEqual(60);
    expect(slugify(`${'a'.repeat(59)} b`)).toBe('a'.repeat(59));
  });

  it('never reuse an id another rule has', () => {
    expect(uniqueRuleId('Refund per order', ['refund-per-order', 'refund-per-order-2'])).toBe(
      'refund-per-order-3',
    );
    expect(uniqueRuleId('Refund per order', ['credit'])).toBe('refund-per-order');
    const result = ruleFromForm(form({ label: 'Refund per order' }), {
      takenIds: ['refund-per-order'],
    });
    expect(result.ok && result.item.id).toBe('refund-per-order-2');
  });

  it('stay the same when a rule’s label is edited', () => {
    const rule = starterRule('credit-per-customer');
    const result = ruleFromForm(
      { ...formFromRule(rule), label: 'Something else' },
      { existing: rule, takenIds: [rule.id] },
    );
    expect(result.ok && result.item.id).toBe('credit-per-customer');
  });
});

describe('limit text', () => {
  it('says what the agent may approve', () => {
    expect(describeLimit({ limit: { amount: 100, currency: 'USD' }, per: 'order' })).toBe(
      'Up to $100 per order',
    );
    expect(describeLimit({ limit: { amount: 49.5, currency: 'EUR' }, per: 'month' })).toBe(
      'Up to €49.50 per month',
    );
    expect(describeLimit({ limit: { count: 1 }, per: 'order' })).toBe('Up to 1 per order');
    expect(describeLimit({ limit: null, per: 'case' })).toBe('No set limit (per case)');
  });
});
