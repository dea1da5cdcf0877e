import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/nudges/index';
import { starterRules } from './helpers';

describe('analyse', () => {
  it('puts "yours to approve" first when the draft refuses or hands off something within the limit', () => {
    const nudges = analyse(
      {
        text: 'Can I get a refund of $45?',
        draft: "Unfortunately I can't refund that, you'll need to contact billing.",
      },
      starterRules,
    );
    expect(nudges.map((n) => n.kind)).toEqual(['within-limit', 'handoff', 'cant']);
    expect(nudges[0]?.message).toContain('you can say yes now');
  });

  it('orders handoff, can’t, over-limit, then within-limit', () => {
    const nudges = analyse(
      {
        text: 'I want a $150 refund and a $20 voucher.',
        draft: 'Our billing team will contact you. Sadly we can not do vouchers.',
      },
      starterRules,
    );
    expect(nudges.map((n) => n.kind)).toEqual(['within-limit', 'handoff', 'cant', 'over-limit']);
  });

  it('returns nothing for empty input or no rules', () => {
    expect(analyse({}, starterRules)).toEqual([]);
    expect(analyse({ text: 'I want a refund of $45' }, [])).toEqual([]);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.string({ maxLength: 400 }), (text, draft) => {
        const nudges = analyse({ text, draft }, starterRules);
        for (const n of nudges) if (n.range) expect(n.range[0]).toBeLessThan(n.range[1]);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        analyse({ text, draft: text }, starterRules);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on word soup built from its own vocabulary', () => {
    const words = [
      "can't",
      'transfer',
      'you',
      'to',
      'billing',
      '$45',
      'refund',
      'if',
      '?',
      ',',
      'not',
      'possible',
      '€3,50',
      'replacement',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), (parts) => {
        analyse({ text: parts.join(' '), draft: parts.join(' ') }, starterRules);
      }),
      { numRuns: 300 },
    );
  });
});
