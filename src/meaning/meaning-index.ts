// Meaning vectors of the knowledge base, kept small (one signed byte a number and a scale per vector), and
// how close a message's vector is to each article: the mean of its closeness to the article's centre (all
// its phrases) and to its closest phrase, with the message's vector first mapped so that the directions in
// which an article's own phrases differ count less (within-shrink.ts).
import {
  fitWithinShrink,
  fitWithinShrinkInTurns,
  inverseShrunkLength,
  shrinkQuery,
  type WithinShrink,
} from './within-shrink';

/** Numbers in one meaning vector. */
export const DIMENSIONS = 512;
/** Articles scored on all their phrases besides those the words already found: the closest centres. */
export const CENTRE_CANDIDATES = 100;
/**
 * Articles whose lengths under a newly fitted within-article map are read in one turn of the meaning host
 * (about 0.3 ms each with ten phrases on an idle machine).
 */
export const LENGTHS_PER_TURN = 50;

/**
 * What an article's closeness to a message is made of: its centre's closeness, its closest phrase's, its
 * second closest phrase's and its title's (the first phrase), weighed by these shares.
 */
export type ClosenessMix = Record<'centre' | 'closest' | 'second' | 'title', number>;

/** The hand-set mix: the mean of the centre's and the closest phrase's closeness. */
export const EVEN_MIX: ClosenessMix = { centre: 0.5, closest: 0.5, second: 0, title: 0 };

/**
 * The mix suggestions use. scripts/train-rerank.ts learns another (centre 0.39, closest phrase 0.49, title
 * 0.12, with meaning weighed 5.46): held out it gained recall@1 (0.767 against 0.763) and lost recall@3
 * (0.910 against 0.912), so the even mix stays.
 */
export const CLOSENESS_MIX: ClosenessMix = EVEN_MIX;

/** The phrase part of an article's closeness, from its phrases' closeness to a message (title first). */
export function phrasePart(scores: ArrayLike<number>, mix: ClosenessMix): number {
  let closest = -1;
  let second = -1;
  for (let v = 0; v < scores.length; v++) {
    const score = scores[v]!;
    if (score > closest) {
      second = closest;
      closest = score;
    } else if (score > second) second = score;
  }
  if (scores.length < 2) second = closest;
  return mix.closest * closest + mix.second * second + mix.title * (scores[0] ?? -1);
}

/** An article's phrase vectors, quantised: `codes` holds DIMENSIONS bytes a phrase. */
export interface PhraseVectors {
  codes: Int8Array;
  scales: Float32Array;
}

interface Entry extends PhraseVectors {
  centre: Int8Array;
  centreScale: number;
  /**
   * 1 / |T c| of the centre and 1 / |T p| of each phrase under the maps they were read for: the map in use
   * and the one being made ready (MeaningIndex.refitShrinkInTurns), at most those two.
   */
  lengths?: ShrunkLengths[];
}

/** An article's lengths under one within-article map. */
interface ShrunkLengths {
  map: WithinShrink;
  centre: number;
  phrases: Float32Array;
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
  /**
   * Every centre in one array, in the entries' order, so a message is scored against all of them in one
   * tight loop (rebuilt after a delete; a new entry is appended, a replaced one written in place).
   */
  private centres: Centres | null = null;
  private readonly slots = new Map<string, number>();
  /** How closeness is made of the centre's and the phrases' (scripts/train-rerank.ts sets others). */
  mix: ClosenessMix = CLOSENESS_MIX;
  /**
   * Whether suggestions' closeness reads the message through the within-article shrink (within-shrink.ts),
   * meant with the meaning weight at 5 (SUGGEST_TUNING). Off: with it on, the kettle ticket in a real Firefox lost
   * its warranty articles once the host's map came into use (docs/architecture.md, "Cheap to refit").
   */
  shrinkWithin = false;
  /**
   * Whether closeness fits the shrink again itself when it is stale; the meaning host turns it off and
   * fits it after each sync, outside any request.
   */
  autoRefit = true;
  private shrink: WithinShrink | null = null;
  /** A map fitted and having its articles' lengths read, before it replaces `shrink` (refitShrinkInTurns). */
  private pending: WithinShrink | null = null;
  /** Whether refitShrinkInTurns is under way. */
  private readying = false;
  /** Articles set or deleted since the shrink was fitted, and how many there were then. */
  private changedSinceFit = 0;
  private sizeAtFit = 0;

  /**
   * Whether the shrink should be fitted again: never fitted, or a tenth of the articles changed since (an
   * article changed since is scored under the older map, which stays a fair one).
   */
  get shrinkStale(): boolean {
    if (!this.shrinkWithin || this.entries.size === 0 || this.readying) return false;
    return this.changedSinceFit >= Math.max(1, this.sizeAtFit / 10);
  }

  /** Fits the shrink on the articles held now and reads every article's lengths under it, in one go. */
  refitShrink(): void {
    const next = this.fitNext();
    if (next) for (const entry of this.entries.values()) this.lengthsOf(entry, next);
    this.useShrink(next);
  }

  /**
   * refitShrink in turns, for the meaning host: the map is fitted, then every article's lengths under it are
   * read `perTurn` articles at a time with `pause()` between (requests go first), and only then does it
   * replace the map in use, so no request reads a length. An article set meanwhile gets its lengths under
   * both maps as it is set.
   */
  async refitShrinkInTurns(pause: () => Promise<void>, perTurn = LENGTHS_PER_TURN): Promise<void> {
    const size = this.entries.size;
    this.changedSinceFit = 0;
    this.sizeAtFit = size;
    this.readying = true;
    try {
      await this.readyInTurns(pause, perTurn);
    } finally {
      this.readying = false;
    }
  }

  private async readyInTurns(pause: () => Promise<void>, perTurn: number): Promise<void> {
    const next = await fitWithinShrinkInTurns([...this.entries.values()], pause);
    if (!next) {
      this.useShrink(null);
      return;
    }
    this.pending = next;
    try {
      const ids = [...this.entries.keys()];
      for (let start = 0; start < ids.length; start += perTurn) {
        await pause();
        if (this.pending !== next) return;
        for (const id of ids.slice(start, start + perTurn)) {
          const entry = this.entries.get(id);
          if (entry) this.lengthsOf(entry, next);
        }
      }
      this.useShrink(next);
    } finally {
      if (this.pending === next) this.pending = null;
    }
  }

  private fitNext(): WithinShrink | null {
    const next = fitWithinShrink([...this.entries.values()]);
    this.changedSinceFit = 0;
    this.sizeAtFit = this.entries.size;
    return next;
  }

  private useShrink(next: WithinShrink | null): void {
    this.shrink = next;
    this.pending = null;
    for (const entry of this.entries.values()) this.keepLengths(entry);
    this.centres = null;
  }

  /** Drops an entry's lengths under maps no longer in use nor pending. */
  private keepLengths(entry: Entry): void {
    if (entry.lengths)
      entry.lengths = entry.lengths.filter(({ map }) => map === this.shrink || map === this.pending);
  }

  /**
   * An entry's lengths under `map`, read now if they were not (an article set while the map was in use or
   * pending has them from when it was set).
   */
  private lengthsOf(entry: Entry, map: WithinShrink): ShrunkLengths {
    const known = entry.lengths?.find((lengths) => lengths.map === map);
    if (known) return known;
    const lengths: ShrunkLengths = {
      map,
      centre: inverseShrunkLength(map, entry.centre, 0, entry.centreScale),
      phrases: Float32Array.from(entry.scales, (scale, v) =>
        inverseShrunkLength(map, entry.codes, v * DIMENSIONS, scale),
      ),
    };
    entry.lengths = [...(entry.lengths ?? []), lengths];
    this.keepLengths(entry);
    return lengths;
  }

  /** 1 / |T c| of an entry's centre under the map in use (1 without one). */
  private centreInverseOf(entry: Entry): number {
    return this.shrink ? this.lengthsOf(entry, this.shrink).centre : 1;
  }

  /** The fitted shrink, for tests and the benchmark. */
  get withinShrink(): WithinShrink | null {
    return this.shrink;
  }

  get size(): number {
    return this.entries.size;
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  set(id: string, vectors: PhraseVectors): void {
    const count = vectors.scales.length;
    if (count === 0 || vectors.codes.length !== count * DIMENSIONS) {
      this.delete(id);
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
    const entry: Entry = { ...vectors, centre: centreCodes, centreScale };
    this.entries.set(id, entry);
    // Its lengths are read as it is set (about a third of a millisecond for ten phrases), under the map
    // being made ready too, so neither a request nor the map's switch reads them later.
    if (this.pending) this.lengthsOf(entry, this.pending);
    this.placeCentre(id, centreCodes, centreScale, this.centreInverseOf(entry));
    this.changedSinceFit++;
  }

  delete(id: string): void {
    if (this.entries.delete(id)) {
      this.centres = null;
      this.changedSinceFit++;
    }
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
   * articles with the closest centres; articles without vectors are left out. Read through the
   * within-article shrink (fitted here when stale) unless `plain`: the small-talk and confidence checks,
   * whose margins were fitted on plain closeness, read it plain.
   */
  closeness(
    vector: Float32Array,
    wanted: Iterable<string>,
    centreCandidates = CENTRE_CANDIDATES,
    plain = false,
  ): Map<string, number> {
    if (!plain && this.autoRefit && this.shrinkStale) this.refitShrink();
    const shrink = plain || !this.shrinkWithin ? null : this.shrink;
    const query = shrink ? shrinkQuery(shrink, vector) : vector;
    const centres = this.allCentres();
    const scores = new Float64Array(centres.ids.length);
    for (let slot = 0; slot < scores.length; slot++) {
      const scale = centres.scales[slot]! * (shrink ? centres.inverses[slot]! : 1);
      scores[slot] = dot(query, centres.codes, slot * DIMENSIONS, scale);
    }
    const centreScores = { ids: centres.ids, scores, slotOf: (id: string) => this.slots.get(id) };
    const mix = this.mix;
    return blendCloseness(
      centreScores,
      this.entries,
      wanted,
      centreCandidates,
      (entry) => {
        const scores = new Float64Array(entry.scales.length);
        const inverses = shrink ? this.lengthsOf(entry, shrink).phrases : null;
        for (let v = 0; v < scores.length; v++) {
          scores[v] = dot(query, entry.codes, v * DIMENSIONS, entry.scales[v]! * (inverses?.[v] ?? 1));
        }
        return phrasePart(scores, mix);
      },
      mix.centre,
    );
  }

  private placeCentre(id: string, codes: Int8Array, scale: number, inverse: number): void {
    const centres = this.centres;
    if (!centres) return;
    let slot = this.slots.get(id);
    if (slot === undefined) {
      slot = centres.ids.length;
      if ((slot + 1) * DIMENSIONS > centres.codes.length) {
        const codesMore = new Int8Array(Math.max(64, slot * 2) * DIMENSIONS);
        codesMore.set(centres.codes);
        const scalesMore = new Float32Array(Math.max(64, slot * 2));
        scalesMore.set(centres.scales);
        const inversesMore = new Float32Array(Math.max(64, slot * 2));
        inversesMore.set(centres.inverses);
        centres.codes = codesMore;
        centres.scales = scalesMore;
        centres.inverses = inversesMore;
      }
      centres.ids.push(id);
      this.slots.set(id, slot);
    }
    centres.codes.set(codes, slot * DIMENSIONS);
    centres.scales[slot] = scale;
    centres.inverses[slot] = inverse;
  }

  private allCentres(): Centres {
    if (this.centres) return this.centres;
    const ids = [...this.entries.keys()];
    const codes = new Int8Array(Math.max(64, ids.length) * DIMENSIONS);
    const scales = new Float32Array(Math.max(64, ids.length));
    const inverses = new Float32Array(Math.max(64, ids.length));
    this.slots.clear();
    ids.forEach((id, slot) => {
      const entry = this.entries.get(id)!;
      codes.set(entry.centre, slot * DIMENSIONS);
      scales[slot] = entry.centreScale;
      inverses[slot] = this.centreInverseOf(entry);
      this.slots.set(id, slot);
    });
    this.centres = { ids, codes, scales, inverses };
    return this.centres;
  }
}

/** Every centre in one array; `inverses` holds 1 / |T c| of each under the current shrink. */
interface Centres {
  ids: string[];
  codes: Int8Array;
  scales: Float32Array;
  inverses: Float32Array;
}

/**
 * The slots of the `k` highest scores, ties going to the earlier slot (what a stable sort from highest
 * to lowest, cut at `k`, keeps), without sorting every score.
 */
export function closestSlots(scores: Float64Array, k: number): number[] {
  const count = scores.length;
  if (k <= 0) return [];
  if (k >= count) return Array.from({ length: count }, (_, slot) => slot);
  const threshold = kthLargest(Float64Array.from(scores), k);
  let above = 0;
  for (let slot = 0; slot < count; slot++) if (scores[slot]! > threshold) above++;
  let ties = k - above;
  const slots: number[] = [];
  for (let slot = 0; slot < count; slot++) {
    const score = scores[slot]!;
    if (score > threshold) slots.push(slot);
    else if (score === threshold && ties > 0) {
      slots.push(slot);
      ties--;
    }
  }
  return slots;
}

/** The k-th largest number (1-based) of `values`, which it reorders (quickselect). */
function kthLargest(values: Float64Array, k: number): number {
  let low = 0;
  let high = values.length - 1;
  const target = k - 1;
  while (low < high) {
    const pivot = values[(low + high) >> 1]!;
    let i = low;
    let j = high;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i] = values[j]!;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (target <= j) high = j;
    else if (target >= i) low = i;
    else return values[target]!;
  }
  return values[target]!;
}

/** Every article's centre scored against one message vector, by slot; `slotOf` finds an article's slot. */
export interface CentreScores {
  ids: readonly string[];
  scores: Float64Array;
  slotOf(id: string): number | undefined;
}

/**
 * The closeness rule, whatever form the vectors are kept in: of the scored centres, the
 * `centreCandidates` closest (ties to the earlier slot) and the wanted articles are scored on their
 * phrases too (`phrases`: phrasePart), and an article's closeness is its centre's share of the centre's
 * closeness plus that.
 */
export function blendCloseness<E>(
  centres: CentreScores,
  entries: ReadonlyMap<string, E>,
  wanted: Iterable<string>,
  centreCandidates: number,
  phrases: (entry: E) => number,
  centreShare = CLOSENESS_MIX.centre,
): Map<string, number> {
  const ids = new Set(wanted);
  for (const slot of closestSlots(centres.scores, centreCandidates)) ids.add(centres.ids[slot]!);
  const result = new Map<string, number>();
  for (const id of ids) {
    const entry = entries.get(id);
    const slot = centres.slotOf(id);
    if (entry && slot !== undefined) result.set(id, centreShare * centres.scores[slot]! + phrases(entry));
  }
  return result;
}
