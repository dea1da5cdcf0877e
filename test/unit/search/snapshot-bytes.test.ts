// A packed snapshot as one block of bytes (the stored form): everything comes back as it went in, typed
// arrays as views of the one buffer, and bytes that hold no snapshot are refused.
import fc from 'fast-check';
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

  it('stores long Uint32Arrays of values below 2^16 at 2 bytes a value and gives them back exactly', async () => {
    const small = Uint32Array.from({ length: 1000 }, (_, i) => (i * 7919) % 65_536);
    const edges = Uint32Array.from(
      { length: 80 },
      (_, i) => [0, 1, 0x7f, 0x80, 0xff, 0x100, 0xfffe, 0xffff][i % 8]!,
    );
    const wide = Uint32Array.from({ length: 100 }, (_, i) => (i === 50 ? 0x10000 : i));
    const short = new Uint32Array([1, 2, 3]);
    const value = { small, edges, wide, short, after: new Uint8Array([1, 2, 3]) };
    const bytes = await bytesOf(value);
    const back = fromSnapshotBytes(bytes) as typeof value;
    expect(back).toEqual(value);
    for (const array of [back.small, back.edges, back.wide, back.short])
      expect(array).toBeInstanceOf(Uint32Array);
    // The two lists of small values save 2 bytes a value; one value of 2^16 keeps a list at 4.
    const asBefore = new Blob(snapshotParts(value, false) as BlobPart[]);
    expect(asBefore.size - bytes.byteLength).toBeGreaterThanOrEqual(2 * 1080 - 16);
    expect(asBefore.size - bytes.byteLength).toBeLessThan(2 * 1080 + 64);
  });

  it('gives back any Uint32Array as it was', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(fc.nat({ max: 0xffffffff }), { maxLength: 300 }),
          fc.array(fc.nat({ max: 0xffff }), { minLength: 64, maxLength: 300 }),
          fc.array(fc.nat({ max: 0x10000 }), { minLength: 64, maxLength: 300 }),
        ),
        (values) => {
          const array = Uint32Array.from(values);
          const parts = snapshotParts({ array });
          const buffer = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
          let at = 0;
          for (const part of parts) {
            buffer.set(part, at);
            at += part.byteLength;
          }
          expect((fromSnapshotBytes(buffer.buffer) as { array: Uint32Array }).array).toEqual(array);
        },
      ),
    );
  });

  it('reads bytes written before the 2-byte kind, with the same results', async () => {
    const index = SearchIndex.build(SUPPORT_KB);
    const packed = index.toPacked();
    const before = await new Blob(snapshotParts(packed, false) as BlobPart[]).arrayBuffer();
    const now = await bytesOf(packed);
    expect(now.byteLength).toBeLessThan(before.byteLength);
    const old = SearchIndex.fromPacked(fromSnapshotBytes(before));
    const fresh = SearchIndex.fromPacked(fromSnapshotBytes(now));
    for (const query of ['refnd', 'cancel subscription', 'angry customer']) {
      expect(fresh.search(query, { now: 0 })).toEqual(old.search(query, { now: 0 }));
    }
    expect(fresh.toPacked()).toEqual(old.toPacked());
  });

  it('refuses a 2-byte piece whose place or length does not fit, whatever the header says', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 64 }),
        fc.integer({ min: 0, max: 64 }),
        fc.integer({ min: -2, max: 600 }),
        (dataBytes, at, n) => {
          const header = new TextEncoder().encode(JSON.stringify({ array: { $: 'u32n', at, n } }));
          const size = Math.ceil(dataBytes / 8) * 8;
          const buffer = new Uint8Array(size + header.length + 4);
          buffer.set(header, size);
          new DataView(buffer.buffer).setUint32(size + header.length, header.length, true);
          const fits = n >= 0 && at % 8 === 0 && at + 2 * n <= size;
          if (fits) {
            expect((fromSnapshotBytes(buffer.buffer) as { array: Uint32Array }).array).toHaveLength(n);
          } else {
            expect(() => fromSnapshotBytes(buffer.buffer)).toThrow(/damaged/);
          }
        },
      ),
    );
  });
});
