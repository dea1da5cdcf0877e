// Prints what the small-talk margin (QUIET_MARGIN, src/meaning/knowledge.ts) is fitted on: for each
// customer message, how much closer it is to the small-talk messages than to its closest article
// (smallTalkLead). Messages that state a problem: BANKING77's tuning half (a sample) and the customer
// messages of the development pages; messages that state none: the no-problem list's fitting positions
// (1, 5, 9…) and the development pages without a problem. Usage: tsx scripts/fit-quiet.ts
import { readFileSync } from 'node:fs';
import { loadKb } from '../src/cli/load-kb';
import { readSavedPage } from '../src/cli/page-reader';
import { meaningOfKb } from '../src/meaning/node-encoder';

const DEV_PAGES = ['test/fixtures/pages-blind', 'test/fixtures/pages-blind-3', 'test/fixtures/pages-blind-6'];
const small = (
  JSON.parse(readFileSync('test/fixtures/no-problem/messages.json', 'utf8')) as { text: string }[]
)
  .filter((_, i) => i % 4 === 1)
  .map((m) => m.text);
const bank = (
  JSON.parse(readFileSync('../shared/data/banking77/train-queries.json', 'utf8')) as { text: string }[]
)
  .filter((_, i) => i % 2 === 0)
  .filter((_, i) => i % 5 === 0)
  .map((m) => m.text);
const pages = DEV_PAGES.flatMap((dir) => {
  const cases = JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8')) as {
    page: string;
    expect: string | null;
    url?: string;
  }[];
  return cases.map((item) => ({
    message:
      readSavedPage(readFileSync(`${dir}/${item.page}`, 'utf8'), item.url).context.customerMessage ?? '',
    problem: item.expect !== null,
    page: `${dir}/${item.page}`,
  }));
});

const rows: { set: string; problem: boolean; lead: number | null; text: string }[] = [];
const starter = await meaningOfKb(await loadKb('src/storage/starter-pack.json'));
const banking = await meaningOfKb(await loadKb('../shared/data/banking77/kb.json'));
for (const text of small) {
  rows.push({ set: 'no-problem/starter', problem: false, lead: await starter.lead(text), text });
  rows.push({ set: 'no-problem/banking77', problem: false, lead: await banking.lead(text), text });
}
for (const p of pages)
  rows.push({ set: 'pages', problem: p.problem, lead: await starter.lead(p.message), text: p.page });
for (const text of bank) rows.push({ set: 'banking77', problem: true, lead: await banking.lead(text), text });

const leads = (problem: boolean) =>
  rows
    .filter((r) => r.problem === problem && r.lead !== null)
    .map((r) => r.lead!)
    .sort((a, b) => a - b);
const withProblem = leads(true);
const without = leads(false);
for (const r of rows.filter((r) => !r.problem || (r.lead ?? -1) > 0)) console.log(JSON.stringify(r));
console.log(
  `stating a problem: ${withProblem.length}, highest leads ${withProblem.slice(-5).map((x) => x.toFixed(3))}`,
);
console.log(`stating none: ${without.length}, lowest leads ${without.slice(0, 8).map((x) => x.toFixed(3))}`);
