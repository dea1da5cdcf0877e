// Meaning benchmark: what suggestions by meaning cost. Model load; embedding throughput on the first
// articles of the shared corpus (what a panel's meaning host does once per article); the memory of their
// vectors; and per-message suggestion time on banking77 messages, words only next to words + meaning.
// Prints figures; no assertions. Run: `npx tsx src/cli/bench-meaning.ts [--count 1000] [--messages 300]`
import { fileURLToPath } from 'node:url';
import { closenessOf, embedDocs, wordCandidates } from '../meaning/knowledge';
import { MeaningIndex } from '../meaning/meaning-index';
import { nodeEncoder } from '../meaning/node-encoder';
import { meaningPhrases } from '../meaning/phrases';
import { SearchIndex } from '../search';
import { parseArgs } from './args';
import { percentile, round, sample } from './bench-stats';
import { loadKb } from './load-kb';
import { readJson } from './read-files';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const CORPUS = `${REPO}../shared/data/corpus/articles.jsonl.gz`;
const BANKING = `${REPO}../shared/data/banking77`;

async function main(argv: string[]): Promise<void> {
  const args = parseArgs(['bench-meaning', ...argv]);
  const count = Number(args.flags.get('count') ?? 1000);
  const messageCount = Number(args.flags.get('messages') ?? 300);

  let start = performance.now();
  const encoder = await nodeEncoder();
  const loadMs = performance.now() - start;

  const corpus = (await loadKb(CORPUS)).slice(0, count);
  const phrases = corpus.reduce((sum, doc) => sum + meaningPhrases(doc).length, 0);
  start = performance.now();
  const vectors = await embedDocs(encoder, corpus);
  const embedMs = performance.now() - start;
  const bytes = vectors.reduce((sum, v) => sum + v.codes.byteLength + v.scales.byteLength, 0);

  const kb = await loadKb(`${BANKING}/kb.json`);
  const index = SearchIndex.build(kb);
  const meanings = new MeaningIndex();
  const kbVectors = await embedDocs(encoder, kb);
  for (const [i, doc] of kb.entries()) meanings.set(doc.id, kbVectors[i]!);
  const messages = sample(
    (await readJson(`${BANKING}/train-queries.json`)) as { text: string }[],
    messageCount,
  ).map((m) => m.text);
  const wordsMs: number[] = [];
  const blendMs: number[] = [];
  for (const text of messages) {
    let t = performance.now();
    index.suggest(text, { limit: 5 });
    wordsMs.push(performance.now() - t);
    t = performance.now();
    const meaning = await closenessOf(encoder, meanings, text, wordCandidates(index, text));
    index.suggest(text, { limit: 5, meaning });
    blendMs.push(performance.now() - t);
  }

  const perArticle = embedMs / corpus.length;
  console.log('\n## Meaning: sentence encoder (TensorFlow.js WebAssembly, Node)');
  console.log(`  model load                           ${round(loadMs, 0)} ms`);
  console.log(
    `  embed ${corpus.length} corpus articles (${phrases} phrases)   ${round(embedMs / 1000, 1)} s  (${round(perArticle, 1)} ms an article, ${round((phrases / embedMs) * 1000, 0)} phrases/s)`,
  );
  console.log(
    `  vectors stored for them              ${round(bytes / 1024 / 1024, 2)} MB  (10,000 articles ≈ ${round(((bytes / corpus.length) * 10) / 1024, 1)} MB, ≈ ${round((perArticle * 10_000) / 60_000, 1)} min to embed)`,
  );
  console.log(`  suggestion per message (banking77, ${messages.length} messages)   p50      p95`);
  console.log(
    `    words only                         ${round(percentile(wordsMs, 50), 2)} ms  ${round(percentile(wordsMs, 95), 2)} ms`,
  );
  console.log(
    `    words + meaning (embed + blend)    ${round(percentile(blendMs, 50), 2)} ms  ${round(percentile(blendMs, 95), 2)} ms`,
  );
  console.log(
    JSON.stringify({
      bench: 'meaning',
      loadMs: round(loadMs, 0),
      articles: corpus.length,
      phrases,
      embedMs: round(embedMs, 0),
      vectorBytes: bytes,
      wordsP50: round(percentile(wordsMs, 50), 3),
      wordsP95: round(percentile(wordsMs, 95), 3),
      blendP50: round(percentile(blendMs, 50), 3),
      blendP95: round(percentile(blendMs, 95), 3),
    }),
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`ownit-bench-meaning: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
