// Meaning vectors of the knowledge base, kept small (one signed byte a number and a scale per vector), and
// how close a message's vector is to each article: the mean of its closeness to the article's centre (all
// its phrases) and to its closest phrase.

/** Numbers in one meaning vector. */
export const DIMENSIONS = 512;
/** Articles scored on all their phrases besides those the words already found: the closest centres. */
export const CENTRE_CANDIDATES = 100;

/** An article's phrase vectors, quantised: `codes` holds DIMENSIONS bytes a phrase. */
export interface PhraseVectors {
  codes: Int8Array;
  scales: Float32Array;
}

interface Entry extends PhraseVectors {
  centre: Int8Array;
  centreScale: number;
}

/** Unit vectors to bytes: each vector scaled so its largest number is ±127. */
export function quantize(vectors: readonly Float32Array[]): PhraseVectors {
  const codes = new Int8Array(vectors.length * DIMENSIONS);
  const scales = new Float32Array(vectors.length);
  vectors.forEach((vector, v) => {
    scales[v] = quantizeInto(vector, codes, v * DIMENSIONS);
  });
  return { codes, scales };
}

function quantizeInto(vector: Float32Array, codes: Int8Array, offset: number): number {
  let largest = 0;
  for (let i = 0; i < DIMENSIONS; i++) largest = Math.max(largest, Math.abs(vector[i] ?? 0));
  const scale = largest / 127 || 1;
  for (let i = 0; i < DIMENSIONS; i++) codes[offset + i] = Math.round((vector[i] ?? 0) / scale);
  return scale;
}

function dot(query: Float32Array, codes: Int8Array, offset: number, scale: number): number {
  let sum = 0;
  for (let i = 0; i < DIMENSIONS; i++) sum += query[i]! * codes[offset + i]!;
  return sum * scale;
}

export class MeaningIndex {
  private readonly entries = new Map<string, Entry>();

  get size(): number {
    return this.entries.size;
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  set(id: string, vectors: PhraseVectors): void {
    const count = vectors.scales.length;
    if (count === 0 || vectors.codes.length !== count * DIMENSIONS) {
      this.entries.delete(id);
      return;
    }
    const centre = new Float32Array(DIMENSIONS);
    for (let v = 0; v < count; v++) {
      const scale = vectors.scales[v]!;
      for (let i = 0; i < DIMENSIONS; i++) centre[i]! += vectors.codes[v * DIMENSIONS + i]! * scale;
    }
    let norm = 0;
    for (let i = 0; i < DIMENSIONS; i++) norm += centre[i]! * centre[i]!;
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < DIMENSIONS; i++) centre[i]! /= norm;
    const centreCodes = new Int8Array(DIMENSIONS);
    const centreScale = quantizeInto(centre, centreCodes, 0);
    this.entries.set(id, { ...vectors, centre: centreCodes, centreScale });
  }

  delete(id: string): void {
    this.entries.delete(id);
  }

  /** Bytes of vectors held (codes, scales and centres), for the in-browser benchmark's memory figures. */
  bytes(): number {
    let sum = 0;
    for (const entry of this.entries.values())
      sum += entry.codes.byteLength + entry.scales.byteLength + entry.centre.byteLength + 8;
    return sum;
  }

  /** Ids kept, for finding stale ones. */
  ids(): IterableIterator<string> {
    return this.entries.keys();
  }

  /**
   * Closeness (about -1…1) of a message vector to the given articles and to the `centreCandidates`
   * articles with the closest centres; articles without vectors are left out.
   */
  closeness(
    query: Float32Array,
    wanted: Iterable<string>,
    centreCandidates = CENTRE_CANDIDATES,
  ): Map<string, number> {
    return blendCloseness(this.entries, wanted, centreCandidates, {
      centre: (entry) => dot(query, entry.centre, 0, entry.centreScale),
      closestPhrase: (entry) => {
        let closest = -1;
        for (let v = 0; v < entry.scales.length; v++) {
          closest = Math.max(closest, dot(query, entry.codes, v * DIMENSIONS, entry.scales[v]!));
        }
        return closest;
      },
    });
  }
}

/**
 * The closeness rule, whatever form the vectors are kept in: every article's centre is scored, the
 * `centreCandidates` closest and the wanted ones are scored on their closest phrase too, and an article's
 * closeness is the mean of the two.
 */
export function blendCloseness<E>(
  entries: ReadonlyMap<string, E>,
  wanted: Iterable<string>,
  centreCandidates: number,
  score: { centre(entry: E): number; closestPhrase(entry: E): number },
): Map<string, number> {
  const centres = [...entries].map(([id, entry]) => ({ id, score: score.centre(entry) }));
  const centreOf = new Map(centres.map((c) => [c.id, c.score]));
  centres.sort((a, b) => b.score - a.score);
  const ids = new Set(wanted);
  for (const { id } of centres.slice(0, centreCandidates)) ids.add(id);
  const result = new Map<string, number>();
  for (const id of ids) {
    const entry = entries.get(id);
    if (entry) result.set(id, (centreOf.get(id)! + score.closestPhrase(entry)) / 2);
  }
  return result;
}
