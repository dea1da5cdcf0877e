// Prints what the confidence margin (CONFIDENT_MARGIN, src/meaning/knowledge.ts) was fitted on, one JSON
// line per message: its closeness to its closest article (c1) and to the small-talk anchors (a). Messages:
// the no-problem list (test/fixtures/no-problem/), the tuning pages, a sixth of BANKING77's tuning half.
// Confident when c1 - a >= the margin. Usage: tsx scripts/fit-confidence.ts > features.jsonl
import { readdirSync, readFileSync } from 'node:fs';
import { loadKb } from '../src/cli/load-kb';
import { readSavedPage } from '../src/cli/page-reader';
import { meaningText } from '../src/meaning/knowledge';
import { meaningOfKb, nodeEncoder } from '../src/meaning/node-encoder';
import { SearchIndex } from '../src/search';

const anchorsText = JSON.parse(readFileSync('src/meaning/small-talk.json', 'utf8')) as string[];
const small = (
  JSON.parse(readFileSync('test/fixtures/no-problem/messages.json', 'utf8')) as { text: string }[]
).map((m) => m.text);
const bank = JSON.parse(readFileSync('../shared/data/banking77/train-queries.json', 'utf8')) as {
  text: string;
}[];
const bankTune = bank
  .filter((_, i) => i % 2 === 0)
  .filter((_, i) => i % 6 === 0)
  .map((m) => m.text);
const pages = ['test/fixtures/pages-blind', 'test/fixtures/pages'].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.html') && !f.includes('no-text') && !f.includes('clobbered'))
    .map((f) => readSavedPage(readFileSync(`${dir}/${f}`, 'utf8'))),
);
const encoder = await nodeEncoder();
const anchors = await encoder.embed(anchorsText);
const dot = (a: Float32Array, b: Float32Array) => {
  let s = 0;
  for (let i = 0; i < 512; i++) s += a[i]! * b[i]!;
  return s;
};

async function features(
  kbPath: string,
  label: string,
  texts: { query: string; meaningText?: string; i?: number }[],
) {
  const docs = await loadKb(kbPath);
  const index = SearchIndex.build(docs);
  const meaning = await meaningOfKb(docs);
  for (const t of texts) {
    const m = await meaning(index, t.query, t.meaningText);
    const c1 = Math.max(0, ...m.values());
    const [v] = await encoder.embed([meaningText(t.meaningText ?? t.query)]);
    const a = Math.max(...anchors.map((x) => dot(v!, x)));
    console.log(JSON.stringify({ label, i: t.i, c1, a, n: m.size, text: t.query.slice(0, 50) }));
  }
}
await features(
  'src/storage/starter-pack.json',
  'small-starter',
  small.map((query, i) => ({ query, i })),
);
await features(
  '../shared/data/banking77/kb.json',
  'small-bank',
  small.map((query, i) => ({ query, i })),
);
await features(
  'src/storage/starter-pack.json',
  'pages',
  pages.map((p) => ({ query: p.query, meaningText: p.meaningText })),
);
await features(
  '../shared/data/banking77/kb.json',
  'bank',
  bankTune.map((query) => ({ query })),
);
