// `npm run eval -- --section pages`: suggestions on whole saved helpdesk pages, read as the panel reads
// them (src/cli/page-reader.ts), against the starter pack, with meaning. For each page: did the reader
// find the open ticket (subject, latest customer message), and where is the right article? A page whose
// customer states no problem (a greeting, a thank-you) expects no suggestion at all (`expect: null`).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { confidentFor, meaningOfKb } from '../meaning/node-encoder';
import { SearchIndex } from '../search';
import { CliError } from './cli-error';
import { loadKb } from './load-kb';
import { readSavedPage } from './page-reader';
import { readJson } from './read-files';

interface PageCase {
  page: string;
  tool: string;
  /** The article id that should come first; null when no article should be suggested. */
  expect: string | null;
  subject?: string | null;
  customerMessage?: string | null;
  /** The address the page was saved from (picks a helpdesk's adapter); the generic reader without. */
  url?: string;
}

const fold = (text: string | null | undefined) =>
  (text ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** A subject as the reader gives it: without the "Re:" / "Fwd:" a mail client shows in front. */
const subjectOf = (text: string | null | undefined) =>
  fold((text ?? '').replace(/^(?:\s*(?:re|fwd?|aw|sv)\s*:)+/i, ''));

/** The reader found the message when its first words (up to 60 characters) are in what it read. */
function foundMessage(read: string | undefined, expected: string | null | undefined): boolean {
  const want = fold(expected)
    .slice(0, 60)
    .replace(/\s\S*$/, '');
  return want === '' || fold(read).includes(want);
}

function casesOf(data: unknown, source: string): PageCase[] {
  if (!Array.isArray(data)) throw new CliError(`${source}: expected [{"page", "tool", "expect", …}].`);
  return data.filter(
    (item): item is PageCase =>
      typeof item?.page === 'string' &&
      (typeof item?.expect === 'string' || item?.expect === null) &&
      typeof item?.tool === 'string',
  );
}

/**
 * The page sets tuned on, scored when no `--pages` is given: the first blind set and the development sets
 * (pages-blind-3, -6, -7, -8, -10, -12, -13 and -15). The never-tuned sets (pages-blind-2, -4, -5, -9, -11, -14, -16) are
 * scored only by name.
 */
const DEV_SETS = [
  'test/fixtures/pages-blind',
  'test/fixtures/pages-blind-3',
  'test/fixtures/pages-blind-6',
  'test/fixtures/pages-blind-7',
  'test/fixtures/pages-blind-8',
  'test/fixtures/pages-blind-10',
  'test/fixtures/pages-blind-12',
  'test/fixtures/pages-blind-13',
  'test/fixtures/pages-blind-15',
];

function summary(t: Record<string, number>): string {
  const quiet = t.noProblem ? `; no suggestion on ${t.quiet} of ${t.noProblem} pages without a problem` : '';
  return `first on ${t.first} of ${t.pages}, in the first three on ${t.top3}; subject ${t.subject}, message ${t.message} of ${t.pages! + t.noProblem!}${quiet}; not first with a reading wrong ${t.missReading}, with both read right ${t.missRanking}`;
}

export async function runPagesEval(flags: Map<string, string>, repo: string): Promise<void> {
  const folders = flags.get('pages')?.split(',') ?? DEV_SETS;
  const docs = await loadKb(flags.get('kb') ?? join(repo, 'src/storage/starter-pack.json'));
  const index = SearchIndex.build(docs);
  const meaning = await meaningOfKb(docs);
  const totals = {
    pages: 0,
    first: 0,
    top3: 0,
    subject: 0,
    message: 0,
    confident: 0,
    noProblem: 0,
    quiet: 0,
    /** Pages whose right article is not first with the subject or the latest message read wrong… */
    missReading: 0,
    /** …and with both read right: a miss of the ranking. */
    missRanking: 0,
  };
  const rows: string[] = [];
  const perFolder: string[] = [];
  for (const folder of folders) {
    const before = { ...totals };
    const dir = join(repo, folder);
    const cases = casesOf(await readJson(join(dir, 'expected.json')), join(folder, 'expected.json'));
    const known = new Set(readdirSync(dir));
    for (const item of cases) {
      if (!known.has(item.page)) throw new CliError(`${folder}: ${item.page} is listed but not there.`);
      const read = readSavedPage(readFileSync(join(dir, item.page), 'utf8'), item.url);
      const closeness = await meaning(index, read.query, read.meaningText);
      // As the panel: no suggestion when the meaning host finds the latest customer message small talk.
      const latest = read.context.selection?.trim() ? undefined : read.context.customerMessage;
      const quiet = Boolean(latest && (await meaning.quiet(latest, read.meaningText)));
      const ids = quiet
        ? []
        : index.suggest(read.query, { limit: 5, meaning: closeness }).map((hit) => hit.id);
      const rank = item.expect === null ? 0 : ids.indexOf(item.expect) + 1;
      const confident = await confidentFor(read.meaningText || read.query, closeness);
      if (confident && item.expect !== null) totals.confident += 1;
      const subjectOk = !item.subject || subjectOf(read.context.subject) === subjectOf(item.subject);
      const messageOk = foundMessage(read.context.customerMessage, item.customerMessage);
      if (item.expect === null) {
        totals.noProblem += 1;
        if (ids.length === 0) totals.quiet += 1;
      } else {
        totals.pages += 1;
        if (rank === 1) totals.first += 1;
        else if (subjectOk && messageOk) totals.missRanking += 1;
        else totals.missReading += 1;
        if (rank >= 1 && rank <= 3) totals.top3 += 1;
      }
      if (subjectOk) totals.subject += 1;
      if (messageOk) totals.message += 1;
      rows.push(
        `| ${item.tool.padEnd(26)} | ${(item.expect === null ? 'none' : rank ? String(rank) : '-').padStart(4)} | ${subjectOk ? 'yes' : 'no '} | ${messageOk ? 'yes' : 'no '} | ${confident ? 'yes' : 'no '} | ${ids.slice(0, 3).join(', ') || '(no suggestion)'}`,
      );
    }
    const mine = Object.fromEntries(
      Object.entries(totals).map(([key, value]) => [key, value - before[key as keyof typeof totals]]),
    );
    perFolder.push(`${folder}: ${summary(mine)}`);
  }
  console.log('| page                       | rank | subject | message | confident | first three');
  console.log('| -------------------------- | ---- | ------- | ------- | --------- | -----------');
  for (const row of rows) console.log(row);
  const read = totals.pages + totals.noProblem;
  console.log(
    `right article first on ${totals.first} of ${totals.pages}, in the first three on ${totals.top3}; subject read right on ${totals.subject} of ${read}, latest customer message on ${totals.message}; confident on ${totals.confident} of ${totals.pages}`,
  );
  console.log(
    `right article not first: ${totals.missReading} with the subject or message read wrong, ${totals.missRanking} with both read right (ranking)`,
  );
  if (totals.noProblem) {
    console.log(
      `no suggestion on ${totals.quiet} of ${totals.noProblem} pages where the customer states no problem`,
    );
  }
  if (folders.length > 1) for (const line of perFolder) console.log(line);
  console.log(JSON.stringify({ eval: 'pages', folders, ...totals }));
}
