import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  deltasOf,
  MAX_VARINT_BYTES,
  readDeltaVarints,
  valuesOf,
  writeDeltaVarints,
} from '../../../src/search/delta-codes';

const ascending = fc
  .array(fc.integer({ min: 0, max: 2 ** 34 }), { maxLength: 200 })
  .map((values) => [...new Set(values)].sort((a, b) => a - b));

describe('posting lists stored as differences', () => {
  it('gives back every ascending list from its differences', () => {
    fc.assert(
      fc.property(ascending, (list) => {
        expect(valuesOf(deltasOf(list))).toEqual(list);
      }),
    );
  });

  it('gives back every ascending list from its 7-bit groups, written after other bytes', () => {
    fc.assert(
      fc.property(ascending, fc.integer({ min: 0, max: 8 }), (list, offset) => {
        const out = new Uint8Array(offset + list.length * MAX_VARINT_BYTES);
        const end = writeDeltaVarints(list, out, offset);
        expect(end).toBeLessThanOrEqual(out.length);
        expect(readDeltaVarints(out, offset, list.length)).toEqual(list);
      }),
    );
  });

  it('keeps small gaps in one byte each', () => {
    const out = new Uint8Array(20);
    expect(writeDeltaVarints([3, 10, 127, 254], out, 0)).toBe(4);
    expect(writeDeltaVarints([128], out, 0)).toBe(2);
  });
});
