// Import benchmark: parse + plan + apply of 10,000 articles of the shared corpus, as CSV and as a pack,
// into fake-indexeddb. Prints milliseconds per phase (goal: 3 s in total per format); no assertions.
// Run: `npx tsx src/cli/bench-import.ts [--count 10000] [--corpus <articles.jsonl.gz>]`
import 'fake-indexeddb/auto';
import { fileURLToPath } from 'node:url';
import { articlesToCsv } from '../export/articles-csv';
import { packToJson } from '../export/pack-export';
import { parseImportFile } from '../import/parse-file';
import { planImport } from '../import/plan';
import type { Pack } from '../shared/model';
import { OwnItDatabase } from '../storage/db';
import { applyImport } from '../storage/import-apply';
import { parseArgs } from './args';
import { parseJsonLines, readText } from './read-files';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const DEFAULT_CORPUS = `${REPO}../shared/data/corpus/articles.jsonl.gz`;

type PackArticle = Pack['articles'][number];

async function corpusArticles(path: string, count: number): Promise<PackArticle[]> {
  const rows = parseJsonLines(await readText(path), path).slice(0, count);
  return rows.map(({ value }, i) => {
    const raw = value as { title?: unknown; body?: unknown; tags?: unknown };
    const tags = Array.isArray(raw.tags)
      ? raw.tags.filter((t): t is string => typeof t === 'string').slice(0, 20)
      : [];
    // Corpus ids are long paths; imported knowledge bases use short ones.
    return {
      id: `corpus-${i + 1}`,
      title: String(raw.title ?? '').slice(0, 300) || `Article ${i + 1}`,
      body: String(raw.body ?? ''),
      tags,
      keywords: [],
    };
  });
}

async function timed<T>(
  phases: Record<string, number>,
  name: string,
  work: () => Promise<T> | T,
): Promise<T> {
  const start = performance.now();
  const result = await work();
  phases[name] = Math.round(performance.now() - start);
  return result;
}

async function benchFormat(name: string, fileName: string, content: string, expected: number) {
  const phases: Record<string, number> = {};
  const parsed = await timed(phases, 'parse', () => parseImportFile(fileName, content));
  const plan = await timed(phases, 'plan', () =>
    planImport({ articles: [], playbooks: [], rules: [] }, parsed.items, parsed.errors),
  );
  const db = new OwnItDatabase(`ownit-bench-import-${name}-${Date.now()}`);
  const outcome = await timed(phases, 'apply', () => applyImport(db, plan));
  const stored = await db.articles.count();
  await db.delete();
  const total = Object.values(phases).reduce((sum, ms) => sum + ms, 0);
  const sizeMb = Math.round((content.length / 1024 / 1024) * 10) / 10;
  console.log(
    JSON.stringify({
      format: name,
      articles: expected,
      sizeMb,
      ...phases,
      totalMs: total,
      added: outcome.added,
      stored,
      rejected: plan.counts.rejected,
    }),
  );
}

async function main(): Promise<void> {
  const args = parseArgs(['bench-import', ...process.argv.slice(2)]);
  const count = Number(args.flags.get('count') ?? 10_000);
  const articles = await corpusArticles(args.flags.get('corpus') ?? DEFAULT_CORPUS, count);
  const pack: Pack = {
    format: 'ownit-pack',
    formatVersion: 1,
    id: 'bench',
    name: 'Bench',
    version: '1',
    articles,
    playbooks: [],
    rules: [],
  };
  await benchFormat('csv', 'bench.csv', articlesToCsv(articles), articles.length);
  await benchFormat('pack', 'bench.json', packToJson(pack), articles.length);
}

await main();
