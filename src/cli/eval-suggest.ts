// Suggestion quality: recall@1 and recall@3 of page-context suggestions on customer messages, for Own It
// next to plain and tuned Fuse.js. Messages are split in two halves (even/odd positions): tune on the
// first, check on the second, so a tuning that only fits the first half shows.
import Fuse, { type IFuseOptions } from 'fuse.js';
import { closenessOf, embedDocs, meaningText } from '../meaning/knowledge';
import { MeaningIndex } from '../meaning/meaning-index';
import { nodeEncoder } from '../meaning/node-encoder';
import { type SearchDoc, SearchIndex } from '../search';
import { round, sample } from './bench-stats';

export interface LabelledMessage {
  text: string;
  /** Id of the article that should be suggested. */
  expect: string;
}

export interface Recall {
  at1: number;
  at3: number;
  n: number;
}

export interface SuggestEvalRow {
  engine: string;
  /** Messages evaluated (fewer than all for sampled contenders). */
  messages: number;
  tune: Recall;
  holdout: Recall;
  all: Recall;
  msPerMessage: number;
}

type Suggester = (text: string) => string[] | Promise<string[]>;

interface Contender {
  name: string;
  build(docs: SearchDoc[]): Suggester | Promise<Suggester>;
  /** Slow contenders are measured on every k-th message only (both halves stay represented). */
  maxMessages?: number;
}

/** Fuse scans every article's body per message; this many messages keep the run short. */
const FUSE_SAMPLE = 1500;

const fuseDefault: IFuseOptions<SearchDoc> = { keys: ['title', 'tags', 'body'] };

/**
 * Fuse tuned for long messages: token search (TF-IDF over words) anywhere in the field, a strict fuzzy
 * threshold, bodies (the customer phrasings) weighted up. Found by trying a handful of settings.
 */
const fuseTuned: IFuseOptions<SearchDoc> = {
  keys: ['title', 'tags', 'keywords', { name: 'body', weight: 2 }],
  useTokenSearch: true,
  ignoreLocation: true,
  threshold: 0.2,
};

export const CONTENDERS: Contender[] = [
  {
    name: 'own-it suggest',
    async build(docs) {
      const index = SearchIndex.build(docs);
      const encoder = await nodeEncoder();
      const meanings = new MeaningIndex();
      const vectors = await embedDocs(encoder, docs);
      for (const [i, doc] of docs.entries()) meanings.set(doc.id, vectors[i]!);
      return async (text) => {
        const [query] = await encoder.embed([meaningText(text)]);
        const meaning = closenessOf(index, meanings, text, query!);
        return index.suggest(text, { limit: 3, meaning }).map((hit) => hit.id);
      };
    },
  },
  {
    name: 'own-it words',
    build(docs) {
      const index = SearchIndex.build(docs);
      return (text) => index.suggest(text, { limit: 3 }).map((hit) => hit.id);
    },
  },
  {
    name: 'fuse default',
    maxMessages: FUSE_SAMPLE,
    build(docs) {
      const fuse = new Fuse(docs, fuseDefault);
      return (text) => fuse.search(text, { limit: 3 }).map((result) => result.item.id);
    },
  },
  {
    name: 'fuse tuned',
    maxMessages: FUSE_SAMPLE,
    build(docs) {
      const fuse = new Fuse(docs, fuseTuned);
      return (text) => fuse.search(text, { limit: 3 }).map((result) => result.item.id);
    },
  },
];

export async function evaluateSuggest(
  docs: SearchDoc[],
  messages: LabelledMessage[],
  contenders: Contender[] = CONTENDERS,
): Promise<SuggestEvalRow[]> {
  const rows: SuggestEvalRow[] = [];
  for (const contender of contenders) {
    const suggest = await contender.build(docs);
    const counts = { tune: tally(), holdout: tally(), all: tally() };
    const start = performance.now();
    const positions = sample(
      messages.map((_, i) => i),
      contender.maxMessages ?? Number.POSITIVE_INFINITY,
    );
    for (const i of positions) {
      const message = messages[i]!;
      const results = await suggest(message.text);
      for (const key of ['all', i % 2 === 0 ? 'tune' : 'holdout'] as const) {
        const t = counts[key];
        t.n++;
        if (results[0] === message.expect) t.at1++;
        if (results.slice(0, 3).includes(message.expect)) t.at3++;
      }
    }
    const ms = (performance.now() - start) / Math.max(1, positions.length);
    rows.push({
      engine: contender.name,
      messages: positions.length,
      tune: rate(counts.tune),
      holdout: rate(counts.holdout),
      all: rate(counts.all),
      msPerMessage: round(ms, 3),
    });
  }
  return rows;
}

function tally(): Recall {
  return { at1: 0, at3: 0, n: 0 };
}

function rate(t: Recall): Recall {
  return { at1: round(t.at1 / Math.max(1, t.n), 3), at3: round(t.at3 / Math.max(1, t.n), 3), n: t.n };
}

export function suggestTable(rows: SuggestEvalRow[]): string {
  const head = [
    'engine',
    'tune r@1',
    'tune r@3',
    'hold r@1',
    'hold r@3',
    'all r@1',
    'all r@3',
    'ms/msg',
    'messages',
  ];
  const lines = [head.map((h, i) => (i === 0 ? h.padEnd(16) : h.padStart(10))).join('')];
  for (const row of rows) {
    const cells = [
      row.tune.at1,
      row.tune.at3,
      row.holdout.at1,
      row.holdout.at3,
      row.all.at1,
      row.all.at3,
      row.msPerMessage,
      row.messages,
    ];
    lines.push(row.engine.padEnd(16) + cells.map((cell) => String(cell).padStart(10)).join(''));
  }
  return lines.join('\n');
}
