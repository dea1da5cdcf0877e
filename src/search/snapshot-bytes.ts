// A packed snapshot as one block of bytes, the form the extension stores (a Blob in IndexedDB): reading
// it back is one file read and no structured clone of many values, which cost most of an open at 10,000
// articles. Typed arrays and long strings lie back to back, each at a multiple of 8 bytes, and come back
// as views of the one buffer (no copy); the rest of the value is a JSON header at the end, its byte length
// in the last 4 bytes, naming each of them by kind, place and length.

type Kind = 'u8' | 'u32' | 'f64' | 'utf8' | 'utf16';

interface Piece {
  $: Kind;
  at: number;
  n: number;
}

/** Strings shorter than this stay in the header. */
const LONG = 64;
/** Any UTF-16 surrogate: a string without one survives UTF-8 exactly, one with one is kept as UTF-16. */
const SURROGATE = /[\uD800-\uDFFF]/;
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** The value (plain objects, arrays, numbers, strings, Uint8/Uint32/Float64 arrays) as one Blob. */
export function snapshotBlob(value: unknown): Blob {
  return new Blob(snapshotParts(value) as BlobPart[]);
}

/** The bytes of snapshotBlob, in pieces (the value's own typed arrays among them, not copied). */
export function snapshotParts(value: unknown): Uint8Array[] {
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
    if (v instanceof Uint32Array) return place(bytesOf(v), 'u32', v.length);
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

function view(
  buffer: ArrayBuffer,
  piece: Piece,
  end: number,
): Uint8Array | Uint32Array | Float64Array | string {
  const { $, at, n } = piece;
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
