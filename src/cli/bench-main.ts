// `npm run bench`: search-as-you-type latency, build/load time, heap and recall@10 of Own It's index next
// to MiniSearch and plain Fuse.js, on 1,000 / 10,000 / all articles of the shared corpus.
import { fileURLToPath } from 'node:url';
import { parseArgs } from './args';
import { type BenchEngine, fuseEngine, miniSearchEngine, ownItEngine } from './bench-engines';
import { type BenchQuery, type BenchResult, keystrokesOf, runBench } from './bench-run';
import { canMeasureHeap, round } from './bench-stats';
import { CliError } from './cli-error';
import { loadKb } from './load-kb';
import { readJson } from './read-files';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const DEFAULT_CORPUS = `${REPO}../shared/data/corpus/articles.jsonl.gz`;
const DEFAULT_QUERIES = `${REPO}../shared/data/corpus/queries.json`;

/**
 * Keystrokes and queries timed per engine and knowledge-base size (every k-th, so all queries stay
 * represented). Fuse scans every article for every keystroke (a quarter of a second at 10,000), and
 * MiniSearch takes tens of milliseconds per keystroke at 10,000: sampling them keeps the whole run
 * to about five minutes. Own It is always timed on every keystroke.
 */
function sampling(engine: string, articles: number): { keystrokes: number; queries: number } {
  if (engine === 'fuse') {
    if (articles <= 1000) return { keystrokes: 500, queries: Infinity };
    return articles <= 10_000 ? { keystrokes: 80, queries: 40 } : { keystrokes: 50, queries: 25 };
  }
  if (engine === 'minisearch' && articles > 1000) {
    return articles <= 10_000 ? { keystrokes: 1000, queries: Infinity } : { keystrokes: 600, queries: 150 };
  }
  return { keystrokes: Infinity, queries: Infinity };
}

async function main(argv: string[]): Promise<void> {
  const args = parseArgs(['bench', ...argv]);
  const corpusPath = args.flags.get('corpus') ?? DEFAULT_CORPUS;
  const queriesPath = args.flags.get('queries') ?? DEFAULT_QUERIES;
  const engines = (args.flags.get('engines') ?? 'own-it,minisearch,fuse').split(',');
  const corpus = await loadKb(corpusPath);
  const queries = readBenchQueries(await readJson(queriesPath), queriesPath);
  const sizes = (args.flags.get('sizes') ?? '1000,10000,all')
    .split(',')
    .map((size) => (size === 'all' ? corpus.length : Math.min(corpus.length, Number(size))));
  const keystrokes = keystrokesOf(queries);

  console.log(
    `Corpus: ${corpus.length} articles; ${queries.length} queries, ${keystrokes.length} keystrokes.`,
  );
  if (!canMeasureHeap) console.log('(heap not measured: run node with --expose-gc, as npm run bench does)');
  const results: BenchResult[] = [];
  for (const size of sizes) {
    const docs = corpus.slice(0, size);
    const ids = new Set(docs.map((doc) => doc.id));
    const answerable = queries.filter((query) => ids.has(query.expect));
    console.log(`\n## ${size} articles (${answerable.length} of ${queries.length} queries answerable)`);
    console.log(header());
    for (const name of engines) {
      const engine = engineNamed(name);
      const caps = sampling(name, size);
      const result = runBench(engine, {
        docs,
        queries: answerable,
        keystrokes,
        maxKeystrokes: caps.keystrokes,
        maxQueries: caps.queries,
      });
      results.push(result);
      console.log(row(result));
    }
  }
  console.log(
    '\nSampled (every k-th keystroke/query, see the "timed" column) for Fuse at every size and MiniSearch above 1,000 articles, to keep the run to about five minutes; Own It is timed on every keystroke.',
  );
  printGoals(results);
  console.log(JSON.stringify({ bench: 'search-as-you-type', results }));
}

function engineNamed(name: string): BenchEngine {
  if (name === 'own-it') return ownItEngine();
  if (name === 'minisearch') return miniSearchEngine();
  if (name === 'fuse') return fuseEngine();
  throw new CliError(`Unknown engine "${name}" (own-it, minisearch, fuse).`);
}

function readBenchQueries(data: unknown, source: string): BenchQuery[] {
  if (!Array.isArray(data)) throw new CliError(`${source}: expected [{"text", "expect"}].`);
  return data.filter(
    (item): item is BenchQuery => typeof item?.text === 'string' && typeof item?.expect === 'string',
  );
}

const COLUMNS = [
  'engine',
  'build s',
  'load ms',
  'snap MB',
  'heap MB',
  'p50 ms',
  'p95 ms',
  'recall@10',
  'timed',
];

function header(): string {
  return `${COLUMNS.map((c, i) => (i === 0 ? c.padEnd(11) : c.padStart(10))).join('')}`;
}

function row(r: BenchResult): string {
  const timed =
    r.keystrokes < r.keystrokesTotal ? `${r.keystrokes}/${r.keystrokesTotal} keys, ${r.queries} q` : 'all';
  const cells = [
    round(r.buildMs / 1000, 1),
    r.loadMs,
    r.snapshotMB,
    r.heapMB ?? '–',
    r.p50Ms,
    r.p95Ms,
    r.recallAt10,
  ].map((cell) => String(cell).padStart(10));
  return `${r.engine.padEnd(11)}${cells.join('')}  ${timed}`;
}

/** DESIGN.md budgets at 10,000 articles, checked against the measured figures (no assertion). */
function printGoals(results: BenchResult[]): void {
  const at = (engine: string) => results.find((r) => r.engine === engine && r.articles === 10_000);
  const own = at('own-it');
  if (!own) return;
  const fuse = at('fuse');
  const mini = at('minisearch');
  const lines: [string, boolean | undefined][] = [
    [`p95 ≤ 10 ms (${own.p95Ms} ms)`, own.p95Ms <= 10],
    [
      `≥ 20× faster than plain Fuse at p95 (${fuse ? round(fuse.p95Ms / own.p95Ms, 0) : '?'}×)`,
      fuse ? fuse.p95Ms >= 20 * own.p95Ms : undefined,
    ],
    [`p95 below MiniSearch's (${mini?.p95Ms ?? '?'} ms)`, mini ? own.p95Ms < mini.p95Ms : undefined],
    [`recall@10 ≥ 0.95 (${own.recallAt10})`, own.recallAt10 >= 0.95],
    [
      `recall@10 ≥ MiniSearch's (${mini?.recallAt10 ?? '?'})`,
      mini ? own.recallAt10 >= mini.recallAt10 : undefined,
    ],
  ];
  console.log('\nGoals at 10,000 articles:');
  for (const [text, ok] of lines) console.log(`  ${ok === undefined ? '?' : ok ? 'ok  ' : 'MISS'} ${text}`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`ownit-bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
