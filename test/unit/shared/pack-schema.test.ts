import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STAGES } from '../../../src/shared/model';
import { parsePack } from '../../../src/shared/pack-schema';
import starter from '../../../src/storage/starter-pack.json';

describe('the starter pack', () => {
  const result = parsePack(starter);

  it('is a valid pack', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('has the content a consumer-support desk needs from day one', () => {
    if (!result.ok) throw new Error('invalid');
    const { articles, playbooks, rules } = result.pack;
    expect(articles.length).toBeGreaterThanOrEqual(30);
    expect(playbooks.length).toBeGreaterThanOrEqual(6);
    expect(rules.length).toBeGreaterThanOrEqual(6);
    expect(articles.find((a) => a.id === 'refund-request')?.title).toBe('Refund request');
    for (const article of articles) {
      expect(article.body, article.id).toContain('```snippet');
      expect(article.keywords.length, article.id).toBeGreaterThanOrEqual(4);
    }
    for (const playbook of playbooks) {
      const stages = new Set(playbook.steps.map((s) => s.stage));
      expect([...stages].sort(), playbook.id).toEqual([...STAGES].sort());
    }
  });
});

describe('parsePack', () => {
  const valid = {
    format: 'ownit-pack',
    formatVersion: 1,
    id: 'team',
    name: 'Team',
    version: '1',
    articles: [{ id: 'a', title: 'Refund request', body: 'x' }],
  };

  it('fills optional lists and accepts a minimal pack', () => {
    const result = parsePack(valid);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.articles[0]?.tags).toEqual([]);
  });

  it('names the item and field that is wrong', () => {
    const result = parsePack({ ...valid, articles: [valid.articles[0], { id: 'b', title: '', body: 'x' }] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatch(/^articles\[1\]\.title: /);
  });

  it('rejects duplicate ids, negative limits and unknown currencies', () => {
    const dup = parsePack({ ...valid, articles: [valid.articles[0], valid.articles[0]] });
    expect(dup.ok ? [] : dup.errors).toEqual(['articles[1].id: "a" is used twice']);
    const rule = {
      id: 'r',
      action: 'refund',
      label: 'Refund',
      per: 'order',
      limit: { amount: -5, currency: 'USD' },
    };
    const negative = parsePack({ ...valid, rules: [rule] });
    expect(negative.ok).toBe(false);
    const currency = parsePack({ ...valid, rules: [{ ...rule, limit: { amount: 5, currency: 'dollars' } }] });
    expect(currency.ok).toBe(false);
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = parsePack(value);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
