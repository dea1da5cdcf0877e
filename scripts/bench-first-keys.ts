// The first keys after a panel opens, two builds side by side (issue 18): a fresh panel's first query runs
// its search and results code cold, and what the panel does after it is ready (texts attached, the nudge
// engine, the views' code, the meaning host asked) shares its main thread with those keys.
//
//   npm run build && npx tsx scripts/bench-first-keys.ts [--versus folder] [--articles 10000] [--rounds 8]
//     [--after 150]
//
// Each build gets a browser of its own with the same articles written into its database (raw IndexedDB,
// one change-log entry saying "everything changed", as an import logs it) and its index built by a first
// open. Then, round after round and build after build (so both meet the same machine), a panel is opened,
// and `--after` ms after its ready mark a query is typed into its search box, 40 ms a key. Per build: each
// key's `ownit:keystroke` measure (input to results in the DOM) by how far into its query it is and whether
// it came in the panel's first 700 ms after ready; the keys' input delay (from the key to its handler, the
// browser's Event Timing, which reports events of 16 ms or more); ready p50. Needs `npm run build` first.
import type { Page } from 'playwright-core';
import { parseArgs } from '../src/cli/args';
import type { Article } from '../src/shared/model';
import { corpusArticles } from './bench-browser-meaning';
import { DIST, type LoadedExtension, launchExtension, writeArticles } from './chromium';

const QUERY = 'outlook calendar sharing permissions';
const EARLY_MS = 700;
const CHUNK = 500;

interface Key {
  ms: number;
  chars: number;
  afterReadyMs: number;
}

interface Open {
  readyMs: number;
  keys: Key[];
  /** Input delays (ms) of the keys' events Event Timing reported (those of 16 ms or more). */
  delays: number[];
}

const waitReady = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByName('ownit:ready').length > 0, undefined, {
    timeout: 600_000,
    polling: 10,
  });

/** A browser with the build in `dist`, the articles in its database and its index stored. */
async function prepared(dist: string, articles: Article[]): Promise<LoadedExtension> {
  const ext = await launchExtension({ dist });
  const setup = await ext.context.newPage();
  await setup.goto(ext.panelUrl());
  await waitReady(setup);
  for (let i = 0; i < articles.length; i += CHUNK)
    await writeArticles(setup, articles.slice(i, i + CHUNK), i + CHUNK >= articles.length);
  await setup.close();
  const first = await ext.context.newPage();
  await first.goto(ext.panelUrl());
  await waitReady(first);
  await first.waitForFunction(() => performance.getEntriesByName('ownit:index-save').length > 0, undefined, {
    timeout: 600_000,
  });
  await first.close();
  return ext;
}

/** One open: ready, then the query typed `after` ms later. */
async function openAndType(ext: LoadedExtension, after: number): Promise<Open> {
  const page = await ext.context.newPage();
  try {
    await page.addInitScript(() => {
      if (location.protocol !== 'chrome-extension:') return;
      const store = window as unknown as { benchKeys: unknown[]; benchDelays: number[] };
      store.benchKeys = [];
      store.benchDelays = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.name !== 'ownit:keystroke') continue;
          const detail = (entry as PerformanceMeasure).detail as { chars?: number } | null;
          store.benchKeys.push({ ms: entry.duration, chars: detail?.chars ?? 0, start: entry.startTime });
        }
      }).observe({ type: 'measure' });
      try {
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as PerformanceEventTiming[])
            if (entry.name === 'keydown') store.benchDelays.push(entry.processingStart - entry.startTime);
        }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
      } catch {
        // No Event Timing here.
      }
    });
    await page.goto(ext.panelUrl());
    await waitReady(page);
    const readyMs = await page.evaluate(() => performance.getEntriesByName('ownit:ready')[0]!.startTime);
    const now = await page.evaluate(() => performance.now());
    if (after > now - readyMs) await page.waitForTimeout(after - (now - readyMs));
    await page.locator('#kb-search').pressSequentially(QUERY, { delay: 40 });
    await page.waitForTimeout(300);
    const { keys, delays } = await page.evaluate(() => {
      const store = window as unknown as {
        benchKeys: { ms: number; chars: number; start: number }[];
        benchDelays: number[];
      };
      return { keys: store.benchKeys, delays: store.benchDelays };
    });
    return {
      readyMs,
      keys: keys.map((key) => ({ ms: key.ms, chars: key.chars, afterReadyMs: key.start - readyMs })),
      delays,
    };
  } finally {
    await page.close();
  }
}

const percentile = (values: number[], p: number) => {
  const list = [...values].sort((a, b) => a - b);
  return list.length ? list[Math.min(list.length - 1, Math.ceil((p / 100) * list.length) - 1)]! : Number.NaN;
};
const f = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(1) : '-');

/** One build's figures in one line. */
export function firstKeysLine(name: string, opens: Open[]): string {
  const keys = opens.flatMap((open) => open.keys);
  const part = (label: string, of: Key[]) =>
    `${label} p50 ${f(
      percentile(
        of.map((k) => k.ms),
        50,
      ),
    )} p95 ${f(
      percentile(
        of.map((k) => k.ms),
        95,
      ),
    )} ms (${of.length})`;
  const delays = opens.flatMap((open) => open.delays);
  return [
    `${name}: ready p50 ${f(
      percentile(
        opens.map((o) => o.readyMs),
        50,
      ),
    )} ms over ${opens.length} opens`,
    part(
      'first key',
      keys.filter((k) => k.chars === 1),
    ),
    part(
      'keys 2-4',
      keys.filter((k) => k.chars >= 2 && k.chars <= 4),
    ),
    part(
      `in the first ${EARLY_MS} ms`,
      keys.filter((k) => k.afterReadyMs < EARLY_MS),
    ),
    part('all keys', keys),
    `the keys' events of 16 ms or more: ${delays.length}, their input delay p50 ${f(percentile(delays, 50))} p95 ${f(percentile(delays, 95))} max ${f(delays.length ? Math.max(...delays) : Number.NaN)} ms`,
  ].join('; ');
}

async function main(): Promise<void> {
  const args = parseArgs(['bench', ...process.argv.slice(2)]);
  const count = Number(args.flags.get('articles') ?? 10_000);
  const rounds = Number(args.flags.get('rounds') ?? 8);
  const after = Number(args.flags.get('after') ?? 150);
  const versus = args.flags.get('versus');
  const articles = await corpusArticles(count, Date.now());
  const builds = [{ name: 'this build', dist: DIST }];
  if (versus) builds.push({ name: 'versus', dist: versus });
  const exts: LoadedExtension[] = [];
  try {
    for (const build of builds) exts.push(await prepared(build.dist, articles));
    const opens: Open[][] = builds.map(() => []);
    for (let round = 0; round < rounds; round++) {
      // Alternated, and which build goes first alternates too.
      const order = round % 2 === 0 ? builds.map((_, i) => i) : builds.map((_, i) => i).reverse();
      for (const i of order) opens[i]!.push(await openAndType(exts[i]!, after));
    }
    for (const [i, build] of builds.entries()) console.log(firstKeysLine(build.name, opens[i]!));
  } finally {
    for (const ext of exts) await ext.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench-first-keys: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
