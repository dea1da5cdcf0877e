// One field's inverted index: term → postings. A posting packs a document number and the term's
// frequency in that document into one small integer (doc * 64 + tf), kept in ascending document order.
// A field loaded from a packed snapshot keeps its vocabulary and postings packed: a term is found by binary
// search over the packed vocabulary, and its list decoded on first use.
import { MAX_VARINT_BYTES, readDeltaVarints, writeDeltaVarints } from './delta-codes';
import { isPackedStringList, type PackedStringList, PackedStrings, packStrings } from './packed-strings';

export const TF_BITS = 6;
const TF_CAP = (1 << TF_BITS) - 1;
const TF_MASK = TF_CAP;

export function postingDoc(posting: number): number {
  return Math.floor(posting / (TF_CAP + 1));
}

export function postingTf(posting: number): number {
  return posting & TF_MASK;
}

/** A field's postings in typed arrays: what a packed snapshot stores. */
export interface PackedField {
  /** The sorted vocabulary (JavaScript string order). */
  terms: PackedStringList;
  /** Postings before term t's (so term t has counts[t + 1] - counts[t]); terms + 1 entries. */
  counts: Uint32Array;
  /** Where term t's postings start in `bytes`; terms + 1 entries. */
  starts: Uint32Array;
  /**
   * Postings, each minus the one before it in its list (the first as it is), as variable-length
   * integers: 7 bits a byte, high bit set on all but the last byte. Most take one or two bytes.
   */
  bytes: Uint8Array;
}

/** Postings not decoded yet: the packed lists of a loaded snapshot, by position in `terms`. */
interface PackedLists {
  terms: PackedStrings;
  counts: Uint32Array;
  starts: Uint32Array;
  bytes: Uint8Array;
  /** How many of `terms` have been decoded into `postings`; at all of them the packed lists go. */
  decoded: number;
  /** Positions in `terms` already looked up (-1: not there): typing asks for the same terms again. */
  positions: Map<string, number>;
  /** 1 at the positions whose list is decoded into `postings` (it may have grown since). */
  decodedAt: Uint8Array;
}

export class FieldPostings {
  private readonly postings = new Map<string, number[]>();
  /**
   * Sorted vocabulary for prefix lookups: all of it, or with a packed vocabulary the terms added since
   * it was loaded (none of them in it). New terms wait in `pendingTerms` until the next lookup.
   */
  private sorted: string[] = [];
  private pendingTerms: string[] = [];
  private packed: PackedLists | null = null;
  /** Set while removed documents' postings remain: tells live documents from removed ones. */
  private isLive: ((doc: number) => boolean) | null = null;
  private readonly liveCounts = new Map<string, number>();

  get vocabularySize(): number {
    return this.postings.size + (this.packed ? this.packed.terms.length - this.packed.decoded : 0);
  }

  /** Adds one document's term frequencies. Documents must be added in increasing number order. */
  addDocument(doc: number, termFrequencies: Map<string, number>): void {
    for (const [term, tf] of termFrequencies) {
      const packed = doc * (TF_CAP + 1) + Math.min(tf, TF_CAP);
      const list = this.list(term);
      const live = this.liveCounts.get(term);
      if (live !== undefined) this.liveCounts.set(term, live + 1);
      if (list) {
        list.push(packed);
      } else {
        this.postings.set(term, [packed]);
        this.pendingTerms.push(term);
      }
    }
  }

  get(term: string): readonly number[] | undefined {
    return this.list(term);
  }

  /**
   * Number of live documents with the term. Removed documents keep their postings until compaction;
   * while there are any, a term's live count is counted once and kept until the next removal.
   */
  documentFrequency(term: string): number {
    if (!this.isLive) return this.listLength(term);
    let count = this.liveCounts.get(term);
    if (count === undefined) {
      count = 0;
      for (const packed of this.list(term) ?? []) if (this.isLive(postingDoc(packed))) count++;
      this.liveCounts.set(term, count);
    }
    return count;
  }

  /** A document was removed: its postings stay, but counts must skip them (until compaction). */
  documentRemoved(isLive: (doc: number) => boolean): void {
    this.isLive = isLive;
    this.liveCounts.clear();
  }

  /** Postings of the term, live or removed. */
  private listLength(term: string): number {
    const list = this.postings.get(term);
    if (list || !this.packed) return list?.length ?? 0;
    const t = packedPosition(this.packed, term);
    return t < 0 ? 0 : this.packed.counts[t + 1]! - this.packed.counts[t]!;
  }

  /** The vocabulary in sorted order (a packed vocabulary is decoded whole: not for typing). */
  sortedTerms(): readonly string[] {
    this.mergePending();
    return this.packed ? mergeSorted(this.packed.terms.all(), this.sorted) : this.sorted;
  }

  /**
   * Terms that start with prefix (including prefix itself), in sorted order; null when there are more
   * than `limit`. Only these terms of a packed vocabulary are decoded.
   */
  prefixTerms(prefix: string, limit = Number.POSITIVE_INFINITY): string[] | null {
    this.mergePending();
    // A range ends before the first term that no longer starts with the prefix.
    const past = `${prefix}\uffff`;
    const start = lowerBound(this.sorted, prefix);
    const end = lowerBound(this.sorted, past, start);
    const terms = this.packed?.terms;
    const packedStart = terms ? terms.lowerBound(prefix) : 0;
    const packedEnd = terms ? terms.lowerBound(past, packedStart) : 0;
    if (end - start + packedEnd - packedStart > limit) return null;
    const added = this.sorted.slice(start, end);
    return terms ? mergeSorted(terms.slice(packedStart, packedEnd), added) : added;
  }

  /**
   * The terms that start with prefix, in sorted order when there are at most `limit`; else the `limit`
   * in most documents (live or removed), ties in sorted order. Same as ranking prefixTerms' list by
   * documentFrequency while no document is removed, but a packed vocabulary's counts are read in place:
   * only the terms kept are decoded.
   */
  frequentPrefixTerms(prefix: string, limit: number): string[] {
    this.mergePending();
    const past = `${prefix}\uffff`;
    const start = lowerBound(this.sorted, prefix);
    const end = lowerBound(this.sorted, past, start);
    const packed = this.packed;
    const packedStart = packed ? packed.terms.lowerBound(prefix) : 0;
    const packedEnd = packed ? packed.terms.lowerBound(past, packedStart) : 0;
    const total = end - start + packedEnd - packedStart;
    if (total <= limit || this.isLive) {
      const terms = this.prefixTerms(prefix)!;
      if (terms.length <= limit) return terms;
      return rankedByFrequency(terms, (term) => this.documentFrequency(term), limit);
    }
    // Candidates in sorted order: packed positions (≥ 0) and added terms (-1 - their place in `sorted`).
    const candidates = new Int32Array(total);
    const frequencies = new Uint32Array(total);
    let i = start;
    let t = packedStart;
    let k = 0;
    while (i < end || t < packedEnd) {
      const takeAdded =
        t >= packedEnd || (i < end && compareTerms(this.sorted[i]!, packed!.terms.at(t)) <= 0);
      if (takeAdded) {
        frequencies[k] = this.postings.get(this.sorted[i]!)!.length;
        candidates[k++] = -1 - i++;
      } else {
        frequencies[k] = packed!.decodedAt[t]
          ? this.postings.get(packed!.terms.at(t))!.length
          : packed!.counts[t + 1]! - packed!.counts[t]!;
        candidates[k++] = t++;
      }
    }
    // The first `limit` candidates by frequency, ties by sorted order (a stable sort of the positions).
    const order = Array.from({ length: total }, (_, j) => j);
    order.sort((a, b) => frequencies[b]! - frequencies[a]! || a - b);
    const kept = new Array<string>(limit);
    for (let j = 0; j < limit; j++) {
      const c = candidates[order[j]!]!;
      kept[j] = c >= 0 ? packed!.terms.at(c) : this.sorted[-1 - c]!;
    }
    return kept;
  }

  /** Rewrites every posting list through renumber (null drops the posting); drops emptied terms. */
  compact(renumber: (doc: number) => number | null): void {
    this.decodeAll();
    this.isLive = null;
    this.liveCounts.clear();
    for (const [term, list] of this.postings) {
      let write = 0;
      for (const packed of list) {
        const doc = renumber(postingDoc(packed));
        if (doc !== null) list[write++] = doc * (TF_CAP + 1) + postingTf(packed);
      }
      if (write === 0) this.postings.delete(term);
      else list.length = write;
    }
    this.sorted = [...this.postings.keys()].sort(compareTerms);
    this.pendingTerms = [];
  }

  /** The field in typed arrays, for a packed snapshot. */
  toPacked(): PackedField {
    const terms = this.sortedTerms();
    const counts = new Uint32Array(terms.length + 1);
    const starts = new Uint32Array(terms.length + 1);
    let total = 0;
    for (let t = 0; t < terms.length; t++) {
      counts[t] = total;
      total += this.listLength(terms[t]!);
    }
    counts[terms.length] = total;
    // A posting takes at most 5 bytes; the buffer is cut to what was written.
    let bytes = new Uint8Array(Math.max(16, total * 2));
    let at = 0;
    const room = (needed: number) => {
      if (at + needed <= bytes.length) return;
      const grown = new Uint8Array(Math.max(bytes.length * 2, at + needed));
      grown.set(bytes);
      bytes = grown;
    };
    const packed = this.packed;
    for (let t = 0; t < terms.length; t++) {
      const term = terms[t]!;
      starts[t] = at;
      const list = this.postings.get(term);
      if (!list && packed) {
        // Still packed as loaded: copy its bytes as they are.
        const source = packedPosition(packed, term);
        const run = packed.bytes.subarray(packed.starts[source]!, packed.starts[source + 1]!);
        room(run.length);
        bytes.set(run, at);
        at += run.length;
        continue;
      }
      room((list?.length ?? 0) * MAX_VARINT_BYTES);
      at = writeDeltaVarints(list ?? [], bytes, at);
    }
    starts[terms.length] = at;
    return { terms: packStrings(terms), counts, starts, bytes: bytes.slice(0, at) };
  }

  /** A field over packed postings; each term's list is decoded the first time it is looked up. */
  static fromPacked(data: PackedField): FieldPostings {
    const { counts, starts, bytes } = data;
    if (!isPackedStringList(data.terms)) {
      throw new Error("Search index snapshot is damaged: a field's terms do not add up.");
    }
    const terms = new PackedStrings(data.terms);
    if (
      counts.length !== terms.length + 1 ||
      starts.length !== terms.length + 1 ||
      starts[terms.length] !== bytes.length ||
      counts[terms.length]! > bytes.length
    ) {
      throw new Error("Search index snapshot is damaged: a field's postings do not match its terms.");
    }
    const field = new FieldPostings();
    field.packed = {
      terms,
      counts,
      starts,
      bytes,
      decoded: 0,
      positions: new Map(),
      decodedAt: new Uint8Array(terms.length),
    };
    return field;
  }

  private list(term: string): number[] | undefined {
    const list = this.postings.get(term);
    if (list || !this.packed) return list;
    const t = packedPosition(this.packed, term);
    return t < 0 ? undefined : this.decode(t);
  }

  private decode(t: number): number[] {
    const packed = this.packed!;
    const list = readDeltaVarints(packed.bytes, packed.starts[t]!, packed.counts[t + 1]! - packed.counts[t]!);
    this.postings.set(packed.terms.at(t), list);
    packed.decodedAt[t] = 1;
    if (++packed.decoded === packed.terms.length) this.unpack();
    return list;
  }

  private decodeAll(): void {
    const packed = this.packed;
    if (!packed) return;
    for (let t = 0; t < packed.terms.length; t++) {
      if (!this.postings.has(packed.terms.at(t))) this.decode(t);
    }
    this.unpack();
  }

  /** Every packed list is decoded: the packed vocabulary joins the sorted one and the bytes go. */
  private unpack(): void {
    if (!this.packed) return;
    this.sorted = this.sortedTerms() as string[];
    this.packed = null;
  }

  private mergePending(): void {
    if (this.pendingTerms.length === 0) return;
    const fresh = this.pendingTerms.sort(compareTerms);
    this.pendingTerms = [];
    this.sorted = mergeSorted(this.sorted, fresh);
  }
}

/** The `limit` terms with the highest frequency, ties in the order given. */
function rankedByFrequency(terms: string[], frequency: (term: string) => number, limit: number): string[] {
  const ranked = terms.map((term) => ({ term, df: frequency(term) }));
  ranked.sort((a, b) => b.df - a.df);
  return ranked.slice(0, limit).map((entry) => entry.term);
}

function compareTerms(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Two sorted lists as one. */
function mergeSorted(a: string[], b: string[]): string[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const merged = new Array<string>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) merged[k++] = compareTerms(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!;
  while (i < a.length) merged[k++] = a[i++]!;
  while (j < b.length) merged[k++] = b[j++]!;
  return merged;
}

/** Position of a term in the packed vocabulary, or -1. */
function packedPosition(packed: PackedLists, term: string): number {
  let t = packed.positions.get(term);
  if (t === undefined) {
    t = packed.terms.indexOf(term);
    packed.positions.set(term, t);
  }
  return t;
}

function lowerBound(terms: readonly string[], value: string, from = 0): number {
  let lo = from;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
