// What the within-article shrink (src/meaning/within-shrink.ts) costs at a knowledge base's size: fitting
// it (after a sync that changed a tenth of the articles), and a message's closeness with and without it.
// Vectors are random (the cost does not depend on what they say). Usage: npx tsx
// scripts/bench-within-shrink.ts [--articles 10000] [--phrases 10]
import { DIMENSIONS, MeaningIndex, quantize } from '../src/meaning/meaning-index';
import { shrinkQuery } from '../src/meaning/within-shrink';

const flag = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const articles = flag('articles', 10_000);
const perArticle = flag('phrases', 10);
let seed = 7;
const random = () => {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647 - 0.5;
};
function unitVector(): Float32Array {
  const v = Float32Array.from({ length: DIMENSIONS }, random);
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
}
const index = new MeaningIndex();
index.shrinkWithin = true;
for (let a = 0; a < articles; a++) {
  index.set(`a${a}`, quantize(Array.from({ length: perArticle }, unitVector)));
}
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const queries = Array.from({ length: 50 }, unitVector);
const time = (run: (q: Float32Array) => void) =>
  median(
    queries.map((q) => {
      const start = performance.now();
      run(q);
      return performance.now() - start;
    }),
  );
const plainBefore = time((q) => index.closeness(q, [], undefined, true));
// As the meaning host fits it: in turns, each article's lengths read before the map is used. The longest
// turn is what a request arriving meanwhile may wait for.
const passes: { total: number; longest: number; turns: number }[] = [];
for (let round = 0; round < 3; round++) {
  let last = performance.now();
  let longest = 0;
  let turns = 0;
  const start = last;
  await index.refitShrinkInTurns(async () => {
    longest = Math.max(longest, performance.now() - last);
    turns++;
    await new Promise((done) => setTimeout(done, 0));
    last = performance.now();
  });
  longest = Math.max(longest, performance.now() - last);
  passes.push({ total: performance.now() - start, longest, turns });
}
const shrink = index.withinShrink!;
const mapMs = time((q) => shrinkQuery(shrink, q));
// Plain and shrunk in turn, message by message, so a change of the machine's load weighs on both alike.
const plainTimes: number[] = [];
const shrunkTimes: number[] = [];
for (const q of queries) {
  let start = performance.now();
  index.closeness(q, [], undefined, true);
  plainTimes.push(performance.now() - start);
  start = performance.now();
  index.closeness(q, []);
  shrunkTimes.push(performance.now() - start);
}
const plainMs = median(plainTimes);
const shrunkMs = median(shrunkTimes);
console.log(
  `${articles} articles × ${perArticle} phrases (scatter from ${shrink.phrases} phrases): ` +
    `fit and lengths in turns ${passes.map((p) => `${p.total.toFixed(0)} ms in ${p.turns} turns, longest ${p.longest.toFixed(1)} ms`).join('; ')}; ` +
    `a message vector mapped ${mapMs.toFixed(2)} ms; closeness (centres + 100 closest articles' phrases) ${plainBefore.toFixed(2)} ms plain before any map, ` +
    `${plainMs.toFixed(2)} ms plain, ${shrunkMs.toFixed(2)} ms shrunk (median of ${queries.length}, first closeness of each message)`,
);
