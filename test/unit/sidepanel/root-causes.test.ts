import { describe, expect, it } from 'vitest';
import { parseCauses } from '../../../src/sidepanel/components/RootCauseEditor';

describe('parseCauses', () => {
  it('keeps one cause per line, trimmed, without blanks or repeats', () => {
    expect(parseCauses('Shipping\n\n  Billing error \nshipping\nCarrier damage')).toEqual([
      'Shipping',
      'Billing error',
      'Carrier damage',
    ]);
  });

  it('caps the length of a cause and of the list', () => {
    expect(parseCauses('x'.repeat(100))[0]).toHaveLength(60);
    expect(parseCauses(Array.from({ length: 50 }, (_, i) => `cause ${i}`).join('\n'))).toHaveLength(30);
  });
});
