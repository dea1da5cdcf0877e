// One field's inverted index: term → postings. A posting packs a document number and the term's
// frequency in that document into one small integer (doc * 64 + tf), kept in ascending document order.

export const TF_BITS = 6;
const TF_CAP = (1 << TF_BITS) - 1;
const TF_MASK = TF_CAP;

export function postingDoc(posting: number): number {
  return Math.floor(posting / (TF_CAP + 1));
}

export function postingTf(posting: number): number {
  return posting & TF_MASK;
}

/** Inclusive start and exclusive end of a range of the sorted vocabulary. */
export interface TermRange {
  start: number;
  end: number;
}

export class FieldPostings {
  private readonly postings = new Map<string, number[]>();
  /** Sorted vocabulary for prefix lookups; new terms wait in `pendingTerms` until the next lookup. */
  private sorted: string[] = [];
  private pendingTerms: string[] = [];

  get vocabularySize(): number {
    return this.postings.size;
  }

  /** Adds one document's term frequencies. Documents must be added in increasing number order. */
  addDocument(doc: number, termFrequencies: Map<string, number>): void {
    for (const [term, tf] of termFrequencies) {
      const packed = doc * (TF_CAP + 1) + Math.min(tf, TF_CAP);
      const list = this.postings.get(term);
      if (list) {
        list.push(packed);
      } else {
        this.postings.set(term, [packed]);
        this.pendingTerms.push(term);
      }
    }
  }

  get(term: string): readonly number[] | undefined {
    return this.postings.get(term);
  }

  /** Number of documents (live or removed) with the term. */
  documentFrequency(term: string): number {
    return this.postings.get(term)?.length ?? 0;
  }

  /** The vocabulary in sorted order. */
  sortedTerms(): readonly string[] {
    this.mergePending();
    return this.sorted;
  }

  /** Terms that start with prefix (including prefix itself), as a range of sortedTerms(). */
  prefixRange(prefix: string): TermRange {
    const terms = this.sortedTerms();
    const start = lowerBound(terms, prefix);
    // The range ends before the first term that no longer starts with the prefix.
    const end = lowerBound(terms, `${prefix}\uffff`, start);
    return { start, end };
  }

  /** Rewrites every posting list through renumber (null drops the posting); drops emptied terms. */
  compact(renumber: (doc: number) => number | null): void {
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

  /** Sorted terms with their posting lists, delta-encoded (each value minus the previous one). */
  toJSON(): [string[], number[][]] {
    const terms = this.sortedTerms();
    const lists = terms.map((term) => {
      const list = this.postings.get(term) ?? [];
      const deltas = new Array<number>(list.length);
      let previous = 0;
      for (let i = 0; i < list.length; i++) {
        const value = list[i]!;
        deltas[i] = value - previous;
        previous = value;
      }
      return deltas;
    });
    return [[...terms], lists];
  }

  static fromJSON(terms: string[], lists: number[][]): FieldPostings {
    const field = new FieldPostings();
    for (let t = 0; t < terms.length; t++) {
      const deltas = lists[t] ?? [];
      const list = new Array<number>(deltas.length);
      let value = 0;
      for (let i = 0; i < deltas.length; i++) {
        value += deltas[i]!;
        list[i] = value;
      }
      field.postings.set(terms[t]!, list);
    }
    field.sorted = [...terms];
    return field;
  }

  private mergePending(): void {
    if (this.pendingTerms.length === 0) return;
    const fresh = this.pendingTerms.sort(compareTerms);
    this.pendingTerms = [];
    if (this.sorted.length === 0) {
      this.sorted = fresh;
      return;
    }
    const merged = new Array<string>(this.sorted.length + fresh.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < this.sorted.length && j < fresh.length) {
      merged[k++] = compareTerms(this.sorted[i]!, fresh[j]!) <= 0 ? this.sorted[i++]! : fresh[j++]!;
    }
    while (i < this.sorted.length) merged[k++] = this.sorted[i++]!;
    while (j < fresh.length) merged[k++] = fresh[j++]!;
    this.sorted = merged;
  }
}

function compareTerms(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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
