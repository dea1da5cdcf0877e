// `npm run eval -- --section learning`: what learning from use gains. Each banking77 intent is an article
// that starts with its title and two written phrasings; tuning messages (even positions, as in the suggest
// section) are then fed, in batches, as "the agent used the right article on this message": the message
// becomes a learned phrasing (masked and trimmed as in the panel, deduplicated, capped per article) and
// the index takes the changed articles as the panel does. After each batch, recall@1 and @3 on the
// held-out messages (odd positions), by words alone and with meaning.
import { closenessOf, wordCandidates } from '../meaning/knowledge';
import { MeaningIndex, quantize } from '../meaning/meaning-index';
import { nodeEncoder } from '../meaning/node-encoder';
import { meaningPhrases } from '../meaning/phrases';
import { docFromArticle, type SearchDoc, SearchIndex } from '../search';
import { type LearnedPhrasing, phrasingOf, withPhrasing } from '../search/learned-phrasings';
import type { Article } from '../shared/model';
import { round, sample } from './bench-stats';
import { CliError } from './cli-error';
import type { LabelledMessage, Recall } from './eval-suggest';

/** Events per intent after which recall is measured. */
export const LEARNING_STEPS = [0, 1, 2, 5, 10, 20] as const;
/** Written phrasings each article starts with. */
export const START_PHRASINGS = 2;
/** Held-out messages scored with meaning (every k-th): the encoder takes tens of ms a message. */
export const MEANING_SAMPLE = 1000;

export interface LearningRow {
  /** "Used on a ticket" events fed per intent so far. */
  events: number;
  /** Learned phrasings over all articles (a message saying too little teaches nothing). */
  learned: number;
  words: Recall;
  /** With meaning, on the sample of held-out messages; absent with --meaning off. */
  meaning?: Recall;
}

interface Encoder {
  embed(texts: readonly string[]): Promise<Float32Array[]>;
}

/** The starting articles: title, and the first `phrasings` lines of the "What customers say" list. */
export function startingArticles(kb: unknown, phrasings = START_PHRASINGS): Article[] {
  if (!Array.isArray(kb)) throw new CliError('The banking77 kb must be a JSON array of articles.');
  return kb.map((item: { id?: unknown; title?: unknown; body?: unknown }, i) => {
    if (typeof item?.id !== 'string' || typeof item.title !== 'string') {
      throw new CliError(`banking77 kb: item ${i} needs a string id and title.`);
    }
    const lines = String(item.body ?? '')
      .split('\n')
      .filter((line) => line.startsWith('- '))
      .slice(0, phrasings);
    return {
      id: item.id,
      title: item.title,
      body: ['What customers say:', ...lines].join('\n'),
      tags: [],
      keywords: [],
      updatedAt: 0,
      version: 1,
      source: 'local',
    };
  });
}

export async function evaluateLearning(
  articles: readonly Article[],
  messages: readonly LabelledMessage[],
  options: { steps?: readonly number[]; encoder?: Encoder | null; meaningSample?: number } = {},
): Promise<LearningRow[]> {
  const steps = options.steps ?? LEARNING_STEPS;
  const tuneByIntent = new Map<string, string[]>();
  const hold: LabelledMessage[] = [];
  messages.forEach((message, i) => {
    if (i % 2 === 1) {
      hold.push(message);
      return;
    }
    const list = tuneByIntent.get(message.expect) ?? [];
    list.push(message.text);
    tuneByIntent.set(message.expect, list);
  });

  const learned = new Map<string, LearnedPhrasing[]>(articles.map((a) => [a.id, []]));
  const docOf = (article: Article): SearchDoc =>
    docFromArticle({ ...article, learnedPhrasings: learned.get(article.id)!.map((item) => item.text) });
  const index = SearchIndex.build(articles.map(docOf));

  const encoder = options.encoder ?? null;
  const meaning = encoder
    ? await meaningScorer(encoder, hold, options.meaningSample ?? MEANING_SAMPLE)
    : null;

  const rows: LearningRow[] = [];
  let fed = 0;
  let clock = 0;
  for (const step of steps) {
    // One batch: every intent's next events, then the changed articles re-indexed (and re-embedded).
    for (const article of articles) {
      const texts = tuneByIntent.get(article.id)?.slice(fed, step) ?? [];
      let list = learned.get(article.id)!;
      for (const text of texts) {
        const phrasing = phrasingOf(text);
        if (phrasing) list = withPhrasing(list, phrasing, ++clock);
      }
      if (list !== learned.get(article.id)) {
        learned.set(article.id, list);
        index.add(docOf(article));
      }
    }
    fed = step;
    const docs = articles.map(docOf);
    if (meaning) await meaning.update(docs);
    const words = recall(hold, (text) => index.suggest(text, { limit: 3 }).map((hit) => hit.id));
    const row: LearningRow = {
      events: step,
      learned: [...learned.values()].reduce((sum, list) => sum + list.length, 0),
      words: await words,
    };
    if (meaning) row.meaning = await recall(meaning.sample, (text) => meaning.suggest(index, text));
    rows.push(row);
  }
  return rows;
}

async function recall(
  messages: readonly LabelledMessage[],
  suggest: (text: string) => string[] | Promise<string[]>,
): Promise<Recall> {
  let at1 = 0;
  let at3 = 0;
  for (const message of messages) {
    const results = await suggest(message.text);
    if (results[0] === message.expect) at1++;
    if (results.slice(0, 3).includes(message.expect)) at3++;
  }
  const n = Math.max(1, messages.length);
  return { at1: round(at1 / n, 3), at3: round(at3 / n, 3), n: messages.length };
}

/**
 * Meaning as the panel has it: each article's phrases embedded (a phrase once, whatever step needs it),
 * the message's closeness to the candidates its words find and to the closest articles.
 */
async function meaningScorer(encoder: Encoder, hold: readonly LabelledMessage[], size: number) {
  const vectors = new Map<string, Float32Array>();
  const meanings = new MeaningIndex();
  const stamps = new Map<string, string>();
  // Phrase and message vectors are the same at every step: each text is embedded once.
  const cached: Encoder = {
    async embed(texts) {
      const missing = [...new Set(texts.filter((text) => !vectors.has(text)))];
      for (let i = 0; i < missing.length; i += 64) {
        const batch = missing.slice(i, i + 64);
        const made = await encoder.embed(batch);
        for (const [j, text] of batch.entries()) vectors.set(text, made[j]!);
      }
      return texts.map((text) => vectors.get(text)!);
    },
  };
  return {
    sample: sample(hold, size),
    async update(docs: readonly SearchDoc[]) {
      for (const doc of docs) {
        const phrases = meaningPhrases(doc);
        const stamp = phrases.join('\n');
        if (stamps.get(doc.id) === stamp) continue;
        stamps.set(doc.id, stamp);
        meanings.set(doc.id, quantize(await cached.embed(phrases)));
      }
    },
    async suggest(index: SearchIndex, text: string): Promise<string[]> {
      const near = await closenessOf(cached, meanings, text, wordCandidates(index, text));
      return index.suggest(text, { limit: 3, meaning: near }).map((hit) => hit.id);
    },
  };
}

export function learningTable(rows: readonly LearningRow[]): string {
  const withMeaning = rows.some((row) => row.meaning);
  const head = ['events/intent', 'learned', 'words r@1', 'words r@3'];
  if (withMeaning) head.push('+meaning r@1', '+meaning r@3');
  const lines = [head.map((h, i) => (i === 0 ? h.padEnd(14) : h.padStart(14))).join('')];
  for (const row of rows) {
    const cells: (number | string)[] = [row.learned, row.words.at1, row.words.at3];
    if (withMeaning) cells.push(row.meaning?.at1 ?? '', row.meaning?.at3 ?? '');
    lines.push(String(row.events).padEnd(14) + cells.map((cell) => String(cell).padStart(14)).join(''));
  }
  return lines.join('\n');
}

/** The encoder for --meaning on (the default); null for --meaning off. */
export async function learningEncoder(flag: string | undefined): Promise<Encoder | null> {
  if (flag === 'off') return null;
  if (flag !== undefined && flag !== 'on') throw new CliError('--meaning must be on or off.');
  return nodeEncoder();
}
