// The in-browser benchmark's meaning figures beyond the starter pack (scripts/bench-browser.ts runs them):
// the meaning host's memory (its own account, and the private memory of the browser's extension processes
// with the host open and after it closed itself for want of requests), and a fresh profile subscribed to a 10,000-article team pack with
// shipped vectors: the sync's time, then how long until suggestions use meaning for every article.
//
// The pack's vectors here are random numbers in the shipped format, stamped for each article's real
// phrases: embedding 10,000 articles in Node takes about 22 minutes on an idle machine, too long for a
// benchmark run, and neither the times nor the memory depend on the numbers' values. What shipped
// vectors cost in recall is measured on real vectors by `npm run eval -- --section quantised`.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { parseArgs } from '../src/cli/args';
import { readText } from '../src/cli/read-files';
import { IDLE_CLOSE_KEY } from '../src/meaning/idle-close';
import { quantize } from '../src/meaning/meaning-index';
import { meaningPhrases } from '../src/meaning/phrases';
import { encodeShippedVectors, MEANING_MODEL, meaningDocsOfPack } from '../src/meaning/shipped-vectors';
import type { MeaningMemory, MeaningStatus } from '../src/shared/messages';
import type { HostStartup } from '../src/shared/messages-meaning';
import type { Article, Pack } from '../src/shared/model';
import { type LoadedExtension, launchExtension, ROOT, serveFixtures } from './chromium';

const CORPUS = join(ROOT, '../shared/data/corpus/articles.jsonl.gz');

/** The first `limit` articles of the shared corpus, as the extension stores them. */
export async function corpusArticles(limit: number, now: number): Promise<Article[]> {
  const lines = (await readText(CORPUS)).split('\n');
  const articles: Article[] = [];
  for (const line of lines) {
    if (articles.length >= limit) break;
    if (!line.trim()) continue;
    const row = JSON.parse(line) as Record<string, unknown>;
    const strings = (value: unknown) =>
      Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    const article: Article = {
      id: String(row.id),
      title: typeof row.title === 'string' ? row.title : String(row.id),
      body: typeof row.body === 'string' ? row.body : '',
      tags: strings(row.tags),
      keywords: strings(row.keywords),
      updatedAt: now,
      version: 1,
      source: 'local',
    };
    if (typeof row.category === 'string') article.category = row.category;
    articles.push(article);
  }
  return articles;
}

const MB = 1024 * 1024;

/** The host's status with its memory, asked for from an extension page (hello is answered to all). */
export async function hostStatus(page: Page): Promise<MeaningStatus | null> {
  return page.evaluate(async () => {
    const store = window as unknown as { benchStatus?: MeaningStatus | null; benchListening?: boolean };
    store.benchStatus = null;
    if (!store.benchListening) {
      store.benchListening = true;
      chrome.runtime.onMessage.addListener((envelope: { channel?: string; message?: unknown }) => {
        const message = envelope?.message as { type?: string; status?: MeaningStatus } | undefined;
        if (envelope?.channel === 'ownit-meaning-out' && message?.type === 'status' && message.status?.memory)
          store.benchStatus = message.status;
      });
    }
    await chrome.runtime.sendMessage({ channel: 'ownit-meaning-in', message: { type: 'hello' } });
    for (let i = 0; i < 50 && !store.benchStatus; i++) await new Promise((done) => setTimeout(done, 100));
    return store.benchStatus ?? null;
  });
}

/** Private memory (MB) of this browser's extension processes: its pages, the offscreen host and workers. */
export function extensionProcessesMB(profile: string): number {
  let kb = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmdline.includes(profile) || !cmdline.includes('--extension-process')) continue;
      const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      for (const field of ['Private_Clean', 'Private_Dirty']) {
        kb += Number(rollup.match(new RegExp(`${field}:\\s+(\\d+) kB`))?.[1] ?? 0);
      }
    } catch {
      // The process ended meanwhile.
    }
  }
  return kb / 1024;
}

export interface HostMemory {
  memory: MeaningMemory | undefined;
  /** Extension processes with the host open and no panel, then some seconds after it closed itself. */
  processesOpenMB: number;
  processesClosedMB: number;
  /** From the last request to the host closing itself (its quiet period, shortened for the bench). */
  closedAfterMs: number | undefined;
}

/** The quiet period the bench gives the host, so that it closes itself within the run. */
export const BENCH_IDLE_CLOSE_MS = 20_000;

/** How many offscreen documents (meaning hosts) are open, asked from the service worker. */
const openHosts = (ext: LoadedExtension) =>
  ext.worker.evaluate(
    async () =>
      (await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT] }))
        .length,
  );

/**
 * The host's memory as it says, then the extension processes' memory with the host open and after the
 * host closed itself for want of requests (the idle close, src/meaning/idle-close.ts), both with no panel
 * open. The host is started again with a quiet period of BENCH_IDLE_CLOSE_MS (set where the host reads
 * it), caught up (model and vectors loaded), and then left alone.
 */
export async function hostMemory(ext: LoadedExtension, page: Page): Promise<HostMemory> {
  const status = await hostStatus(page);
  await page.evaluate(
    ([key, ms]) => localStorage.setItem(key as string, String(ms)),
    [IDLE_CLOSE_KEY, BENCH_IDLE_CLOSE_MS],
  );
  await ext.worker.evaluate(() => chrome.offscreen.closeDocument().catch(() => undefined));
  await page.evaluate(async () => {
    await chrome.runtime.sendMessage({ type: 'panel/open-meaning' });
    await chrome.runtime.sendMessage({ channel: 'ownit-meaning-in', message: { type: 'sync' } });
  });
  for (let i = 0; i < 600 && (await hostStatus(page))?.state !== 'ready'; i++)
    await new Promise((done) => setTimeout(done, 500));
  const lastRequest = performance.now();
  await page.close();
  await new Promise((done) => setTimeout(done, 3_000));
  const processesOpenMB = extensionProcessesMB(ext.profile);
  let closedAfterMs: number | undefined;
  while (performance.now() - lastRequest < BENCH_IDLE_CLOSE_MS + 90_000) {
    if ((await openHosts(ext)) === 0) {
      closedAfterMs = performance.now() - lastRequest;
      break;
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  await new Promise((done) => setTimeout(done, 5_000));
  return {
    memory: status?.memory,
    processesOpenMB,
    processesClosedMB: extensionProcessesMB(ext.profile),
    closedAfterMs,
  };
}

/** One line for the bench's output. */
export function memoryLine(m: HostMemory): string {
  const says = m.memory
    ? `${mb(m.memory.wasm)} WebAssembly (model), ${m.memory.heap > 0 ? `${mb(m.memory.heap)} JS heap, ` : ''}${mb(m.memory.vectors)} vectors`
    : 'nothing (no answer)';
  const closed =
    m.closedAfterMs === undefined
      ? `it did not close itself within ${((BENCH_IDLE_CLOSE_MS + 90_000) / 1000).toFixed(0)} s`
      : `${m.processesClosedMB.toFixed(1)} MB after it closed itself ${(m.closedAfterMs / 1000).toFixed(1)} s after the last request (quiet period ${BENCH_IDLE_CLOSE_MS / 1000} s here): ${(m.processesOpenMB - m.processesClosedMB).toFixed(1)} MB released`;
  return `host says ${says}; extension processes ${m.processesOpenMB.toFixed(1)} MB private with the host open, ${closed}`;
}

/** One pseudo-random unit vector after another (the same every run). */
function randomVectors(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32 - 0.5;
  };
  return () => {
    const vector = Float32Array.from({ length: 512 }, next);
    const norm = Math.hypot(...vector);
    return vector.map((x) => x / norm);
  };
}

export interface ShippedPackFigures {
  packBytes: number;
  vectorsBytes: number;
  syncMs: number;
  /** Vectors in the meaning database once the sync is done (the starter pack's included). */
  vectorsStored: number;
  /** From the sync's end to the host ready with every item's vectors, none embedded. */
  meaningMs: number;
  embedded: number;
  total: number;
  memory: HostMemory;
  /** Panels opened (and typed in) one after the other in the minute after the sync. */
  minute: MinuteOfUse;
  /** The sync's end (ms since the epoch) and the meaning host's start-up as it says. */
  syncedAt: number;
  startup?: HostStartup;
}

/** An agent's minute after the sync: panels opened one after another, a query typed key by key in each. */
export interface MinuteOfUse {
  /**
   * Per open: seconds after the sync it began, ms to the panel's ready mark, where its index came from,
   * and where its index's load went (the panel's `ownit:index-*` measures: waiting for a build elsewhere,
   * reading every item and indexing them, or reading and unpacking the snapshot).
   */
  opens: {
    at: number;
    readyMs: number;
    source: string;
    parts: Record<string, number>;
    /** The page's navigation (ms since the epoch) and the machine's 1-minute load average then. */
    origin?: number;
    load?: number;
  }[];
  /** The index built where the sync ran (the service worker's `ownit:index-*` measures), ms. */
  background?: Record<string, number>;
  /** Every keystroke's input → results time (the panel's own `ownit:keystroke` measure), all opens together. */
  keystrokesMs: number[];
  /**
   * The same keystrokes: the search's part of each (ms) and when it began, ms after its panel was ready and
   * ms since the epoch.
   */
  keys: { searchMs: number; afterReadyMs: number; epoch?: number; open?: number; chars?: number }[];
  /**
   * Per open, what ran on its main thread from navigation to its last key: the long animation frames
   * (50 ms or more, with the scripts in them) and the panel's own marks and measures, ms after ready.
   */
  traces?: OpenTrace[];
}

/** One open's main thread, ms after its ready mark (written with `--frames-file`). */
export interface OpenTrace {
  frames: {
    at: number;
    ms: number;
    blockingMs: number;
    renderMs: number;
    scripts: { at: number; ms: number; invoker: string; source: string; layoutMs: number }[];
  }[];
  marks: { name: string; at: number; ms: number }[];
}

const MINUTE_QUERY = 'outlook calendar sharing permissions';

/** Opens panels and types in them until `ms` after `since` (performance.now() of this process). */
async function minuteOfUse(ext: LoadedExtension, since: number, ms = 60_000): Promise<MinuteOfUse> {
  const minute: MinuteOfUse = { opens: [], keystrokesMs: [], keys: [] };
  while (performance.now() - since < ms) {
    const at = (performance.now() - since) / 1000;
    const load = loadavg()[0];
    const page = await ext.context.newPage();
    try {
      await page.goto(ext.panelUrl());
      const ready = await page
        .waitForFunction(() => performance.getEntriesByName('ownit:ready').length > 0, undefined, {
          timeout: 300_000,
          polling: 50,
        })
        .then(() => true)
        .catch(() => false);
      if (!ready) {
        // Recorded, not thrown: with the build said to be under way (or not) when it gave up.
        const build = await page.evaluate(
          () =>
            new Promise<string>((done) => {
              const open = indexedDB.open('ownit');
              open.onerror = () => done('unreadable');
              open.onsuccess = () => {
                const get = open.result
                  .transaction('settings')
                  .objectStore('settings')
                  .get('searchIndexBuild');
                get.onsuccess = () => done(JSON.stringify(get.result?.value ?? null));
                get.onerror = () => done('unreadable');
              };
            }),
        );
        // What the panel shows then (an error such as "the database is busy" never marks ready).
        const shown = await page.evaluate(() =>
          (document.body.textContent ?? '').replace(/\s+/g, ' ').slice(0, 160),
        );
        minute.opens.push({
          at,
          readyMs: Number.NaN,
          source: `not ready in 300 s, build ${build}, showing "${shown}"`,
          parts: {},
        });
        continue;
      }
      const open = await page.evaluate(() => ({
        origin: performance.timeOrigin,
        readyMs: performance.getEntriesByName('ownit:ready')[0]?.startTime ?? Number.NaN,
        source: document.body.dataset.indexSource ?? 'unknown',
        parts: Object.fromEntries([
          ...performance
            .getEntriesByType('measure')
            .filter((entry) => entry.name.startsWith('ownit:index-'))
            .map((entry) => [entry.name.slice('ownit:index-'.length), entry.duration]),
          // When the early read's database open, the index row and its bytes came (ms after navigation).
          ...['early-open', 'index-row', 'index-bytes'].map((name) => [
            `${name}@`,
            performance.getEntriesByName(`ownit:${name}`)[0]?.startTime ?? Number.NaN,
          ]),
        ]),
      }));
      minute.opens.push({ at, load, ...open });
      // The panel clears each keystroke measure once taken: an observer sees every one.
      await page.evaluate(() => {
        const seen: { ms: number; searchMs: number; afterReadyMs: number; epoch: number; chars: number }[] =
          [];
        (window as unknown as { benchKeys: typeof seen }).benchKeys = seen;
        const ready = performance.getEntriesByName('ownit:ready')[0]?.startTime ?? 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (entry.name !== 'ownit:keystroke') continue;
            const detail = (entry as PerformanceMeasure).detail as {
              searchMs?: number;
              chars?: number;
            } | null;
            seen.push({
              ms: entry.duration,
              searchMs: detail?.searchMs ?? Number.NaN,
              afterReadyMs: entry.startTime - ready,
              epoch: performance.timeOrigin + entry.startTime,
              chars: detail?.chars ?? Number.NaN,
            });
          }
        }).observe({ type: 'measure' });
        // Long animation frames since navigation (buffered), with the scripts that ran in them.
        const frames: unknown[] = [];
        (window as unknown as { benchFrames: typeof frames }).benchFrames = frames;
        try {
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) {
              const frame = entry as PerformanceEntry & {
                blockingDuration: number;
                renderStart: number;
                scripts: {
                  startTime: number;
                  duration: number;
                  invoker: string;
                  sourceURL: string;
                  sourceFunctionName: string;
                  forcedStyleAndLayoutDuration: number;
                }[];
              };
              frames.push({
                at: frame.startTime - ready,
                ms: frame.duration,
                blockingMs: frame.blockingDuration,
                renderMs: frame.renderStart ? frame.startTime + frame.duration - frame.renderStart : 0,
                scripts: frame.scripts.map((script) => ({
                  at: script.startTime - ready,
                  ms: script.duration,
                  invoker: script.invoker,
                  source: `${script.sourceURL.split('/').pop()} ${script.sourceFunctionName}`,
                  layoutMs: script.forcedStyleAndLayoutDuration,
                })),
              });
            }
          }).observe({ type: 'long-animation-frame', buffered: true });
        } catch {
          // No long animation frames in this browser.
        }
      });
      const input = page.locator('#kb-search');
      await input.click();
      await input.pressSequentially(MINUTE_QUERY, { delay: 40 });
      await page.waitForTimeout(300);
      const { keys, trace } = await page.evaluate(() => {
        const ready = performance.getEntriesByName('ownit:ready')[0]?.startTime ?? 0;
        const store = window as unknown as {
          benchKeys: { ms: number; searchMs: number; afterReadyMs: number; epoch: number; chars: number }[];
          benchFrames: OpenTrace['frames'];
        };
        const marks = [...performance.getEntriesByType('mark'), ...performance.getEntriesByType('measure')]
          .filter((entry) => entry.name !== 'ownit:keystroke')
          .map((entry) => ({ name: entry.name, at: entry.startTime - ready, ms: entry.duration }));
        return { keys: store.benchKeys, trace: { frames: store.benchFrames, marks } };
      });
      const openIndex = minute.opens.length - 1;
      minute.traces = [...(minute.traces ?? []), trace];
      minute.keystrokesMs.push(...keys.map((key) => key.ms));
      minute.keys.push(
        ...keys.map(({ searchMs, afterReadyMs, epoch, chars }) => ({
          searchMs,
          afterReadyMs,
          epoch,
          open: openIndex,
          chars,
        })),
      );
    } finally {
      await page.close();
    }
  }
  return minute;
}

/** A panel's first moments after ready, when its texts are attached and it catches up (keys typed then apart). */
const EARLY_MS = 700;

/** The load's parts printed per open, in this order when present (ms). */
const PARTS = [
  'wait',
  'build-read',
  'build',
  'store',
  'early-open@',
  'index-row@',
  'index-bytes@',
  'read',
  'unpack',
  'load',
];

/** "ready p50 … ms over N opens (…), keystroke p95 … ms over M keys": the minute in one line. */
export function minuteLine(minute: MinuteOfUse): string {
  const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
  const at = (values: number[], p: number) => {
    const list = sorted(values);
    return list.length
      ? list[Math.min(list.length - 1, Math.ceil((p / 100) * list.length) - 1)]!
      : Number.NaN;
  };
  const ready = minute.opens.map((open) => open.readyMs).filter(Number.isFinite);
  const parts = (measures: Record<string, number>) =>
    Object.entries(measures)
      .filter(([name, ms]) => PARTS.includes(name) && Number.isFinite(ms))
      .map(([name, ms]) => `${name} ${Math.round(ms)}`)
      .join(', ');
  const opens = minute.opens
    .map(
      (open) =>
        `${open.at.toFixed(0)} s: ${Math.round(open.readyMs)} ms (${open.source}${Object.keys(open.parts).length ? `: ${parts(open.parts)}` : ''})`,
    )
    .join(', ');
  const background = minute.background
    ? `the index built where the sync ran: ${parts(minute.background) || 'no measure'} ms; `
    : '';
  // The keystrokes in each panel's first EARLY_MS after ready (its texts attached, its catch-up, the meaning
  // host asked) apart from the later ones, and the search's part of all of them.
  const early = minute.keystrokesMs.filter((_, i) => (minute.keys[i]?.afterReadyMs ?? 0) < EARLY_MS);
  const later = minute.keystrokesMs.filter((_, i) => (minute.keys[i]?.afterReadyMs ?? 0) >= EARLY_MS);
  const searchMs = minute.keys.map((key) => key.searchMs).filter(Number.isFinite);
  const p95 = (values: number[]) => (values.length ? `${at(values, 95).toFixed(1)} ms` : 'none');
  return `${background}ready p50 ${Math.round(at(ready, 50))} ms over ${ready.length} of ${minute.opens.length} opens (${opens}); keystroke p50 ${at(minute.keystrokesMs, 50).toFixed(1)} ms, p95 ${at(minute.keystrokesMs, 95).toFixed(1)} ms over ${minute.keystrokesMs.length} keys (the search p95 ${p95(searchMs)}; p95 ${p95(early)} over the ${early.length} keys in a panel's first ${EARLY_MS} ms after ready, ${p95(later)} over the ${later.length} after)`;
}

/**
 * The meaning host's start-up and the first opens' reads on one clock, seconds after the sync's end: when
 * the host started, its model was in and its first sync read the knowledge base (chunks, rows), and when
 * each of the first opens asked for its index (the early read's database open) and got the row and its
 * bytes, with the machine's load average then.
 */
export function startupLine(
  shipped: Pick<ShippedPackFigures, 'syncedAt' | 'startup' | 'minute' | 'meaningMs'>,
): string {
  const s = (at: number | undefined) =>
    at === undefined || !Number.isFinite(at) ? '?' : `${((at - shipped.syncedAt) / 1000).toFixed(1)} s`;
  const up = shipped.startup;
  const host = up
    ? `host started ${s(up.startedAt)}, model in ${s(up.modelAt)}, first sync read ${s(up.readFrom)} to ${s(up.readTo)} (${up.chunks ?? '?'} requests, ${up.rows ?? '?'} rows${up.waitMs === undefined ? '' : `, waited ${(up.waitMs / 1000).toFixed(1)} s in all`})${up.shrinkAt === undefined ? '' : `, within-article map in use ${s(up.shrinkAt)}`}`
    : 'host start-up not said';
  const opens = shipped.minute.opens
    .slice(0, 3)
    .map((open) => {
      const at = (name: string) => (open.origin ?? Number.NaN) + (open.parts[`${name}@`] ?? Number.NaN);
      return `open at ${s(open.origin)} (load ${open.load?.toFixed(1) ?? '?'}): database open ${s(at('early-open'))}, row ${s(at('index-row'))}, bytes ${s(at('index-bytes'))}, ready ${s((open.origin ?? Number.NaN) + open.readyMs)}`;
    })
    .join('; ');
  // Keystrokes while the host was still loading (before meaning was ready for every item) and after.
  const readyAt = shipped.syncedAt + shipped.meaningMs;
  const split = (before: boolean) =>
    shipped.minute.keystrokesMs.filter((_, i) => {
      const epoch = shipped.minute.keys[i]?.epoch;
      return epoch !== undefined && epoch < readyAt === before;
    });
  const p95 = (values: number[]) => {
    const list = [...values].sort((a, b) => a - b);
    return list.length ? `${list[Math.ceil(0.95 * list.length) - 1]!.toFixed(1)} ms` : 'none';
  };
  const [loading, loaded] = [split(true), split(false)];
  return `${host}; ${opens}; keystroke p95 ${p95(loading)} over the ${loading.length} keys before meaning was ready, ${p95(loaded)} over the ${loaded.length} after`;
}

/** A fresh profile subscribes to a pack of `articles` with shipped vectors served from 127.0.0.1. */
export async function shippedPackFigures(articles: Article[]): Promise<ShippedPackFigures> {
  // Pack ids are at most 120 characters; a few corpus ids are longer.
  const pack: Pack = {
    format: 'ownit-pack',
    formatVersion: 1,
    id: 'corpus',
    name: 'Corpus',
    version: '1',
    articles: articles.map((article, i) => ({
      id: article.id.length > 120 ? `${article.id.slice(0, 100)}-${i}` : article.id,
      title: article.title,
      body: article.body,
      tags: article.tags,
      keywords: article.keywords,
    })),
    playbooks: [],
    rules: [],
  };
  const vector = randomVectors(18);
  const items = meaningDocsOfPack(pack).map((doc) => ({
    kind: doc.kind,
    id: doc.id,
    stamp: doc.stamp,
    ...quantize(meaningPhrases(doc.doc).map(() => vector())),
  }));
  const vectors = encodeShippedVectors({ model: MEANING_MODEL, items });
  const body = JSON.stringify({
    ...pack,
    meaning: {
      model: MEANING_MODEL,
      file: 'corpus.vectors',
      bytes: vectors.length,
      sha256: createHash('sha256').update(vectors).digest('hex'),
    },
  });
  const server = createServer((request, response) => {
    if (request.url === '/corpus.json')
      response.writeHead(200, { 'content-type': 'application/json' }).end(body);
    else if (request.url === '/corpus.vectors') response.writeHead(200).end(vectors);
    else if (request.url === '/ticket.html')
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          '<!doctype html><title>Ticket</title><main><p>My card payment was declined twice today.</p></main>',
        );
    else response.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const ext = await launchExtension();
  try {
    const options = await ext.openOptions('packs');
    const form = options.getByRole('form', { name: 'Subscribe to a team pack' });
    await form.getByRole('textbox', { name: 'Pack address' }).fill(`${origin}/corpus.json`);
    const start = performance.now();
    await form.getByRole('button', { name: 'Subscribe' }).click();
    const item = options.getByRole('list', { name: 'Team packs' }).getByRole('listitem');
    // Done when the row says synced, or says why not.
    await item
      .filter({ hasText: /(?<!not )synced (just now|\d+ \w+ ago)|rejected|unreachable|failed/ })
      .waitFor({ timeout: 600_000 })
      .catch(() => undefined);
    const row = (await item.allTextContents()).join(' | ');
    // On a loaded machine the sync can take minutes, and the row then says how long ago it was.
    if (!/(?<!not )synced (just now|\d+ \w+ ago)/.test(row) || /rejected|unreachable|failed/.test(row))
      throw new Error(`the pack did not sync: ${row}`);
    const syncMs = performance.now() - start;
    const vectorsStored = await options.evaluate(
      () =>
        new Promise<number>((done) => {
          const open = indexedDB.open('ownit-meaning');
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('vectors')) return done(0);
            const request = db.transaction('vectors').objectStore('vectors').count();
            request.onsuccess = () => done(request.result);
            request.onerror = () => done(-1);
          };
          open.onerror = () => done(-1);
        }),
    );
    await options.close();
    const synced = performance.now();
    const syncedAt = Date.now();
    const tab = await ext.context.newPage();
    await tab.goto(`${origin}/ticket.html`);
    const panel = await ext.openPanel(await ext.tabIdOf(`${origin}/ticket.html`));
    const during = minuteOfUse(ext, synced);
    const ready = await panel
      .waitForFunction(
        () => document.querySelector('section[data-meaning]')?.getAttribute('data-meaning') === 'ready',
        undefined,
        { timeout: 300_000, polling: 100 },
      )
      .then(() => true)
      .catch(() => false);
    const meaningMs = performance.now() - synced;
    if (!ready) {
      const state = await hostStatus(panel);
      throw new Error(
        `meaning not ready ${Math.round(meaningMs / 1000)} s after the sync (${vectorsStored} vectors stored by the sync): ${JSON.stringify(state)}`,
      );
    }
    // A host busy with its warm-up calls may answer hello after the 5 s one ask waits: asked up to 4 times.
    let status: MeaningStatus | null = null;
    for (let i = 0; i < 4 && !status; i++) status = await hostStatus(panel);
    let startup = status?.startup;
    const embedded = status?.state === 'ready' ? status.embedded : -1;
    const total = status?.state === 'ready' ? status.total : -1;
    const minute = await during;
    // Asked again after the minute: the within-article map comes into use after meaning is ready.
    startup = (await hostStatus(panel))?.startup ?? startup;
    // Measured by the service worker when it built the index after the sync (gone if it stopped since).
    minute.background = await ext.worker
      .evaluate(() =>
        Object.fromEntries(
          performance
            .getEntriesByType('measure')
            .filter((entry) => entry.name.startsWith('ownit:index-'))
            .map((entry) => [entry.name.slice('ownit:index-'.length), entry.duration]),
        ),
      )
      .catch(() => undefined);
    await tab.close();
    const memory = await hostMemory(ext, panel);
    return {
      packBytes: body.length,
      vectorsBytes: vectors.length,
      syncMs,
      vectorsStored,
      meaningMs,
      embedded,
      total,
      memory,
      minute,
      syncedAt,
      startup,
    };
  } finally {
    await ext.close();
    server.closeAllConnections();
    await new Promise((done) => server.close(() => done(undefined)));
  }
}

export const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;

/** The starter pack's host memory alone: a panel on a ticket until meaning is ready, then hostMemory. */
async function starterPackMemory(): Promise<HostMemory> {
  const server = await serveFixtures();
  const ext = await launchExtension();
  try {
    const url = server.url('freshdesk-kettle.html');
    const tab = await ext.context.newPage();
    await tab.goto(url);
    const panel = await ext.openPanel(await ext.tabIdOf(url));
    await panel.waitForFunction(
      () => document.querySelector('section[data-meaning]')?.getAttribute('data-meaning') === 'ready',
      undefined,
      { timeout: 300_000, polling: 200 },
    );
    await tab.close();
    return await hostMemory(ext, panel);
  } finally {
    await ext.close();
    await server.close();
  }
}

/**
 * `npx tsx scripts/bench-browser-meaning.ts [--articles N] [--starter off] [--frames-file path]`: only the meaning host's memory
 * (starter pack, unless `--starter off`; with --articles, also a fresh profile subscribed to N corpus
 * articles with shipped vectors), without the rest of the in-browser bench. Needs `npm run build` first.
 */
async function main(): Promise<void> {
  const args = parseArgs(['bench', ...process.argv.slice(2)]);
  const articles = Number(args.flags.get('articles') ?? 0);
  // `--starter off` leaves out the starter pack's memory (minutes of a run that measures the minute).
  if (args.flags.get('starter') !== 'off')
    console.log(`Meaning host memory, starter pack: ${memoryLine(await starterPackMemory())}`);
  if (articles > 0) {
    const shipped = await shippedPackFigures(await corpusArticles(articles, Date.now()));
    console.log(
      `Meaning host memory, ${shipped.total} items (${articles} corpus articles with shipped vectors): ${memoryLine(shipped.memory)}`,
    );
    console.log(
      `Synced in ${(shipped.syncMs / 1000).toFixed(1)} s; meaning for all ${shipped.total} items ${(shipped.meaningMs / 1000).toFixed(1)} s after the sync (${shipped.embedded} embedded). The minute after the sync: ${minuteLine(shipped.minute)}`,
    );
    console.log(`After the sync (seconds from its end): ${startupLine(shipped)}`);
    const framesFile = args.flags.get('frames-file');
    if (framesFile) {
      writeFileSync(framesFile, JSON.stringify(shipped.minute));
      console.log(`The minute's opens, keys, long frames and marks written to ${framesFile}`);
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    process.stderr.write(
      `bench-browser-meaning: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  });
}
