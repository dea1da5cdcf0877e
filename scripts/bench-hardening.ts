// Figures for the hardening of issue 17 (hostile inputs): prints timings and memory, asserts nothing.
// Run: `npx tsx scripts/bench-hardening.ts`
import { createDeflateRaw } from 'node:zlib';
import { readPack } from '../src/background/pack-sync';
import { packAfter, storedOfPack } from '../src/cli/command-import';
import { parseCsvArticles } from '../src/import/csv-articles';
import { parseMarkdownZip } from '../src/import/markdown-zip';
import { planImport } from '../src/import/plan';
import type { ImportItem } from '../src/import/types';
import { markdownToHtml } from '../src/shared/markdown';
import type { Pack } from '../src/shared/model';
import { writeZip } from '../test/unit/import/zip-writer';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function timed<T>(work: () => T): [T, number] {
  const started = performance.now();
  const result = work();
  return [result, performance.now() - started];
}

async function deflatedZeros(bytes: number): Promise<Uint8Array> {
  const stream = createDeflateRaw();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => stream.on('end', resolve));
  const zeros = Buffer.alloc(64 * 1024 * 1024);
  for (let written = 0; written < bytes; written += zeros.length) {
    if (!stream.write(zeros)) await new Promise((resolve) => stream.once('drain', resolve));
  }
  stream.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

async function zips(): Promise<void> {
  const body = new Uint8Array(20 * 1024 * 1024).fill(0x62);
  const overlap = writeZip([{ name: 'big.md', data: body }], (central) =>
    Array.from({ length: 2000 }, (_, i) => ({
      ...central[0]!,
      name: `dir-${i}/a.md`,
      size: 1,
      compressedSize: 1,
    })),
  );
  const rss = process.memoryUsage().rss;
  const [result, ms] = timed(() => parseMarkdownZip('overlap.zip', overlap));
  const grown = process.memoryUsage().rss - rss;
  console.log(
    `zip, ${mb(overlap.length)}, 2,000 entries over one 20 MB stored file: refused in ${ms.toFixed(1)} ms, RSS +${mb(Math.max(0, grown))} (${result.errors[0]?.message})`,
  );
  const liar = writeZip([
    {
      name: 'zeros.md',
      data: new Uint8Array(0),
      deflated: await deflatedZeros(4 * 1024 ** 3),
      size: 10,
      crc: 0,
    },
  ]);
  const [refused, liarMs] = timed(() => parseMarkdownZip('liar.zip', liar));
  console.log(
    `zip, ${mb(liar.length)}, one entry inflating to 4 GB but declaring 10 bytes: refused in ${liarMs.toFixed(1)} ms (${refused.errors[0]?.message})`,
  );
}

function divider(): void {
  for (const length of [20, 31, 40, 200, 10_000]) {
    const line = `-|${'-'.repeat(length - 3)}x`;
    const [, ms] = timed(() => markdownToHtml(`a|b\n${line}`));
    console.log(`markdown, table divider of ${length} characters: ${ms.toFixed(2)} ms`);
  }
}

function csv(): void {
  for (const rows of [20_000, 1_000_000]) {
    const text = `title,body\n${'Refund,Pay it back\n'.repeat(rows)}`;
    const [result, ms] = timed(() => parseCsvArticles('big.csv', text));
    const outcome = result.items.length > 0 ? `${result.items.length} articles` : 'refused';
    console.log(
      `csv, ${rows.toLocaleString('en-US')} rows (${mb(text.length)}): ${outcome} in ${ms.toFixed(0)} ms`,
    );
  }
}

function cliImport(): void {
  for (const count of [20_000, 100_000, 200_000]) {
    const articles = Array.from({ length: count }, (_, i) => ({
      id: `a${i}`,
      title: `Article ${i}`,
      body: 'x',
      tags: [],
      keywords: [],
    }));
    const base: Pack = {
      format: 'ownit-pack',
      formatVersion: 1,
      id: 'kb',
      name: 'KB',
      version: '1',
      articles,
      playbooks: [],
      rules: [],
    };
    const items: ImportItem[] = articles.map((a) => ({
      kind: 'article',
      item: { ...a, body: 'changed' },
      where: `x.csv:${a.id}`,
      source: 'local',
    }));
    const plan = planImport(storedOfPack(base), items);
    const [pack, ms] = timed(() => packAfter(plan, base, { id: 'kb', name: 'KB', version: '2' }));
    console.log(
      `ownit import --base, ${count.toLocaleString('en-US')} updated rows placed in ${ms.toFixed(0)} ms (${pack.articles.length} articles)`,
    );
  }
}

async function deepPack(): Promise<void> {
  const text = `{"format":"ownit-pack","formatVersion":1,"id":"d","name":"D","version":"1","x":${'['.repeat(5000)}${']'.repeat(5000)},"sha256":"${'0'.repeat(64)}"}`;
  const started = performance.now();
  const read = await readPack(text);
  console.log(
    `pack sync, 5,000 nesting levels with a sha256: ${read.ok ? 'accepted?!' : 'refused'} in ${(performance.now() - started).toFixed(1)} ms`,
  );
}

await zips();
divider();
csv();
cliImport();
await deepPack();
