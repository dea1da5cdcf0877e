// How an article's closeness in meaning is best made of its phrases' closeness, and how the words' and
// the meaning's ranks are best fused, measured on BANKING77's tuning half only (even positions of
// train-queries.json; the held-out half is never read). Each message is embedded once (whole, sentences,
// ask, as the meaning host embeds it) and kept in a cache file; each way of scoring is then a pass over
// the cached vectors. The variants include the meaning vectors with the within-article scatter shrunk
// (shrinkWithin: docs/architecture.md, "Where BANKING77 recall is lost"). Usage: npx tsx
// scripts/tune-meaning-vote.ts [--cache file]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKb } from '../src/cli/load-kb';
import { askOf } from '../src/meaning/ask';
import { hasMeaning, meaningText, sentencesOf } from '../src/meaning/knowledge';
import { nodeEncoder } from '../src/meaning/node-encoder';
import { meaningPhrases } from '../src/meaning/phrases';
import { type SearchDoc, SearchIndex } from '../src/search';
import type { SearchParts } from '../src/search/run-search';
import { runSuggest } from '../src/search/run-suggest';
import { SUGGEST_TUNING } from '../src/search/weights';

const cacheAt = process.argv.indexOf('--cache');
const cacheFile = cacheAt > 0 ? process.argv[cacheAt + 1]! : join(tmpdir(), 'ownit-tune-meaning-vote.json');
const kbPath = process.env.KB ?? '../shared/data/banking77/kb.json';
const docs: SearchDoc[] = await loadKb(kbPath);
const messages = (
  JSON.parse(readFileSync('../shared/data/banking77/train-queries.json', 'utf8')) as {
    text: string;
    intent: string;
  }[]
).filter((_, i) => i % 2 === 0);

interface Cached {
  phrases: number[][][];
  texts: Record<string, number[]>;
}
const cache: Cached = existsSync(cacheFile)
  ? JSON.parse(readFileSync(cacheFile, 'utf8'))
  : { phrases: [], texts: {} };
const encoder = await nodeEncoder();
async function embed(texts: string[]): Promise<Float32Array[]> {
  const missing = [...new Set(texts.filter((t) => !cache.texts[t]))];
  for (let i = 0; i < missing.length; i += 64) {
    const part = missing.slice(i, i + 64);
    const vectors = await encoder.embed(part);
    part.forEach((t, j) => {
      cache.texts[t] = [...vectors[j]!].map((x) => Math.round(x * 1e5) / 1e5);
    });
  }
  return texts.map((t) => Float32Array.from(cache.texts[t]!));
}

const phrasesOf = docs.map((doc) => meaningPhrases(doc));
const phraseVectors: Float32Array[][] = [];
for (const list of phrasesOf) phraseVectors.push(await embed(list));

interface Message {
  expect: string;
  query: string;
  whole?: Float32Array;
  sentences: Float32Array[];
  ask?: Float32Array;
}
const prepared: Message[] = [];
for (const [n, m] of messages.entries()) {
  if (n % 1000 === 0) process.stderr.write(`${n} of ${messages.length}\n`);
  if (!hasMeaning(m.text)) {
    prepared.push({ expect: m.intent, query: m.text, sentences: [] });
    continue;
  }
  const whole = meaningText(m.text);
  const parts = sentencesOf(whole);
  const sentences = parts.length > 2 ? parts : [];
  const ask = askOf(whole);
  const vectors = await embed([whole, ...sentences, ...(ask ? [ask] : [])]);
  prepared.push({
    expect: m.intent,
    query: m.text,
    whole: vectors[0],
    sentences: vectors.slice(1, 1 + sentences.length),
    ask: ask ? vectors[1 + sentences.length] : undefined,
  });
}
if (!existsSync(cacheFile)) writeFileSync(cacheFile, JSON.stringify(cache));

function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}
function unit(vectors: Float32Array[]): Float32Array {
  const c = new Float32Array(512);
  for (const v of vectors) for (let i = 0; i < 512; i++) c[i]! += v[i]!;
  const n = Math.sqrt(dot(c, c)) || 1;
  for (let i = 0; i < 512; i++) c[i]! /= n;
  return c;
}

/** Scores an article from its phrases' closeness (title first) and its centre's. */
type ArticleScore = (sims: Float64Array, centre: number) => number;

/**
 * A map of the meaning space that shrinks the `k` directions in which an article's own phrases spread
 * most around their article's mean (the within-article scatter's largest eigenvectors, by subspace
 * iteration): there the phrases differ in wording, not in what they are about. A direction of spread w
 * is scaled by √(λ / (w + λ)), and the result scaled back to unit length.
 */
function shrinkWithin(
  lists: Float32Array[][],
  k: number,
  lambda: number,
  queryOnly = false,
): (x: Float32Array) => Float32Array {
  const n = 512;
  const scatter = new Float64Array(n * n);
  let count = 0;
  for (const list of lists) {
    const mean = new Float64Array(n);
    for (const v of list) for (let i = 0; i < n; i++) mean[i]! += v[i]! / list.length;
    for (const v of list) {
      const r = Float64Array.from(mean, (m, i) => v[i]! - m);
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) scatter[i * n + j]! += r[i]! * r[j]!;
      count++;
    }
  }
  for (let i = 0; i < n * n; i++) scatter[i]! /= Math.max(1, count);
  let seed = 1;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return (seed / 2147483647) * 2 - 1;
  };
  let basis: Float64Array[] = Array.from({ length: k }, () => Float64Array.from({ length: n }, random));
  const orthonormal = (vs: Float64Array[]): Float64Array[] => {
    for (const [a, v] of vs.entries()) {
      for (let b = 0; b < a; b++) {
        const u = vs[b]!;
        let p = 0;
        for (let i = 0; i < n; i++) p += u[i]! * v[i]!;
        for (let i = 0; i < n; i++) v[i]! -= p * u[i]!;
      }
      let norm = 0;
      for (let i = 0; i < n; i++) norm += v[i]! * v[i]!;
      norm = Math.sqrt(norm) || 1;
      for (let i = 0; i < n; i++) v[i]! /= norm;
    }
    return vs;
  };
  const times = (v: Float64Array): Float64Array => {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let sum = 0;
      for (let j = 0; j < n; j++) sum += scatter[i * n + j]! * v[j]!;
      out[i] = sum;
    }
    return out;
  };
  basis = orthonormal(basis);
  for (let round = 0; round < 60; round++) basis = orthonormal(basis.map(times));
  const shrink = basis.map((v) => {
    const spread = times(v).reduce((sum, x, i) => sum + x * v[i]!, 0);
    return 1 - Math.sqrt(lambda / (Math.max(0, spread) + lambda));
  });
  if (queryOnly) {
    // T² x / |T x|: its dot with a stored vector p is (T x / |T x|)·(T p), the shrunk closeness without
    // scaling T p back to unit length, so the stored vectors stay as they are.
    return (x) => {
      const out = Float32Array.from(x);
      let norm = dot(x, x);
      for (const [d, v] of basis.entries()) {
        let p = 0;
        for (let i = 0; i < n; i++) p += v[i]! * x[i]!;
        const keep = 1 - shrink[d]!;
        norm -= (1 - keep * keep) * p * p;
        for (let i = 0; i < n; i++) out[i]! -= (1 - keep * keep) * p * v[i]!;
      }
      norm = Math.sqrt(Math.max(norm, 1e-12));
      return out.map((value) => value / norm);
    };
  }
  return (x) => {
    const out = Float32Array.from(x);
    for (const [d, v] of basis.entries()) {
      let p = 0;
      for (let i = 0; i < n; i++) p += v[i]! * x[i]!;
      for (let i = 0; i < n; i++) out[i]! -= shrink[d]! * p * v[i]!;
    }
    const norm = Math.sqrt(dot(out, out)) || 1;
    return out.map((value) => value / norm);
  };
}

/** Per vector: each article's phrase closeness, its centre's and its centre's without the title. */
interface Sims {
  phrases: Float64Array[];
  centre: number[];
  centreNoTitle: number[];
}
interface MessageSims {
  whole?: Sims;
  sentences: Sims[];
  ask?: Sims;
}
/**
 * Every message's closeness to every phrase and centre, in the space `map` sends the vectors to (with
 * `queryOnly`, only the message's vectors are mapped).
 */
function spaceOf(map: (x: Float32Array) => Float32Array = (x) => x, queryOnly = false): MessageSims[] {
  const vectors = queryOnly ? phraseVectors : phraseVectors.map((list) => list.map(map));
  const centres = vectors.map(unit);
  const centresNoTitle = vectors.map((list) => unit(list.length > 1 ? list.slice(1) : list));
  const simsOf = (vector: Float32Array): Sims => {
    const q = map(vector);
    return {
      phrases: vectors.map((list) => Float64Array.from(list, (v) => dot(q, v))),
      centre: centres.map((c) => dot(q, c)),
      centreNoTitle: centresNoTitle.map((c) => dot(q, c)),
    };
  };
  return prepared.map((m) => ({
    whole: m.whole && simsOf(m.whole),
    sentences: m.sentences.map(simsOf),
    ask: m.ask && simsOf(m.ask),
  }));
}
const plainSpace = spaceOf();

function closenessMap(
  i: number,
  score: ArticleScore,
  skipTitle: boolean,
  space: MessageSims[] = plainSpace,
): Map<string, number> {
  const ms = space[i]!;
  const of = (s: Sims) =>
    docs.map((_, d) => {
      const sims = s.phrases[d]!;
      return score(
        skipTitle && sims.length > 1 ? sims.subarray(1) : sims,
        skipTitle ? s.centreNoTitle[d]! : s.centre[d]!,
      );
    });
  const result = new Map<string, number>();
  if (!ms.whole) return result;
  const base = of(ms.whole);
  if (ms.sentences.length >= 2) {
    const best = base.map(() => -1);
    for (const s of ms.sentences) {
      for (const [d, v] of of(s).entries()) best[d] = Math.max(best[d]!, v);
    }
    for (const [d, v] of base.entries()) base[d] = (v + best[d]!) / 2;
  }
  if (ms.ask) {
    const asked = of(ms.ask);
    for (const [d, v] of base.entries()) base[d] = 0.8 * v + 0.2 * asked[d]!;
  }
  for (const [d, doc] of docs.entries()) result.set(doc.id, base[d]!);
  return result;
}

const index = SearchIndex.build(docs);
const parts = (index as unknown as { parts(): SearchParts }).parts();
const wordLists = prepared.map((m) => index.suggest(m.query, { limit: 200 }));

function recall(rank: (m: Message, i: number) => string[]): string {
  let at1 = 0;
  let at3 = 0;
  const folds = [
    [0, 0, 0],
    [0, 0, 0],
  ];
  prepared.forEach((m, i) => {
    const ids = rank(m, i);
    const f = folds[i % 2]!;
    f[2]!++;
    if (ids[0] === m.expect) {
      at1++;
      f[0]!++;
    }
    if (ids.slice(0, 3).includes(m.expect)) {
      at3++;
      f[1]!++;
    }
  });
  const n = prepared.length;
  const fold = folds.map((f) => `${(f[0]! / f[2]!).toFixed(3)}/${(f[1]! / f[2]!).toFixed(3)}`).join(' ');
  return `r@1 ${(at1 / n).toFixed(4)} r@3 ${(at3 / n).toFixed(4)}  folds ${fold}`;
}

const current: ArticleScore = (sims, centre) => 0.5 * centre + 0.5 * Math.max(...sims);
const maxOnly: ArticleScore = (sims) => Math.max(...sims);
const softVote =
  (t: number, k: number, mean: boolean, centreShare = 0): ArticleScore =>
  (sims, centre) => {
    const top = [...sims].sort((a, b) => b - a).slice(0, k);
    const sum = top.reduce((s, x) => s + Math.exp(x / t), 0);
    const vote = t * Math.log(mean ? sum / top.length : sum);
    return centreShare * centre + (1 - centreShare) * vote;
  };

function weighted(score: ArticleScore, skipTitle = false, weight = 4, space = plainSpace) {
  return (m: Message, i: number) => {
    const meaning = closenessMap(i, score, skipTitle, space);
    return runSuggest(
      parts,
      m.query,
      { limit: 3, meaning: meaning.size ? meaning : undefined },
      {
        ...SUGGEST_TUNING,
        meaningWeight: weight,
      },
    ).map((hit) => hit.id);
  };
}

function rrf(score: ArticleScore, k: number, meaningShare = 1) {
  return (_m: Message, i: number) => {
    const meaning = closenessMap(i, score, false);
    const fused = new Map<string, number>();
    for (const [r, hit] of wordLists[i]!.entries()) fused.set(hit.id, 1 / (k + r + 1));
    const byMeaning = [...meaning.entries()].sort((a, b) => b[1] - a[1]);
    for (const [r, [id]] of byMeaning.entries()) {
      fused.set(id, (fused.get(id) ?? 0) + meaningShare / (k + r + 1));
    }
    return [...fused.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  };
}

const only = process.env.ONLY;
const variants: [string, (m: Message, i: number) => string[]][] = [
  ['words only', (_m, i) => wordLists[i]!.slice(0, 3).map((h) => h.id)],
  ['current: centre/closest even, weighted sum ×4', weighted(current)],
  ['closest phrase only', weighted(maxOnly)],
  ['current without the title', weighted(current, true)],
];
for (const t of [0.02, 0.05, 0.1])
  for (const k of [3, 5, 100])
    variants.push([`soft vote T=${t} top-${k} (sum)`, weighted(softVote(t, k, false))]);
for (const t of [0.05, 0.1])
  for (const k of [3, 100])
    variants.push([`soft vote T=${t} top-${k} (mean)`, weighted(softVote(t, k, true))]);
for (const t of [0.05, 0.1])
  variants.push([`soft vote T=${t} top-3 + centre 0.5`, weighted(softVote(t, 3, false, 0.5))]);
for (const k of [10, 30, 60]) variants.push([`RRF k=${k}, current closeness`, rrf(current, k)]);
for (const k of [10, 60]) variants.push([`RRF k=${k}, meaning ×1.5`, rrf(current, k, 1.5)]);
for (const k of [8, 64]) {
  const shrunk = spaceOf(shrinkWithin(phraseVectors, k, 0.003));
  for (const weight of [4, 5])
    variants.push([
      `within-article spread shrunk, ${k} directions, ×${weight}`,
      weighted(current, false, weight, shrunk),
    ]);
}
for (const k of [32, 64])
  for (const lambda of [0.001, 0.003, 0.01]) {
    const shrunk = spaceOf(shrinkWithin(phraseVectors, k, lambda, true), true);
    for (const weight of [4, 5, 6])
      variants.push([
        `query side shrunk, ${k} directions, λ ${lambda}, ×${weight}`,
        weighted(current, false, weight, shrunk),
      ]);
  }
variants.push(['current, meaning ×5', weighted(current, false, 5)]);
for (const [name, rank] of variants) {
  if (only && !name.includes(only)) continue;
  console.log(`${name.padEnd(48)} ${recall(rank)}`);
}
