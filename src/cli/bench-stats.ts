// Small measuring helpers for the benchmark.

/** The p-th percentile (0–100) of a list of numbers (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

const collectGarbage = (globalThis as { gc?: () => void }).gc;

/** Heap in use after a full collection (when node runs with --expose-gc), in bytes. */
export function settledHeap(): number {
  if (collectGarbage) {
    collectGarbage();
    collectGarbage();
  }
  return process.memoryUsage().heapUsed;
}

export const canMeasureHeap = collectGarbage !== undefined;

/** Every k-th item, so that at most `cap` remain (all when cap is not smaller). */
export function sample<T>(items: readonly T[], cap: number): T[] {
  if (items.length <= cap) return [...items];
  const step = items.length / cap;
  return Array.from({ length: cap }, (_, i) => items[Math.floor(i * step)]!);
}

export function round(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
