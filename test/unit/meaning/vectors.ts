// Synthetic meaning vectors for tests that do not load the model.
import { DIMENSIONS } from '../../../src/meaning/meaning-index';

/** A repeatable pseudo-random number generator (0 ≤ x < 1). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

export function unit(vector: Float32Array): Float32Array {
  const norm = Math.sqrt(vector.reduce((sum, x) => sum + x * x, 0));
  return vector.map((x) => x / norm);
}

/** A random unit vector with every number in play (like a real embedding). */
export function randomUnit(next: () => number): Float32Array {
  return unit(Float32Array.from({ length: DIMENSIONS }, () => next() * 2 - 1));
}

/** The unit vector along one axis. */
export function axis(i: number): Float32Array {
  const vector = new Float32Array(DIMENSIONS);
  vector[i] = 1;
  return vector;
}

/** The unit vector of a weighted sum. */
export function blend(...parts: [Float32Array, number][]): Float32Array {
  const sum = new Float32Array(DIMENSIONS);
  for (const [vector, weight] of parts) for (let i = 0; i < DIMENSIONS; i++) sum[i]! += vector[i]! * weight;
  return unit(sum);
}

export function cosine(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}
