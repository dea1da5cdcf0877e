// Fits the suggestion blend (words and meaning) on BANKING77's tuning half (even positions) only: embeds
// the articles' phrases and the tuning messages once (cached), then tries blends, each scored on two
// folds of the tuning half so a blend that fits one fold only shows. Held-out messages are never read.
// Usage: tsx scripts/tune-suggest.ts [cache folder]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKb } from '../src/cli/load-kb';
import { hasMeaning, meaningText, sentencesOf } from '../src/meaning/knowledge';
import { nodeEncoder } from '../src/meaning/node-encoder';
import { meaningPhrases } from '../src/meaning/phrases';
import { SearchIndex } from '../src/search';

const BANKING = new URL('../../shared/data/banking77/', import.meta.url).pathname;
const cache = process.argv[2] ?? '/tmp/tune-suggest';
mkdirSync(cache, { recursive: true });
const D = 512;

interface Msg {
  text: string;
  intent: string;
}

const docs = await loadKb(join(BANKING, 'kb.json'));
const all = JSON.parse(readFileSync(join(BANKING, 'train-queries.json'), 'utf8')) as Msg[];
const tuning = all.filter((_, i) => i % 2 === 0);
const index = SearchIndex.build(docs);

async function vectors(name: string, texts: string[]): Promise<Float32Array[]> {
  const file = join(cache, `${name}.f32`);
  if (existsSync(file)) {
    const data = new Float32Array(readFileSync(file).buffer.slice(0));
    if (data.length === texts.length * D) return texts.map((_, i) => data.slice(i * D, (i + 1) * D));
  }
  const encoder = await nodeEncoder();
  const out = await encoder.embed(texts);
  const data = new Float32Array(texts.length * D);
  for (const [i, v] of out.entries()) data.set(v, i * D);
  writeFileSync(file, Buffer.from(data.buffer));
  return out;
}

const dot = (a: Float32Array, b: Float32Array) => {
  let s = 0;
  for (let i = 0; i < D; i++) s += a[i]! * b[i]!;
  return s;
};

const phrases = docs.map((doc) => meaningPhrases(doc));
const flat = await vectors('phrases', phrases.flat());
let next = 0;
const docVectors = phrases.map((list) => {
  const mine = flat.slice(next, next + list.length);
  next += list.length;
  return mine;
});
/** The unit-length mean of a document's phrase vectors. */
const centreOf = (list: readonly Float32Array[]) => {
  const c = new Float32Array(D);
  for (const v of list) for (let i = 0; i < D; i++) c[i]! += v[i]!;
  const n = Math.sqrt(dot(c, c)) || 1;
  for (let i = 0; i < D; i++) c[i]! /= n;
  return c;
};
const centres = docVectors.map(centreOf);

const wholes = tuning.map((m) => meaningText(m.text));
const wholeVectors = await vectors('tune-whole', wholes);
const sentenceLists = wholes.map((w) => {
  const parts = sentencesOf(w);
  return parts.length > 2 ? parts : [];
});
const sentenceFlat = await vectors('tune-sentences', sentenceLists.flat());

/** Per message and doc: words (share of best), centre, sorted phrase closeness, title closeness. */
interface Row {
  i: number;
  expect: number;
  fold: number;
  words: Float64Array;
  centre: Float64Array;
  phrase: Float64Array[];
  meaningful: boolean;
}
const ids = docs.map((d) => d.id);
const rows: Row[] = [];
let s = 0;
for (const [m, msg] of tuning.entries()) {
  const words = new Float64Array(docs.length);
  const hits = index.suggest(msg.text, { limit: 1000 });
  const best = hits[0]?.score ?? 0;
  for (const hit of hits) words[ids.indexOf(hit.id)] = best > 0 ? hit.score / best : 0;
  const sentences = sentenceFlat.slice(s, s + sentenceLists[m]!.length);
  s += sentenceLists[m]!.length;
  const query = wholeVectors[m]!;
  const centre = new Float64Array(docs.length);
  const phrase: Float64Array[] = [];
  for (let d = 0; d < docs.length; d++) {
    centre[d] = dot(query, centres[d]!);
    const list = docVectors[d]!.map((v) => dot(query, v));
    if (sentences.length >= 2) {
      // As closenessOf: each phrase's closeness is averaged with its closest sentence's.
      const sc = Math.max(...sentences.map((sv) => dot(sv, centres[d]!)));
      centre[d] = (centre[d]! + sc) / 2;
      for (let p = 0; p < list.length; p++) {
        const sp = Math.max(...sentences.map((sv) => dot(sv, docVectors[d]![p]!)));
        list[p] = (list[p]! + sp) / 2;
      }
    }
    phrase.push(Float64Array.from(list));
  }
  const expect = ids.findIndex((id) => id.toLowerCase() === msg.intent.toLowerCase());
  rows.push({ i: rows.length, expect, fold: m % 2, words, centre, phrase, meaningful: hasMeaning(msg.text) });
}
if (rows.some((r) => r.expect < 0)) throw new Error('unknown intent');

type Blend = (r: Row, d: number) => number;

function recall(blend: Blend, fold?: number): { at1: number; at3: number } {
  let at1 = 0;
  let at3 = 0;
  let n = 0;
  for (const r of rows) {
    if (fold !== undefined && r.fold !== fold) continue;
    n++;
    const scores = ids.map((_, d) => blend(r, d));
    const mine = scores[r.expect]!;
    let above = 0;
    for (const v of scores) if (v > mine) above++;
    if (above === 0) at1++;
    if (above < 3) at3++;
  }
  return { at1: at1 / n, at3: at3 / n };
}

const topMean = (list: Float64Array, k: number) => {
  const sorted = [...list].sort((a, b) => b - a);
  const top = sorted.slice(0, k);
  return top.reduce((a, b) => a + b, 0) / top.length;
};

// Precompute top-k means per row and doc.
const tops = rows.map((r) => r.phrase.map((p) => [1, 2, 3].map((k) => topMean(p, k))));

function report(name: string, blend: Blend) {
  const a = recall(blend, 0);
  const b = recall(blend, 1);
  console.log(
    `${name.padEnd(48)} fold0 ${a.at1.toFixed(3)}/${a.at3.toFixed(3)}  fold1 ${b.at1.toFixed(3)}/${b.at3.toFixed(3)}  both ${((a.at1 + b.at1) / 2).toFixed(3)}/${((a.at3 + b.at3) / 2).toFixed(3)}`,
  );
}

const mode = process.env.MODE ?? 'grid';
if (mode === 'grid') {
  report('words', (r, d) => r.words[d]!);
  report(
    'current: words + 4 (centre+max)/2',
    (r, d) => r.words[d]! + 4 * Math.max(0, (r.centre[d]! + tops[r.i]![d]![0]!) / 2),
  );
}
if (mode === 'grid2') {
  const lse = rows.map(
    (r) => (T: number) =>
      r.phrase.map((p) => T * Math.log(p.reduce((a, v) => a + Math.exp(v / T), 0) / p.length)),
  );
  for (const W of [3, 4, 6, 8]) {
    for (const k of [0, 1, 2]) {
      for (const a of [0, 0.25, 0.5]) {
        report(
          `W${W} top${k + 1} centre${a}`,
          (r, d) => r.words[d]! + W * Math.max(0, a * r.centre[d]! + (1 - a) * tops[r.i]![d]![k]!),
        );
      }
    }
  }
  for (const T of [0.02, 0.05, 0.1]) {
    const cache = rows.map((_, i) => lse[i]!(T));
    for (const W of [3, 4, 6, 8]) {
      report(`W${W} lse T${T}`, (r, d) => r.words[d]! + W * Math.max(0, cache[r.i]![d]!));
      report(
        `W${W} lse T${T} +centre .25`,
        (r, d) => r.words[d]! + W * Math.max(0, 0.25 * r.centre[d]! + 0.75 * cache[r.i]![d]!),
      );
    }
  }
}
if (mode === 'grid3') {
  const mix = (r: Row, d: number) => 0.5 * r.centre[d]! + 0.5 * tops[r.i]![d]![0]!;
  report('meaning only (centre+max)/2', (r, d) => mix(r, d));
  report('meaning only max', (r, d) => tops[r.i]![d]![0]!);
  report('meaning only centre', (r, d) => r.centre[d]!);
  // Per-message z-scored meaning.
  const stats = rows.map((r) => {
    const v = ids.map((_, d) => mix(r, d));
    const mean = v.reduce((a, b) => a + b, 0) / v.length;
    const sd = Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / v.length) || 1;
    const sorted = [...v].sort((a, b) => b - a);
    return { mean, sd, best: sorted[0]!, second: sorted[1]! };
  });
  for (const W of [0.2, 0.3, 0.4, 0.5, 0.7])
    report(
      `words + ${W} z(meaning)`,
      (r, d) => r.words[d]! + (W * (mix(r, d) - stats[r.i]!.mean)) / stats[r.i]!.sd,
    );
  for (const q of [0.5, 2])
    for (const W of [3, 4, 6])
      report(`words^${q} + ${W} mix`, (r, d) => r.words[d]! ** q + W * Math.max(0, mix(r, d)));
  // Hubness of articles from the KB alone: mean closeness of a centre to its 5 nearest other centres.
  const hub = centres.map((c, d) => {
    const others = centres
      .filter((_, o) => o !== d)
      .map((o) => dot(c, o))
      .sort((a, b) => b - a);
    return others.slice(0, 5).reduce((a, b) => a + b, 0) / 5;
  });
  for (const beta of [0.1, 0.2, 0.3, 0.5])
    for (const W of [4, 5, 6])
      report(`W${W} mix - ${beta} hub`, (r, d) => r.words[d]! + W * Math.max(0, mix(r, d) - beta * hub[d]!));
  // Near neighbours: among docs within delta of the best blend, meaning decides more.
  for (const delta of [0.3, 0.6, 1])
    for (const extra of [2, 4, 8]) {
      report(`near ${delta} extra ${extra}`, (r, d) => {
        const b = (x: number) => r.words[x]! + 4 * Math.max(0, mix(r, x));
        let best = 0;
        for (let x = 0; x < ids.length; x++) best = Math.max(best, b(x));
        const v = b(d);
        return v >= best - delta ? v + extra * mix(r, d) + 100 : v;
      });
    }
}
if (mode === 'centred') {
  // The knowledge base's common direction taken out of every vector (the mean of its phrases), from the KB alone.
  const mu = new Float32Array(D);
  const allPhrases = docVectors.flat();
  for (const v of allPhrases) for (let i = 0; i < D; i++) mu[i]! += v[i]! / allPhrases.length;
  for (const lambda of [0.5, 0.8, 1]) {
    const centred = (v: Float32Array) => {
      const c = new Float32Array(D);
      let n = 0;
      for (let i = 0; i < D; i++) {
        c[i] = v[i]! - lambda * mu[i]!;
        n += c[i]! * c[i]!;
      }
      n = Math.sqrt(n) || 1;
      for (let i = 0; i < D; i++) c[i]! /= n;
      return c;
    };
    const dv = docVectors.map((list) => list.map(centred));
    const dc = dv.map(centreOf);
    const mixes = rows.map((r) => {
      const q = centred(wholeVectors[r.i]!);
      return dc.map((c, d) => (dot(q, c) + Math.max(...dv[d]!.map((p) => dot(q, p)))) / 2);
    });
    report(`lambda ${lambda} meaning only`, (r, d) => mixes[r.i]![d]!);
    for (const W of [1.5, 2, 3, 4, 6])
      report(`lambda ${lambda} W${W}`, (r, d) => r.words[d]! + W * Math.max(0, mixes[r.i]![d]!));
    for (const W of [2, 3, 4])
      report(`lambda ${lambda} W${W} no clamp`, (r, d) => r.words[d]! + W * mixes[r.i]![d]!);
  }
}

export { recall, report, rows, tops };
