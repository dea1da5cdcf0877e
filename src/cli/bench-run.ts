// Measures one engine on one knowledge-base size: build, reload, heap, per-keystroke latency, recall@10.
import type { SearchDoc } from '../search';
import type { BenchEngine } from './bench-engines';
import { canMeasureHeap, percentile, round, sample, settledHeap } from './bench-stats';

export interface BenchQuery {
  text: string;
  expect: string;
}

export interface BenchPlan {
  docs: SearchDoc[];
  /** Queries whose expected article is in docs. */
  queries: BenchQuery[];
  /** Every typed prefix (length ≥ 2) of every query. */
  keystrokes: string[];
  /** Most keystrokes and queries timed (slow engines are sampled); Infinity for all. */
  maxKeystrokes: number;
  maxQueries: number;
}

export interface BenchResult {
  engine: string;
  articles: number;
  buildMs: number;
  loadMs: number;
  snapshotMB: number;
  heapMB: number | null;
  p50Ms: number;
  p95Ms: number;
  keystrokes: number;
  keystrokesTotal: number;
  recallAt10: number;
  queries: number;
}

/** Untimed searches first, so the JIT has compiled the hot paths (fewer for sampled, slow engines). */
const WARM_UP = 30;

export function runBench(engine: BenchEngine, plan: BenchPlan): BenchResult {
  const heapBefore = settledHeap();
  let start = performance.now();
  engine.build(plan.docs);
  const buildMs = performance.now() - start;
  const heapMB = canMeasureHeap ? (settledHeap() - heapBefore) / 1e6 : null;
  const { loadMs, snapshotBytes } = engine.reload();

  const keystrokes = sample(plan.keystrokes, plan.maxKeystrokes);
  for (const text of keystrokes.slice(0, Math.min(WARM_UP, Math.ceil(keystrokes.length / 20)))) {
    engine.search(text, 10);
  }
  const times: number[] = [];
  for (const text of keystrokes) {
    start = performance.now();
    engine.search(text, 10);
    times.push(performance.now() - start);
  }

  const queries = sample(plan.queries, plan.maxQueries);
  let found = 0;
  for (const query of queries) if (engine.search(query.text, 10).includes(query.expect)) found++;
  engine.dispose();

  return {
    engine: engine.name,
    articles: plan.docs.length,
    buildMs: round(buildMs, 0),
    loadMs: round(loadMs, 0),
    snapshotMB: round(snapshotBytes / 1e6, 1),
    heapMB: heapMB === null ? null : round(heapMB, 0),
    p50Ms: round(percentile(times, 50), 2),
    p95Ms: round(percentile(times, 95), 2),
    keystrokes: keystrokes.length,
    keystrokesTotal: plan.keystrokes.length,
    recallAt10: round(queries.length === 0 ? Number.NaN : found / queries.length, 3),
    queries: queries.length,
  };
}

/** Every prefix of length ≥ 2 of every query, as typed. */
export function keystrokesOf(queries: readonly BenchQuery[]): string[] {
  const typed: string[] = [];
  for (const query of queries) {
    for (let n = 2; n <= query.text.length; n++) typed.push(query.text.slice(0, n));
  }
  return typed;
}
