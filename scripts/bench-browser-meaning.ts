// The in-browser benchmark's meaning figures beyond the starter pack (scripts/bench-browser.ts runs them):
// the meaning host's memory (its own account, and the private memory of the browser's extension processes
// before and after the host is closed), and a fresh profile subscribed to a 10,000-article team pack with
// shipped vectors: the sync's time, then how long until suggestions use meaning for every article.
//
// The pack's vectors here are random numbers in the shipped format, stamped for each article's real
// phrases: embedding 10,000 articles in Node takes about 22 minutes on an idle machine, too long for a
// benchmark run, and neither the times nor the memory depend on the numbers' values. What shipped
// vectors cost in recall is measured on real vectors by `npm run eval -- --section quantised`.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Page } from 'playwright-core';
import { quantize } from '../src/meaning/meaning-index';
import { meaningPhrases } from '../src/meaning/phrases';
import { encodeShippedVectors, MEANING_MODEL, meaningDocsOfPack } from '../src/meaning/shipped-vectors';
import type { MeaningMemory, MeaningStatus } from '../src/shared/messages';
import type { Article, Pack } from '../src/shared/model';
import { type LoadedExtension, launchExtension } from './chromium';

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
  /** Extension processes with the host open and no panel, then some seconds after it was closed. */
  processesOpenMB: number;
  processesClosedMB: number;
}

/**
 * The host's memory as it says, then the extension processes' memory with the host open and after the
 * service worker closed it (what the idle close does), both with no panel open.
 */
export async function hostMemory(ext: LoadedExtension, page: Page): Promise<HostMemory> {
  const status = await hostStatus(page);
  await page.close();
  await new Promise((done) => setTimeout(done, 3_000));
  const processesOpenMB = extensionProcessesMB(ext.profile);
  await ext.worker.evaluate(() => chrome.offscreen.closeDocument().catch(() => undefined));
  await new Promise((done) => setTimeout(done, 5_000));
  return { memory: status?.memory, processesOpenMB, processesClosedMB: extensionProcessesMB(ext.profile) };
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
      .filter({ hasText: /synced just now|rejected|unreachable|failed/ })
      .waitFor({ timeout: 600_000 })
      .catch(() => undefined);
    const row = (await item.allTextContents()).join(' | ');
    if (!row.includes('synced just now')) throw new Error(`the pack did not sync: ${row}`);
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
    const tab = await ext.context.newPage();
    await tab.goto(`${origin}/ticket.html`);
    const panel = await ext.openPanel(await ext.tabIdOf(`${origin}/ticket.html`));
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
    const status = await hostStatus(panel);
    const embedded = status?.state === 'ready' ? status.embedded : -1;
    const total = status?.state === 'ready' ? status.total : -1;
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
    };
  } finally {
    await ext.close();
    server.closeAllConnections();
    await new Promise((done) => server.close(() => done(undefined)));
  }
}

export const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
