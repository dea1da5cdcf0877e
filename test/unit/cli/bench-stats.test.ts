import { describe, expect, it } from 'vitest';
import { percentile, sample } from '../../../src/cli/bench-stats';

describe('bench helpers', () => {
  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('samples every k-th item up to a cap', () => {
    expect(sample([1, 2, 3], 10)).toEqual([1, 2, 3]);
    expect(sample([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 5)).toEqual([0, 2, 4, 6, 8]);
    expect(sample([1, 2, 3], Number.POSITIVE_INFINITY)).toEqual([1, 2, 3]);
  });
});
