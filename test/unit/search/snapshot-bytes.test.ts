// A packed snapshot as one block of bytes (the stored form): everything comes back as it went in, typed
// arrays as views of the one buffer, and bytes that hold no snapshot are refused.
import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../../src/search';
import { fromSnapshotBytes, snapshotBlob, snapshotParts } from '../../../src/search/snapshot-bytes';
import { SUPPORT_KB } from './fixtures';

const bytesOf = async (value: unknown) => snapshotBlob(value).arrayBuffer();

describe('a snapshot as one block of bytes', () => {
  it('gives back typed arrays, long and short strings, numbers and nesting as they were', async () => {
    const value = {
      format: 'f',
      n: 3,
      nothing: null,
      list: [1, 'two', { deep: new Uint8Array([1, 2, 3]) }],
      odd: new Uint8Array([9, 8, 7, 6, 5]),
      wide: new Uint32Array([0, 1, 0xffffffff]),
      numbers: new Float64Array([Number.NaN, -0.5, 1e300]),
      long: 'refund\nrefunds\ncafé\n日本語\n'.repeat(20),
      loneSurrogate: `${'x'.repeat(70)}\uD800${'y'.repeat(10)}`,
      leadingMark: `\uFEFF${'z'.repeat(80)}`,
    };
    const back = fromSnapshotBytes(await bytesOf(value)) as typeof value;
    expect(back).toEqual(value);
    expect(back.wide).toBeInstanceOf(Uint32Array);
    expect(back.numbers).toBeInstanceOf(Float64Array);
    expect(Number.isNaN(back.numbers[0])).toBe(true);
    // Views of the one buffer, not copies.
    expect(back.wide.buffer).toBe(back.odd.buffer);
  });

  it('stores each typed array once, at a multiple of 8 bytes', () => {
    const parts = snapshotParts({ a: new Uint8Array(3), b: new Float64Array(2) });
    const size = parts.reduce((sum, part) => sum + part.byteLength, 0);
    // 3 bytes padded to 8, 16 bytes, then the header and its length.
    expect(parts[0]!.byteLength + parts[1]!.byteLength).toBe(8);
    expect(size).toBeLessThan(8 + 16 + 200);
  });

  it('keeps a packed index whole: the same results after the round trip', async () => {
    const index = SearchIndex.build(SUPPORT_KB);
    const { texts, ...packed } = index.toPacked();
    const loaded = SearchIndex.fromPacked(fromSnapshotBytes(await bytesOf(packed)));
    expect(loaded.attachTexts(fromSnapshotBytes(await bytesOf(texts)))).toBe(true);
    for (const query of ['refnd', 'cancel subscription', 'angry customer', 'x']) {
      expect(loaded.search(query, { now: 0 })).toEqual(index.search(query, { now: 0 }));
    }
    expect(loaded.toPacked()).toEqual(index.toPacked());
  });

  it('refuses bytes that hold no snapshot', async () => {
    const bytes = await bytesOf({ a: new Uint32Array([1, 2]), s: 'q'.repeat(100) });
    expect(() => fromSnapshotBytes(new ArrayBuffer(0))).toThrow(/damaged/);
    expect(() => fromSnapshotBytes(bytes.slice(0, bytes.byteLength - 3))).toThrow();
    expect(() => fromSnapshotBytes(bytes.slice(8))).toThrow();
    // A header pointing past the data.
    const header = new TextEncoder().encode(JSON.stringify({ a: { $: 'u32', at: 0, n: 100 } }));
    const forged = new Uint8Array(header.length + 4);
    forged.set(header);
    new DataView(forged.buffer).setUint32(header.length, header.length, true);
    expect(() => fromSnapshotBytes(forged.buffer)).toThrow(/damaged/);
    for (const piece of [
      { $: 'i16', at: 0, n: 0 },
      { $: 'u8', at: 3, n: 0 },
      { $: 'u8', at: 0, n: -1 },
    ]) {
      const text = new TextEncoder().encode(JSON.stringify({ a: piece }));
      const bytes = new Uint8Array(text.length + 4);
      bytes.set(text);
      new DataView(bytes.buffer).setUint32(text.length, text.length, true);
      expect(() => fromSnapshotBytes(bytes.buffer)).toThrow(/damaged/);
    }
  });

  it('refuses typed arrays it could not give back as they were', () => {
    expect(() => snapshotParts({ a: new Int16Array(2) })).toThrow(/Uint8, Uint32 and Float64/);
  });
});
