// Telling near articles apart by what they are about, not by how they are worded. An article's phrases (its
// title, its "what customers say" lines, its learned phrasings) all mean the same thing; the directions in
// which they spread around their article's mean carry wording, not intent. The knowledge base's
// within-article scatter Sw (the mean of (phrase − its article's mean)(…)ᵀ) gives those directions: its
// largest eigenvectors vᵢ, with spread wᵢ, are shrunk by sᵢ = √(λ / (wᵢ + λ)), so T = I − Σ (1 − sᵢ) vᵢ vᵢᵀ.
// Only the message's vector is mapped: its closeness to a stored phrase p becomes (T q / |T q|)·(T p) =
// (T² q / |T q|)·p, so the stored vectors, the shipped ones included, stay as they are, and an article
// added since the map was fitted is scored under it like the others. docs/architecture.md, "Where BANKING77
// recall is lost", has the measurements.
import { DIMENSIONS, type PhraseVectors } from './meaning-index';

/** Directions of the within-article spread that are shrunk. */
export const SHRUNK_DIRECTIONS = 64;
/** λ of the shrink: a direction whose phrases spread w keeps √(λ / (w + λ)) of its length. */
export const SHRINK_LAMBDA = 0.003;
/** Phrases read to estimate the scatter (articles spread evenly over the knowledge base). */
export const FIT_PHRASES = 1000;
/** Rounds of multiplying by the scatter before the eigenvectors are read, and vectors carried beyond k. */
const ROUNDS = 2;
const OVERSAMPLE = 16;

/**
 * The fitted map: `basis` holds `directions` unit vectors of DIMENSIONS numbers, `cut` 1 − sᵢ and `drop`
 * 1 − sᵢ² each.
 */
export interface WithinShrink {
  directions: number;
  basis: Float64Array;
  cut: Float64Array;
  drop: Float64Array;
  /** Phrases the scatter was estimated on. */
  phrases: number;
}

/**
 * Fits the map on articles' phrase vectors (articles with fewer than two phrases say nothing of wording);
 * null when no article has two.
 */
export function fitWithinShrink(
  articles: readonly PhraseVectors[],
  directions = SHRUNK_DIRECTIONS,
  lambda = SHRINK_LAMBDA,
  maxPhrases = FIT_PHRASES,
): WithinShrink | null {
  const steps = fitSteps(articles, directions, lambda, maxPhrases);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** fitWithinShrink with `pause()` between its steps (a hundred phrases' scatter, a round), for the meaning host. */
export async function fitWithinShrinkInTurns(
  articles: readonly PhraseVectors[],
  pause: () => Promise<void>,
): Promise<WithinShrink | null> {
  const steps = fitSteps(articles, SHRUNK_DIRECTIONS, SHRINK_LAMBDA, FIT_PHRASES);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** Phrases added to the scatter between two pauses of fitWithinShrinkInTurns. */
const PHRASES_PER_STEP = 100;

function* fitSteps(
  articles: readonly PhraseVectors[],
  directions: number,
  lambda: number,
  maxPhrases: number,
): Generator<void, WithinShrink | null> {
  const n = DIMENSIONS;
  const usable = articles.filter((a) => a.scales.length >= 2);
  const total = usable.reduce((sum, a) => sum + a.scales.length, 0);
  if (total === 0) return null;
  // Every k-th article, so a large knowledge base is sampled across all of it.
  const step = Math.max(1, Math.ceil(total / maxPhrases));
  const scatter = new Float64Array(n * n);
  const mean = new Float64Array(n);
  const phrase = new Float64Array(n);
  let count = 0;
  for (let a = 0; a < usable.length; a += step) {
    const { codes, scales } = usable[a]!;
    const size = scales.length;
    mean.fill(0);
    for (let v = 0; v < size; v++) {
      const scale = scales[v]! / size;
      for (let i = 0; i < n; i++) mean[i]! += codes[v * n + i]! * scale;
    }
    for (let v = 0; v < size; v++) {
      const scale = scales[v]!;
      for (let i = 0; i < n; i++) phrase[i] = codes[v * n + i]! * scale - mean[i]!;
      // Upper triangle only; mirrored below.
      for (let i = 0; i < n; i++) {
        const r = phrase[i]!;
        if (r === 0) continue;
        const row = i * n;
        for (let j = i; j < n; j++) scatter[row + j]! += r * phrase[j]!;
      }
      count++;
      if (count % PHRASES_PER_STEP === 0) yield;
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      const value = scatter[i * n + j]! / count;
      scatter[i * n + j] = value;
      scatter[j * n + i] = value;
    }
  }
  const k = Math.min(directions, n);
  // The largest eigenvectors by a randomised range finder: a few more vectors than wanted, a few rounds of
  // multiplying by the scatter, then the scatter's eigenvectors within the span found (Rayleigh–Ritz).
  const m = Math.min(n, k + OVERSAMPLE);
  let basis = new Float64Array(m * n);
  let seed = 1;
  for (let i = 0; i < basis.length; i++) {
    seed = (seed * 16807) % 2147483647;
    basis[i] = (seed / 2147483647) * 2 - 1;
  }
  let next = new Float64Array(m * n);
  for (let round = 0; round < ROUNDS; round++) {
    times(scatter, basis, next, m);
    [basis, next] = [next, basis];
    orthonormalise(basis, m);
    yield;
  }
  times(scatter, basis, next, m);
  // The scatter within the span: small = basisᵀ · scatter · basis (m × m), its eigenvectors by Jacobi.
  const small = new Float64Array(m * m);
  for (let a = 0; a < m; a++) {
    for (let b = a; b < m; b++) {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += basis[a * n + i]! * next[b * n + i]!;
      small[a * m + b] = sum;
      small[b * m + a] = sum;
    }
  }
  const { values, vectors } = jacobiEigen(small, m);
  const order = Array.from({ length: m }, (_, i) => i).sort((a, b) => values[b]! - values[a]!);
  const kept = new Float64Array(k * n);
  const drop = new Float64Array(k);
  const cut = new Float64Array(k);
  for (let d = 0; d < k; d++) {
    const column = order[d]!;
    for (let a = 0; a < m; a++) {
      const weight = vectors[a * m + column]!;
      if (weight === 0) continue;
      for (let i = 0; i < n; i++) kept[d * n + i]! += weight * basis[a * n + i]!;
    }
    // 1 − s² with s = √(λ / (w + λ)).
    drop[d] = 1 - lambda / (Math.max(0, values[column]!) + lambda);
    cut[d] = 1 - Math.sqrt(1 - drop[d]!);
  }
  return { directions: k, basis: kept, cut, drop, phrases: count };
}

/** Eigenvalues and eigenvectors (as columns of `vectors`) of a symmetric m × m matrix, by cyclic Jacobi. */
function jacobiEigen(matrix: Float64Array, m: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(m * m);
  for (let i = 0; i < m; i++) v[i * m + i] = 1;
  let scale = 0;
  for (let i = 0; i < m * m; i++) scale += a[i]! ** 2;
  for (let sweep = 0; sweep < 30; sweep++) {
    let off = 0;
    for (let p = 0; p < m; p++) for (let q = p + 1; q < m; q++) off += a[p * m + q]! ** 2;
    if (off <= 1e-24 * scale) break;
    for (let p = 0; p < m; p++) {
      for (let q = p + 1; q < m; q++) {
        const apq = a[p * m + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * m + q]! - a[p * m + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < m; k++) {
          const akp = a[k * m + p]!;
          const akq = a[k * m + q]!;
          a[k * m + p] = c * akp - s * akq;
          a[k * m + q] = s * akp + c * akq;
        }
        for (let k = 0; k < m; k++) {
          const apk = a[p * m + k]!;
          const aqk = a[q * m + k]!;
          a[p * m + k] = c * apk - s * aqk;
          a[q * m + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < m; k++) {
          const vkp = v[k * m + p]!;
          const vkq = v[k * m + q]!;
          v[k * m + p] = c * vkp - s * vkq;
          v[k * m + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  return { values: Float64Array.from({ length: m }, (_, i) => a[i * m + i]!), vectors: v };
}

/** out = scatter · basis, vector by vector. */
function times(scatter: Float64Array, basis: Float64Array, out: Float64Array, k: number): void {
  const n = DIMENSIONS;
  for (let d = 0; d < k; d++) {
    const offset = d * n;
    for (let i = 0; i < n; i++) {
      const row = i * n;
      let sum = 0;
      for (let j = 0; j < n; j++) sum += scatter[row + j]! * basis[offset + j]!;
      out[offset + i] = sum;
    }
  }
}

/**
 * Gram–Schmidt on the `k` vectors of `basis`, in place, twice over for accuracy; a vector left with next to
 * nothing of its own (a scatter of lower rank than k) becomes zero.
 */
function orthonormalise(basis: Float64Array, k: number): void {
  const n = DIMENSIONS;
  for (let a = 0; a < k; a++) {
    const offset = a * n;
    let before = 0;
    for (let i = 0; i < n; i++) before += basis[offset + i]! * basis[offset + i]!;
    for (let pass = 0; pass < 2; pass++) {
      for (let b = 0; b < a; b++) {
        let p = 0;
        for (let i = 0; i < n; i++) p += basis[b * n + i]! * basis[offset + i]!;
        if (p !== 0) for (let i = 0; i < n; i++) basis[offset + i]! -= p * basis[b * n + i]!;
      }
    }
    let norm = 0;
    for (let i = 0; i < n; i++) norm += basis[offset + i]! * basis[offset + i]!;
    const scale = norm > 1e-20 * before && norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let i = 0; i < n; i++) basis[offset + i]! *= scale;
  }
}

/**
 * A message vector as the shrunk closeness reads it: T² x / |T x|, whose dot with a stored unit vector p is
 * (T x / |T x|)·(T p).
 */
export function shrinkQuery(shrink: WithinShrink, x: Float32Array): Float32Array {
  const n = DIMENSIONS;
  const once = Float64Array.from(x);
  const twice = Float64Array.from(x);
  for (let d = 0; d < shrink.directions; d++) {
    const offset = d * n;
    let p = 0;
    for (let i = 0; i < n; i++) p += shrink.basis[offset + i]! * x[i]!;
    if (p === 0) continue;
    const cut = shrink.cut[d]! * p;
    const drop = shrink.drop[d]! * p;
    for (let i = 0; i < n; i++) {
      const v = shrink.basis[offset + i]!;
      once[i]! -= cut * v;
      twice[i]! -= drop * v;
    }
  }
  let norm = 0;
  for (let i = 0; i < n; i++) norm += once[i]! * once[i]!;
  // A vector the map sends to zero (not one of the encoder's) is read as it is.
  if (!(norm > 1e-12)) return x;
  const scale = 1 / Math.sqrt(norm);
  return Float32Array.from(twice, (value) => value * scale);
}

/**
 * 1 / |T p| of a stored vector p (`codes` from `offset`, times `scale`): what scales the shrunk closeness of
 * a phrase or a centre back to a cosine, (T q / |T q|)·(T p / |T p|).
 */
export function inverseShrunkLength(
  shrink: WithinShrink,
  codes: Int8Array,
  offset: number,
  scale: number,
): number {
  const n = DIMENSIONS;
  let squared = 0;
  for (let i = 0; i < n; i++) squared += codes[offset + i]! * codes[offset + i]!;
  for (let d = 0; d < shrink.directions; d++) {
    const base = d * n;
    let p = 0;
    for (let i = 0; i < n; i++) p += shrink.basis[base + i]! * codes[offset + i]!;
    squared -= shrink.drop[d]! * p * p;
  }
  const length = Math.sqrt(Math.max(0, squared)) * scale;
  return length > 1e-6 ? 1 / length : 1;
}
