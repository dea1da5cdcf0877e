// A packed snapshot as one block of bytes, the form the extension stores (a Blob in IndexedDB): reading
// it back is one file read and no structured clone of many values, which cost most of an open at 10,000
// articles. Typed arrays and long strings lie back to back, each at a multiple of 8 bytes, and come back
// as views of the one buffer (no copy); the rest of the value is a JSON header at the end, its byte length
// in the last 4 bytes, naming each of them by kind, place and length. A long Uint32Array of small values
// (the offsets, counts and ids of the index, most below 2^14) is stored in 7-bit groups instead, as its
// values or, when they never decrease, as the differences between neighbours (`u32v`, `u32d`, `b` bytes):
// a quarter to a half of its 4 bytes a value, decoded into a new array when read. Bytes written before
// these two kinds existed read as they did.

type Kind = 'u8' | 'u32' | 'u32d' | 'u32v' | 'f64' | 'utf8' | 'utf16';

interface Piece {
  $: Kind;
  at: number;
  n: number;
  /** Bytes taken, for the kinds in 7-bit groups. */
  b?: number;
}

/** A Uint32Array at least this long is stored in 7-bit groups when that takes at most 3/4 of its bytes. */
const GROUPED_FROM = 64;

/** Strings shorter than this stay in the header. */
const LONG = 64;
/** Any UTF-16 surrogate: a string without one survives UTF-8 exactly, one with one is kept as UTF-16. */
const SURROGATE = /[\uD800-\uDFFF]/;
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** The value (plain objects, arrays, numbers, strings, Uint8/Uint32/Float64 arrays) as one Blob. */
export function snapshotBlob(value: unknown): Blob {
  return new Blob(snapshotParts(value) as BlobPart[]);
}

/**
 * The bytes of snapshotBlob, in pieces (the value's own typed arrays among them, not copied). Without
 * `grouped`, every Uint32Array is stored as it is, as before the kinds in 7-bit groups existed.
 */
export function snapshotParts(value: unknown, grouped = true): Uint8Array[] {
  const parts: Uint8Array[] = [];
  let size = 0;
  const place = (bytes: Uint8Array, $: Kind, n: number): Piece => {
    const at = size;
    parts.push(bytes);
    size += bytes.byteLength;
    const pad = (8 - (size % 8)) % 8;
    if (pad > 0) {
      parts.push(new Uint8Array(pad));
      size += pad;
    }
    return { $, at, n };
  };
  const bytesOf = (view: ArrayBufferView) => new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  const encoder = new TextEncoder();
  const header = JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Uint8Array) return place(v, 'u8', v.length);
    if (v instanceof Uint32Array) {
      const groups = grouped && v.length >= GROUPED_FROM ? inGroups(v) : null;
      if (!groups) return place(bytesOf(v), 'u32', v.length);
      return { ...place(groups.bytes, groups.kind, v.length), b: groups.bytes.length };
    }
    if (v instanceof Float64Array) return place(bytesOf(v), 'f64', v.length);
    if (ArrayBuffer.isView(v)) throw new Error('A snapshot holds Uint8, Uint32 and Float64 arrays only.');
    if (typeof v !== 'string' || v.length < LONG) return v;
    if (!SURROGATE.test(v)) {
      const bytes = encoder.encode(v);
      return place(bytes, 'utf8', bytes.length);
    }
    const units = new Uint16Array(v.length);
    for (let i = 0; i < v.length; i++) units[i] = v.charCodeAt(i);
    return place(bytesOf(units), 'utf16', v.length);
  });
  const headerBytes = encoder.encode(header);
  const length = new Uint8Array(4);
  new DataView(length.buffer).setUint32(0, headerBytes.length, true);
  parts.push(headerBytes, length);
  return parts;
}

/** The value a snapshotBlob's bytes hold; throws when they are not such bytes. */
export function fromSnapshotBytes(buffer: ArrayBuffer): unknown {
  const size = buffer.byteLength;
  const headerLength = size >= 4 ? new DataView(buffer).getUint32(size - 4, true) : -1;
  const headerStart = size - 4 - headerLength;
  if (headerLength < 2 || headerStart < 0) throw damaged();
  const header = UTF8.decode(new Uint8Array(buffer, headerStart, headerLength));
  return JSON.parse(header, (_key, v: unknown) => (isPiece(v) ? view(buffer, v, headerStart) : v));
}

/**
 * The array in 7-bit groups (a byte with its high bit set says another follows), as differences when it
 * never decreases; null when that would save less than a quarter of its bytes.
 */
function inGroups(values: Uint32Array): { kind: 'u32d' | 'u32v'; bytes: Uint8Array } | null {
  let rising = true;
  let plainSize = 0;
  let deltaSize = 0;
  let previous = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (value < previous) rising = false;
    plainSize += groupCount(value);
    if (rising) deltaSize += groupCount(value - previous);
    previous = value;
  }
  const kind = rising && deltaSize < plainSize ? 'u32d' : 'u32v';
  const size = kind === 'u32d' ? deltaSize : plainSize;
  if (size > values.length * 3) return null;
  const bytes = new Uint8Array(size);
  let at = 0;
  previous = 0;
  for (let i = 0; i < values.length; i++) {
    let value = kind === 'u32d' ? values[i]! - previous : values[i]!;
    previous = values[i]!;
    while (value >= 0x80) {
      bytes[at++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    bytes[at++] = value;
  }
  return { kind, bytes };
}

function groupCount(value: number): number {
  return value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : value < 0x10000000 ? 4 : 5;
}

/** The `n` values of a `u32v` or `u32d` piece; throws when its bytes do not hold exactly them. */
function fromGroups(bytes: Uint8Array, n: number, rising: boolean): Uint32Array {
  const values = new Uint32Array(n);
  let at = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    // Past the end, bytes[at] is undefined: it ends the value, and the length check below refuses it.
    let byte = bytes[at++]!;
    let value = byte & 0x7f;
    if (byte >= 0x80) {
      byte = bytes[at++]!;
      value |= (byte & 0x7f) << 7;
      if (byte >= 0x80) {
        byte = bytes[at++]!;
        value |= (byte & 0x7f) << 14;
        if (byte >= 0x80) {
          byte = bytes[at++]!;
          value |= (byte & 0x7f) << 21;
          if (byte >= 0x80) {
            byte = bytes[at++]!;
            if (byte > 0x0f) throw damaged();
            value += byte * 0x10000000;
          }
        }
      }
    }
    if (rising) {
      value += total;
      if (value > 0xffffffff) throw damaged();
      total = value;
    }
    values[i] = value;
  }
  if (at !== bytes.length) throw damaged();
  return values;
}

function view(
  buffer: ArrayBuffer,
  piece: Piece,
  end: number,
): Uint8Array | Uint32Array | Float64Array | string {
  const { $, at, n } = piece;
  if ($ === 'u32d' || $ === 'u32v') {
    const { b } = piece;
    if (
      !Number.isInteger(at) ||
      !Number.isInteger(n) ||
      !Number.isInteger(b) ||
      at % 8 !== 0 ||
      n < 0 ||
      b! < n ||
      at + b! > end
    )
      throw damaged();
    return fromGroups(new Uint8Array(buffer, at, b), n, $ === 'u32d');
  }
  const width = $ === 'u32' ? 4 : $ === 'f64' ? 8 : $ === 'utf16' ? 2 : 1;
  if (!Number.isInteger(at) || !Number.isInteger(n) || at % 8 !== 0 || n < 0 || at + n * width > end)
    throw damaged();
  switch ($) {
    case 'u8':
      return new Uint8Array(buffer, at, n);
    case 'u32':
      return new Uint32Array(buffer, at, n);
    case 'f64':
      return new Float64Array(buffer, at, n);
    case 'utf8':
      return UTF8.decode(new Uint8Array(buffer, at, n));
    default: {
      if ($ !== 'utf16') throw damaged();
      const units = new Uint16Array(buffer, at, n);
      let text = '';
      for (let i = 0; i < n; i += 8192) text += String.fromCharCode(...units.subarray(i, i + 8192));
      return text;
    }
  }
}

/** A piece's place and length are checked by view() and the typed array constructors. */
function isPiece(value: unknown): value is Piece {
  return typeof value === 'object' && value !== null && typeof (value as Piece).$ === 'string';
}

function damaged(): Error {
  return new Error('Search index snapshot is damaged: its bytes do not hold a snapshot.');
}
