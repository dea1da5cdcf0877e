// A team pack built with its meaning vectors (`ownit pack build --vectors`), served from 127.0.0.1: the
// extension stores the shipped vectors while it syncs, and a ticket that shares no word with the pack's
// article gets that article suggested by meaning within a minute, the model having embedded nothing but
// the ticket (the starter pack ships its vectors too).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachVectors } from '../../src/cli/pack-vectors';
import type { MeaningCounts, MeaningStatus } from '../../src/shared/messages';
import type { Pack } from '../../src/shared/model';
import { type PackHost, servePack, subscribeAndSync } from './pack-host';
import { extensionSession } from './session';

const session = extensionSession();

/** An article on a topic the starter pack does not cover, sharing no word with the ticket below. */
const DESCALE = 'Descale the espresso machine';
const pack: Pack = {
  format: 'ownit-pack',
  formatVersion: 1,
  id: 'acme-appliances',
  name: 'Acme appliances',
  version: '2026.12.1',
  articles: [
    {
      id: 'acme-descale',
      title: DESCALE,
      body: 'Run the limescale remover through the brewer.\n\nRinse twice with fresh cold tap supply before the next cup.',
      tags: ['appliances'],
      keywords: [],
    },
    {
      id: 'acme-grinder',
      title: 'Grinder jams',
      body: 'Empty the hopper and clear the burrs.',
      tags: ['appliances'],
      keywords: [],
    },
  ],
  playbooks: [],
  rules: [],
};

const TICKET = 'My coffee maker makes everything taste bitter and the water flow is really slow.';
const ticketPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ticket 8812</title></head>
<body><main><h1>Bitter taste</h1><article class="message customer"><p>${TICKET}</p></article></main></body></html>`;

let host: PackHost;
let folder: string;
beforeAll(async () => {
  host = await servePack();
  folder = await mkdtemp(join(tmpdir(), 'ownit-pack-vectors-'));
  const built = await attachVectors(pack, join(folder, 'team-pack.json'));
  host.serve(built.pack);
  host.serveFile('team-pack.vectors', await readFile(built.file));
  host.serveFile('ticket.html', ticketPage, 'text/html; charset=utf-8');
}, 120_000);
afterAll(async () => {
  await host?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

function suggestedTitles(panel: Page): Promise<string[]> {
  return panel
    .getByRole('region', { name: 'Suggested for this page' })
    .getByRole('listitem')
    .allTextContents();
}

/** The meaning host's latest status with its counts, asked for from the panel page (null before it answered). */
async function hostStatus(panel: Page): Promise<MeaningStatus | null> {
  return panel.evaluate(async () => {
    const store = window as unknown as { ownitStatus?: MeaningStatus; ownitListening?: boolean };
    if (!store.ownitListening) {
      store.ownitListening = true;
      chrome.runtime.onMessage.addListener((envelope: { channel?: string; message?: unknown }) => {
        const message = envelope?.message as { type?: string; status?: MeaningStatus } | undefined;
        if (envelope?.channel === 'ownit-meaning-out' && message?.type === 'status')
          store.ownitStatus = message.status;
      });
    }
    await chrome.runtime.sendMessage({ channel: 'ownit-meaning-in', message: { type: 'hello' } });
    await new Promise((done) => setTimeout(done, 100));
    return store.ownitStatus ?? null;
  });
}

/** Ids that have vectors in the meaning database. */
function storedVectorIds(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open('ownit-meaning');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('vectors')) {
            db.close();
            resolve([]);
            return;
          }
          const keys = db.transaction('vectors').objectStore('vectors').getAllKeys();
          keys.onerror = () => reject(keys.error);
          keys.onsuccess = () => {
            db.close();
            resolve((keys.result as string[]).sort());
          };
        };
      }),
  );
}

describe('a team pack with shipped vectors', () => {
  it('suggests its article by meaning within a minute, the model embedding only the ticket', async () => {
    const options = await session.ext.openOptions('packs');
    await subscribeAndSync(options, host.url);
    const synced = Date.now();
    expect(host.files).toContain('/team-pack.vectors');
    // The pack's vectors and the starter pack's are stored before any host embedded anything.
    const ids = await storedVectorIds(options);
    expect(ids).toEqual(expect.arrayContaining(['acme-descale', 'acme-grinder', 'warranty-claim']));
    await options.close();

    const url = host.fileUrl('ticket.html');
    const tab = await session.ext.context.newPage();
    await tab.goto(url);
    const panel = await session.ext.openPanel(await session.ext.tabIdOf(url));
    await expect
      .poll(() => suggestedTitles(panel), { timeout: 60_000, interval: 250 })
      .toEqual(expect.arrayContaining([expect.stringContaining(DESCALE)]));
    const within = Date.now() - synced;
    expect(within).toBeLessThan(60_000);
    // Meaning brought it: no word of the ticket is in the article.
    const item = panel
      .getByRole('region', { name: 'Suggested for this page' })
      .getByRole('listitem')
      .filter({ hasText: DESCALE })
      .first();
    await item.hover();
    await item.locator('.why').waitFor();
    expect(await item.locator('.why').textContent()).toContain('close in meaning');

    // The host answers hello with its status; on a loaded machine that can take more than a moment.
    const seen: { status: MeaningStatus | null } = { status: null };
    await expect
      .poll(
        async () => {
          seen.status = await hostStatus(panel);
          return seen.status?.state;
        },
        { timeout: 20_000, interval: 250 },
      )
      .toBe('ready');
    const counts = seen.status?.counts as MeaningCounts;
    // No article, playbook or snippet went through the model; the ticket did.
    expect(counts.items).toBe(0);
    expect(counts.phrases).toBe(0);
    expect(counts.requests).toBeGreaterThanOrEqual(1);
    console.info(`pack-vectors: meaning suggestion ${within} ms after the sync; host counts`, counts);
    await panel.close();
    await tab.close();
  }, 180_000);
});
