// `npm run eval -- --section search`: typed search (the panel's search box) on whole queries. The
// corpus's typo-laden queries (../shared/data/corpus/queries.json, one expected article each) at two
// sizes, and BANKING77's held-out messages (odd positions) typed as queries against kb.json.
import { type SearchDoc, SearchIndex } from '../search';

export interface LabelledQuery {
  text: string;
  expect: string;
}

export interface SearchEvalRow {
  set: string;
  articles: number;
  queries: number;
  at1: number;
  at3: number;
  at10: number;
  mrr: number;
  /** Milliseconds per query (median). */
  p50Ms: number;
}

/** Recall at 1, 3 and 10 and the mean reciprocal rank of the expected article in the top 10. */
export function evaluateSearch(
  set: string,
  docs: readonly SearchDoc[],
  queries: readonly LabelledQuery[],
): SearchEvalRow {
  const index = SearchIndex.build(docs);
  const ids = new Set(docs.map((doc) => doc.id));
  const answerable = queries.filter((query) => ids.has(query.expect));
  let at1 = 0;
  let at3 = 0;
  let at10 = 0;
  let reciprocal = 0;
  const times: number[] = [];
  for (const query of answerable) {
    const start = performance.now();
    const hits = index.search(query.text, { limit: 10 });
    times.push(performance.now() - start);
    const rank = hits.findIndex((hit) => hit.id === query.expect);
    if (rank < 0) continue;
    if (rank < 1) at1++;
    if (rank < 3) at3++;
    at10++;
    reciprocal += 1 / (rank + 1);
  }
  const n = Math.max(1, answerable.length);
  times.sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return {
    set,
    articles: docs.length,
    queries: answerable.length,
    at1: round(at1 / n),
    at3: round(at3 / n),
    at10: round(at10 / n),
    mrr: round(reciprocal / n),
    p50Ms: round(times[Math.floor(times.length / 2)] ?? Number.NaN),
  };
}

export function searchTable(rows: readonly SearchEvalRow[]): string {
  const head = `${'set'.padEnd(24)}${['articles', 'queries', 'r@1', 'r@3', 'r@10', 'MRR', 'p50 ms']
    .map((c) => c.padStart(9))
    .join('')}`;
  const lines = rows.map(
    (row) =>
      `${row.set.padEnd(24)}${[row.articles, row.queries, row.at1, row.at3, row.at10, row.mrr, row.p50Ms]
        .map((c) => String(c).padStart(9))
        .join('')}`,
  );
  return [head, ...lines].join('\n');
}
