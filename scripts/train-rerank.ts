// Learns how suggestions weigh words against meaning, and what meaning is made of, from labelled
// messages: BANKING77's tuning half (even positions of train-queries.json; the held-out half is never
// read) and the development pages (test/fixtures/pages-blind-3, pages-blind-6). For each message the
// candidates are the first 20 suggestions of the current ranking; each candidate's features are its words'
// score (over the best candidate's) and its closeness in meaning made of one part only (the centre of its
// phrases, its closest phrase, its second closest, its title), each computed as the meaning host computes
// closeness (sentences and the customer's ask blended in). A softmax over the candidates (a listwise
// logistic model) is fitted by gradient descent; score = words + Σ βₖ·partₖ, printed as the meaning weight
// (SUGGEST_TUNING.meaningWeight = Σ βₖ) and the closeness mix (CLOSENESS_MIX = βₖ / Σ βₖ), with
// `--write` also to the file named after it. Prints recall@1/@3 of the hand-set and the learned weights on
// two folds of the training messages. Usage: npx tsx scripts/train-rerank.ts [--write file] [--cache file]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadKb } from '../src/cli/load-kb';
import { readSavedPage } from '../src/cli/page-reader';
import type { SentenceEncoder } from '../src/meaning/encoder';
import { closenessOf, embedDocs, wordCandidates } from '../src/meaning/knowledge';
import { type ClosenessMix, EVEN_MIX, MeaningIndex } from '../src/meaning/meaning-index';
import { nodeEncoder } from '../src/meaning/node-encoder';
import { type SearchDoc, SearchIndex } from '../src/search';

const PARTS: (keyof ClosenessMix)[] = ['centre', 'closest', 'second', 'title'];
const CANDIDATES = 20;
/** The pages weigh as much as this many BANKING77 messages each: a few pages, many short messages. */
const PAGE_WEIGHT = 40;

interface Example {
  /** Features per candidate: words, then one per part. */
  x: number[][];
  /** Index of the right article among the candidates, -1 when it is not one. */
  right: number;
  weight: number;
  fold: number;
}

const cache = new Map<string, Promise<Float32Array>>();
const base = await nodeEncoder();
/** The encoder, each text embedded once: the parts reuse the message's vectors. */
const encoder: Pick<SentenceEncoder, 'embed'> = {
  embed(texts) {
    const missing = [...new Set(texts.filter((text) => !cache.has(text)))];
    if (missing.length > 0) {
      const done = base.embed(missing);
      for (const [i, text] of missing.entries())
        cache.set(
          text,
          done.then((vectors) => vectors[i]!),
        );
    }
    return Promise.all(texts.map((text) => cache.get(text)!));
  },
};

async function examplesOf(
  docs: SearchDoc[],
  messages: { query: string; meaningText: string; expect: string; weight: number; fold: number }[],
): Promise<Example[]> {
  const index = SearchIndex.build(docs);
  const meanings = new MeaningIndex();
  const vectors = await embedDocs(encoder, docs);
  for (const [i, doc] of docs.entries()) meanings.set(doc.id, vectors[i]!);
  const examples: Example[] = [];
  for (const [n, m] of messages.entries()) {
    if (n % 500 === 0) process.stderr.write(`${n} of ${messages.length}\n`);
    cache.clear();
    const wanted = wordCandidates(index, m.query);
    meanings.mix = EVEN_MIX;
    const current = await closenessOf(encoder, meanings, m.meaningText, wanted);
    const ids = index
      .suggest(m.query, { limit: CANDIDATES, meaning: current.size ? current : undefined })
      .map((hit) => hit.id);
    const parts: Map<string, number>[] = [];
    for (const part of PARTS) {
      meanings.mix = { centre: 0, closest: 0, second: 0, title: 0, [part]: 1 };
      parts.push(await closenessOf(encoder, meanings, m.meaningText, [...new Set([...wanted, ...ids])]));
    }
    const words = new Map(index.suggest(m.query, { limit: 1000 }).map((hit) => [hit.id, hit.score]));
    const best = Math.max(0, ...[...words.values()]);
    examples.push({
      x: ids.map((id) => [
        best > 0 ? (words.get(id) ?? 0) / best : 0,
        ...parts.map((part) => Math.max(0, part.get(id) ?? 0)),
      ]),
      right: ids.indexOf(m.expect),
      weight: m.weight,
      fold: m.fold,
    });
  }
  meanings.mix = EVEN_MIX;
  return examples;
}

const bankDocs = await loadKb('../shared/data/banking77/kb.json');
const bank = (
  JSON.parse(readFileSync('../shared/data/banking77/train-queries.json', 'utf8')) as {
    text: string;
    intent: string;
  }[]
)
  .filter((_, i) => i % 2 === 0)
  .map((m, i) => ({ query: m.text, meaningText: m.text, expect: m.intent, weight: 1, fold: i % 2 }));
const pages = ['test/fixtures/pages-blind-3', 'test/fixtures/pages-blind-6'].flatMap((dir) =>
  (
    JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8')) as {
      page: string;
      expect: string | null;
      url?: string;
    }[]
  )
    .filter((item) => item.expect !== null)
    .map((item, i) => {
      const read = readSavedPage(readFileSync(`${dir}/${item.page}`, 'utf8'), item.url);
      return {
        query: read.query,
        meaningText: read.meaningText || read.query,
        expect: item.expect!,
        weight: PAGE_WEIGHT,
        fold: i % 2,
      };
    }),
);
// `--cache file`: the features are kept there and read back on the next run.
const cacheAt = process.argv.indexOf('--cache');
const cacheFile = cacheAt > 0 ? process.argv[cacheAt + 1] : undefined;
const examples: Example[] =
  cacheFile && existsSync(cacheFile)
    ? JSON.parse(readFileSync(cacheFile, 'utf8'))
    : [
        ...(await examplesOf(await loadKb('src/storage/starter-pack.json'), pages)),
        ...(await examplesOf(bankDocs, bank)),
      ];
if (cacheFile && !existsSync(cacheFile)) writeFileSync(cacheFile, JSON.stringify(examples));
const pageCount = pages.length;

/** The meaning weight set by hand before this script (with the even mix): what the learned one is compared with. */
const HAND_SET_WEIGHT = 4;

/** Weights [words, β centre, β closest, β second, β title]; the hand-set ones: 1 and 4 × the even mix. */
const current = [1, ...PARTS.map((part) => HAND_SET_WEIGHT * EVEN_MIX[part])];

function scores(w: number[], x: number[][]): number[] {
  return x.map((f) => f.reduce((sum, v, k) => sum + v * w[k]!, 0));
}

/** Softmax cross-entropy over the candidates (sharpness `scale`), weighted; with its gradient. */
function loss(w: number[], data: Example[], scale: number, l2: number): { value: number; grad: number[] } {
  const grad = w.map((v, k) => (k === 0 ? 0 : 2 * l2 * v));
  let value = 0;
  let total = 0;
  for (const e of data) {
    if (e.right < 0) continue;
    const s = scores(w, e.x).map((v) => v * scale);
    const top = Math.max(...s);
    const exp = s.map((v) => Math.exp(v - top));
    const sum = exp.reduce((a, b) => a + b, 0);
    value -= e.weight * (s[e.right]! - top - Math.log(sum));
    total += e.weight;
    for (let c = 0; c < e.x.length; c++) {
      const p = exp[c]! / sum - (c === e.right ? 1 : 0);
      for (let k = 1; k < w.length; k++) grad[k]! += (e.weight * scale * p * e.x[c]![k]!) / 1;
    }
  }
  return { value: value / total, grad: grad.map((g, k) => (k === 0 ? 0 : g / total)) };
}

/** Fits β with the words' weight held at 1 (scores compare within a message only). */
function fitWeights(data: Example[]): number[] {
  let best = { w: current, value: Number.POSITIVE_INFINITY };
  // The softmax's sharpness is fitted too, on a grid: the ranking depends on β alone.
  for (const scale of [2, 4, 8, 16]) {
    let w = [...current];
    const m = w.map(() => 0);
    const v = w.map(() => 0);
    for (let step = 1; step <= 300; step++) {
      const { grad } = loss(w, data, scale, 1e-4);
      w = w.map((value, k) => {
        if (k === 0) return value;
        m[k] = 0.9 * m[k]! + 0.1 * grad[k]!;
        v[k] = 0.999 * v[k]! + 0.001 * grad[k]! ** 2;
        const mh = m[k]! / (1 - 0.9 ** step);
        const vh = v[k]! / (1 - 0.999 ** step);
        return Math.max(0, value - (0.05 * mh) / (Math.sqrt(vh) + 1e-8));
      });
    }
    const value = loss(w, data, scale, 0).value;
    if (value < best.value) best = { w, value };
  }
  return best.w;
}

function recall(w: number[], data: Example[]): { at1: number; at3: number; n: number } {
  let at1 = 0;
  let at3 = 0;
  for (const e of data) {
    if (e.right < 0) continue;
    const s = scores(w, e.x);
    const above = s.filter((v, c) => v > s[e.right]! || (v === s[e.right]! && c < e.right)).length;
    if (above === 0) at1++;
    if (above < 3) at3++;
  }
  const round = (v: number) => Math.round((v / data.length) * 1000) / 1000;
  return { at1: round(at1), at3: round(at3), n: data.length };
}

const show = (w: number[]) => w.map((v) => v.toFixed(2)).join(' ');
const pageSet = examples.slice(0, pageCount);
const bankSet = examples.slice(pageCount);
for (const fold of [0, 1]) {
  const w = fitWeights(examples.filter((e) => e.fold !== fold));
  const test = (set: Example[]) => set.filter((e) => e.fold === fold);
  console.log(
    `fold ${fold}: learned [${show(w)}] BANKING77 ${JSON.stringify(recall(w, test(bankSet)))} pages ${JSON.stringify(recall(w, test(pageSet)))}; hand-set BANKING77 ${JSON.stringify(recall(current, test(bankSet)))} pages ${JSON.stringify(recall(current, test(pageSet)))}`,
  );
}
const w = fitWeights(examples);
const meaningWeight = w.slice(1).reduce((a, b) => a + b, 0);
const mix = Object.fromEntries(
  PARTS.map((part, k) => [part, Math.round((w[k + 1]! / meaningWeight) * 1000) / 1000]),
);
const weights = { meaningWeight: Math.round(meaningWeight * 100) / 100, mix };
console.log(`all: learned [${show(w)}]`, JSON.stringify(weights));
console.log(
  `training messages, learned: BANKING77 ${JSON.stringify(recall(w, bankSet))} pages ${JSON.stringify(recall(w, pageSet))}; hand-set: BANKING77 ${JSON.stringify(recall(current, bankSet))} pages ${JSON.stringify(recall(current, pageSet))}`,
);
const writeAt = process.argv.indexOf('--write');
if (writeAt > 0) writeFileSync(process.argv[writeAt + 1]!, `${JSON.stringify(weights, null, 1)}\n`);
