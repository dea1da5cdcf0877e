// Two ways a page's suggestions by meaning could reach the panel before the meaning host is done, and
// what an agent would see of each, on the fixture tickets (test/fixtures/pages, read as the content
// script reads them, with the starter pack) and on BANKING77's tuning half (even positions, every k-th)
// with its own articles:
// - a first ordering from the page's whole text alone (one model row), refined once its sentences and
//   ask are embedded (closenessOf): how often the first three suggestions differ, as a set or in order,
//   and the first one (tried, not kept: docs/architecture.md, "Suggestions by meaning");
// - the suggestions first, then the small-talk check of the latest message (quiet-after.ts, kept): how
//   often that check then replaces the list with the no-problem line.
// Then what each part of a ticket's request costs the model, warm (CPU ms, the least of five calls).
//
//   npx tsx scripts/first-order.ts [--banking 4]   (0: fixture tickets only; else every k-th message)
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from '../src/cli/args';
import { loadKb } from '../src/cli/load-kb';
import { readSavedPage } from '../src/cli/page-reader';
import type { SentenceEncoder } from '../src/meaning/encoder';
import {
  closenessFrom,
  closenessOf,
  closenessParts,
  embedDocs,
  hasMeaning,
  requestParts,
  requestTexts,
  smallTalkOnly,
  wordCandidates,
} from '../src/meaning/knowledge';
import { MeaningIndex } from '../src/meaning/meaning-index';
import { nodeEncoder } from '../src/meaning/node-encoder';
import { SearchIndex } from '../src/search';
import { ROOT } from './chromium';

const PAGES = join(ROOT, 'test/fixtures/pages');
const BANKING = join(ROOT, '../shared/data/banking77');

interface Case {
  query: string;
  text: string;
  /** The customer's latest message (the small-talk check reads it when the text ends with it). */
  message?: string | undefined;
}

interface Tally {
  cases: number;
  /** Cases whose first ordering is not the complete one (the others answer once). */
  twoStep: number;
  top3Set: number;
  top3Order: number;
  top1: number;
  /** Cases whose latest message the small-talk check finds small talk (the suggestions then go). */
  quiet: number;
}

/**
 * A first closeness from the whole text's vector alone (one model row), as a host could send while the
 * rest are embedded; null when closenessOf needs no more than that.
 */
async function firstCloseness(
  encoder: Pick<SentenceEncoder, 'embed'>,
  meanings: MeaningIndex,
  text: string,
  candidates: string[],
): Promise<Map<string, number> | null> {
  if (!hasMeaning(text)) return null;
  const { whole, sentences, ask } = closenessParts(text);
  if (sentences.length === 0 && !ask) return null;
  const [query] = await encoder.embed([whole]);
  return query ? closenessFrom(meanings, { whole: query, sentences: [] }, candidates) : null;
}

const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

async function tally(docsPath: string, cases: Case[]): Promise<Tally> {
  const docs = await loadKb(docsPath);
  const index = SearchIndex.build(docs);
  const encoder = await nodeEncoder();
  const meanings = new MeaningIndex();
  const vectors = await embedDocs(encoder, docs);
  for (const [i, doc] of docs.entries()) meanings.set(doc.id, vectors[i]!);
  const out: Tally = { cases: 0, twoStep: 0, top3Set: 0, top3Order: 0, top1: 0, quiet: 0 };
  for (const item of cases) {
    const candidates = wordCandidates(index, item.query);
    const latest = item.message?.trim();
    if (latest && item.text.endsWith(latest) && (await smallTalkOnly(encoder, meanings, latest, item.text)))
      out.quiet++;
    const first = await firstCloseness(encoder, meanings, item.text, candidates);
    out.cases++;
    if (!first) continue;
    out.twoStep++;
    const full = await closenessOf(encoder, meanings, item.text, candidates);
    const top = (meaning: Map<string, number>) =>
      index.suggest(item.query, { limit: 3, meaning }).map((hit) => hit.id);
    const [a, b] = [top(first), top(full)];
    if (a[0] !== b[0]) out.top1++;
    if (a.join('\u0000') !== b.join('\u0000')) out.top3Order++;
    if ([...a].sort().join('\u0000') !== [...b].sort().join('\u0000')) out.top3Set++;
  }
  return out;
}

function line(name: string, t: Tally): string {
  return [
    `${name}: ${t.cases} cases`,
    `  the whole text first, then the rest: ${t.twoStep} answered in two steps; the first three differ as a set on ${t.top3Set}, in order on ${t.top3Order}; the first suggestion differs on ${t.top1}`,
    `  the suggestions first, then the small-talk check: their list replaced by the no-problem line on ${t.quiet}`,
  ].join('\n');
}

async function costs(cases: (Case & { page: string })[]): Promise<void> {
  const encoder = await nodeEncoder();
  // Warm the model as the host does before pages come.
  for (let i = 0; i < 30; i++) {
    const item = cases[i % cases.length]!;
    await encoder.embed(requestTexts(item.text, item.message));
  }
  const least = async (texts: string[]) => {
    let best = Number.POSITIVE_INFINITY;
    for (let run = 0; run < 5; run++) {
      const started = cpuMs();
      if (texts.length > 0) await encoder.embed(texts);
      best = Math.min(best, cpuMs() - started);
    }
    return best;
  };
  console.log(
    'Model cost, warm (CPU ms, least of 5 calls): the whole text alone | the suggestions’ texts | and the latest message whole | every request text (the small-talk check’s sentences too)',
  );
  const sums = [0, 0, 0, 0];
  for (const item of cases) {
    const parts = requestParts(item.text, item.message);
    if (parts.closeness.length === 0) continue;
    const ms = [
      await least(parts.closeness.slice(0, 1)),
      await least(parts.closeness),
      await least([...parts.closeness, ...parts.quiet]),
      await least(requestTexts(item.text, item.message)),
    ];
    ms.forEach((value, i) => {
      sums[i]! += value;
    });
    console.log(
      `  ${item.page.padEnd(32)} ${ms.map((v) => v.toFixed(1).padStart(6)).join(' |')}  (${parts.closeness.length} + ${parts.quiet.length} + ${parts.cued.length} texts)`,
    );
  }
  console.log(`  ${'in all'.padEnd(32)} ${sums.map((v) => v.toFixed(0).padStart(6)).join(' |')}`);
}

async function main(argv: string[]): Promise<void> {
  const args = parseArgs(['first-order', ...argv]);
  const every = Number(args.flags.get('banking') ?? 4);
  console.log(
    `Load average ${loadavg()
      .map((v) => v.toFixed(1))
      .join(' ')}`,
  );
  const addresses = JSON.parse(readFileSync(join(PAGES, 'addresses.json'), 'utf8')) as Record<string, string>;
  const pages = readdirSync(PAGES)
    .filter((name) => name.endsWith('.html'))
    .map((page) => {
      const read = readSavedPage(readFileSync(join(PAGES, page), 'utf8'), addresses[page]);
      return { page, query: read.query, text: read.meaningText, message: read.context.customerMessage };
    })
    .filter((item) => item.text);
  const starter = join(ROOT, 'src/storage/starter-pack.json');
  console.log(line('Fixture tickets (starter pack)', await tally(starter, pages)));
  await costs(pages);
  if (every > 0) {
    const messages = (
      JSON.parse(readFileSync(join(BANKING, 'train-queries.json'), 'utf8')) as { text: string }[]
    ).filter((_, i) => i % 2 === 0 && (i / 2) % every === 0);
    const cases = messages.map((m) => ({ query: m.text, text: m.text }));
    console.log(line('BANKING77 tuning half', await tally(join(BANKING, 'kb.json'), cases)));
  }
}

await main(process.argv.slice(2));
