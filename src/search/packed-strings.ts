// A list of strings kept as UTF-8 bytes back to back, each decoded only when first read: how a packed
// snapshot stores its vocabularies and its documents' short strings, so that loading one decodes none of
// them (docs/architecture.md, "Search"). A sorted list is searched by binary search over it, decoding
// only the strings the search visits; the order is JavaScript's string order (UTF-16 code units), the
// order the index sorts its terms in.

/** Keeps a leading U+FEFF: a string that starts with one must come back as it went in. */
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });
/** Longer strings are decoded by the TextDecoder even when they are ASCII. */
const SHORT = 32;

/** The strings' bytes and where each ends, as a snapshot stores them. */
export interface PackedStringList {
  bytes: Uint8Array;
  /** Byte offset where each string ends. */
  ends: Uint32Array;
}

/** Strings in UTF-8, back to back, with where each ends (a lone surrogate becomes U+FFFD, as in UTF-8). */
export function packStrings(values: readonly string[]): PackedStringList {
  const encoder = new TextEncoder();
  const parts = values.map((value) => encoder.encode(value));
  const ends = new Uint32Array(values.length);
  let size = 0;
  parts.forEach((part, i) => {
    size += part.length;
    ends[i] = size;
  });
  const bytes = new Uint8Array(size);
  for (const [i, part] of parts.entries()) bytes.set(part, ends[i]! - part.length);
  return { bytes, ends };
}

/** Whether a packed list is well formed: ends that never go back and end at the last byte. */
export function isPackedStringList(value: unknown): value is PackedStringList {
  if (typeof value !== 'object' || value === null) return false;
  const { bytes, ends } = value as PackedStringList;
  if (!(bytes instanceof Uint8Array) || !(ends instanceof Uint32Array)) return false;
  let previous = 0;
  for (let i = 0; i < ends.length; i++) {
    const end = ends[i]!;
    if (end < previous) return false;
    previous = end;
  }
  return previous === bytes.length;
}

export class PackedStrings {
  private readonly decoded: (string | undefined)[];

  /** The list must be well formed (isPackedStringList). */
  constructor(private readonly list: PackedStringList) {
    this.decoded = new Array<string | undefined>(list.ends.length);
  }

  get length(): number {
    return this.list.ends.length;
  }

  /** The packed bytes and ends, as they came. */
  get packed(): PackedStringList {
    return this.list;
  }

  /** The i-th string. */
  at(i: number): string {
    let value = this.decoded[i];
    if (value === undefined) {
      const { bytes, ends } = this.list;
      value = decodeRange(bytes, i === 0 ? 0 : ends[i - 1]!, ends[i]!);
      this.decoded[i] = value;
    }
    return value;
  }

  /** The strings from start up to end (exclusive). */
  slice(start: number, end: number): string[] {
    const values = new Array<string>(Math.max(0, end - start));
    for (let i = start; i < end; i++) values[i - start] = this.at(i);
    return values;
  }

  /** Every string, in order. */
  all(): string[] {
    return this.slice(0, this.length);
  }

  /** In a sorted list: the first position at or after `from` whose string is not less than value. */
  lowerBound(value: string, from = 0): number {
    let lo = from;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.at(mid) < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** In a sorted list: the position of value, or -1. */
  indexOf(value: string): number {
    const at = this.lowerBound(value);
    return at < this.length && this.at(at) === value ? at : -1;
  }
}

/** Short ASCII strings (most words, ids and titles) without the decoder's call; the rest with it. */
function decodeRange(bytes: Uint8Array, start: number, end: number): string {
  if (end - start <= SHORT) {
    let text = '';
    for (let i = start; i < end; i++) {
      const byte = bytes[i]!;
      if (byte >= 0x80) return UTF8.decode(bytes.subarray(start, end));
      text += String.fromCharCode(byte);
    }
    return text;
  }
  return UTF8.decode(bytes.subarray(start, end));
}
