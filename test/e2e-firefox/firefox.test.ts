// The Firefox build in a real Firefox (ESR), as an agent would use it: installed in a profile, seeded on
// install, searched, suggesting for a ticket page by meaning, nudging on a draft typed into the page,
// importing and syncing knowledge from the options page, and keeping a promise's reminder across a
// browser restart. One browser for the file (Firefox takes seconds to start); tests run in order.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/chromium';
import { acmePack, bigPack, servePack } from '../e2e/pack-host';
import {
  click,
  clickButton,
  clippedElements,
  commitmentAlarms,
  listTexts,
  textOf,
  typeInto,
  waitForText,
} from './dom';
import { firefoxSession } from './session';

const session = firefoxSession();
const { openTicket, clue } = session;
/** Layout screenshots are kept for a person to look at; the assertions do not read them. */
const screenshots = join(ROOT, 'screenshots');
mkdirSync(screenshots, { recursive: true });

/** Waits for the note form to be in front of the agent. */
async function noteFormReady(panel: Page): Promise<void> {
  await panel.waitForSelector('#note-text', { timeout: 15_000 });
}

describe('Own It in a real Firefox', () => {
  it('seeds the starter pack on install and finds an article despite a typo', async () => {
    const panel = await session.firefox.openPanel();
    // The sidebar waits for the agent to open it: it does not open itself at install.
    const sidebarOpen = await panel.evaluate(() =>
      (
        globalThis as unknown as { browser: { sidebarAction: { isOpen(d: object): Promise<boolean> } } }
      ).browser.sidebarAction.isOpen({}),
    );
    expect(sidebarOpen).toBe(false);
    await typeInto(panel, '#kb-search', 'refnd');
    await expect
      .poll(() => listTexts(panel, '[role="listbox"][aria-label="Search results"] [role="option"]'), {
        timeout: 20_000,
      })
      .toEqual(expect.arrayContaining([expect.stringContaining('Refund request')]));
    await click(panel, '[role="listbox"][aria-label="Search results"] [role="option"]');
    await waitForText(panel, 'article', 'Refund');
    expect(await textOf(panel, 'main')).toMatch(/refund/i);
    await panel.close();
  });

  it('keeps the search index between opens: the next panel loads the stored one, excerpts included', async () => {
    const first = await session.firefox.openPanel();
    await first.waitForFunction(() => document.body.dataset.indexSource !== undefined, { timeout: 20_000 });
    // Stored when the panel is idle (a first open after install builds it; a later one may load it).
    if ((await first.evaluate(() => document.body.dataset.indexSource)) === 'built') {
      await first.waitForFunction(() => performance.getEntriesByName('ownit:index-save').length > 0, {
        timeout: 20_000,
      });
    }
    await first.close();
    const panel = await session.firefox.openPanel();
    await panel.waitForFunction(() => document.body.dataset.indexSource !== undefined, { timeout: 20_000 });
    expect(await panel.evaluate(() => document.body.dataset.indexSource)).toBe('snapshot');
    // Its snapshot is one Blob, whose bytes the early read took in Firefox too.
    expect(await panel.evaluate(() => performance.getEntriesByName('ownit:index-bytes').length)).toBe(1);
    await typeInto(panel, '#kb-search', 'refnd');
    const option = '[role="listbox"][aria-label="Search results"] [role="option"]';
    await expect
      .poll(() => listTexts(panel, option), { timeout: 20_000 })
      .toEqual(expect.arrayContaining([expect.stringContaining('Refund request')]));
    await expect
      .poll(() => listTexts(panel, `${option} .result-excerpt`), { timeout: 20_000 })
      .toEqual(expect.arrayContaining([expect.stringMatching(/refund/i)]));
    await panel.close();
  });

  it('suggests for a ticket page by meaning once the model has read the articles (hosted by the background page)', async () => {
    const { tab, panel } = await openTicket('freshdesk-kettle.html');
    const suggested = 'section[aria-label="Suggested for this page"]';
    // The kettle that will not heat up shares no word with the warranty articles: only meaning finds them.
    await expect
      .poll(
        async () => {
          const state = await panel.evaluate(
            (s: string) => document.querySelector(s)?.getAttribute('data-meaning'),
            suggested,
          );
          return `${state ?? 'none'}: ${(await listTexts(panel, `${suggested} li`)).join(' | ')}`;
        },
        { timeout: 150_000, interval: 500, message: clue() },
      )
      .toMatch(/^ready.*(Warranty claim|Product fault and warranty)/s);
    await panel.close();
    await tab.close();
  });

  it('turns "call back tomorrow at 3pm" into a commitment with an alarm, seen by every open panel', async () => {
    const { tab, panel, tabId } = await openTicket('demo-helpdesk.html');
    // A second panel, open before the note is saved, follows the database as the first one saves.
    const other = await session.firefox.openPanel(tabId);
    await waitForText(other, 'section[aria-label="My cases"]', 'No cases yet');

    await waitForText(panel, 'section[aria-label="Suggested for this page"] li', 'Refund');
    await clickButton(panel, 'I own this', 'header');
    await noteFormReady(panel);
    const facts = await textOf(panel, '.ticket-facts');
    expect(facts).toContain('4821');
    await typeInto(panel, '#note-text', 'Call back tomorrow at 3pm with the refund confirmation');
    const due = await panel.waitForSelector('[data-due-at]', { timeout: 15_000 });
    const dueAt = Number(await due?.evaluate((element) => element.getAttribute('data-due-at')));
    const expected = new Date();
    expected.setDate(expected.getDate() + 1);
    expected.setHours(15, 0, 0, 0);
    expect(dueAt).toBe(expected.getTime());
    await clickButton(panel, 'Save', 'main');

    await waitForText(panel, 'section[aria-label="My cases"]', 'Call back tomorrow at 3pm');
    await waitForText(other, 'section[aria-label="My cases"]', 'Call back tomorrow at 3pm');
    expect(await textOf(other, 'section[aria-label="My cases"]')).not.toContain('No cases yet');
    await expect.poll(async () => (await commitmentAlarms(panel)).length, { timeout: 15_000 }).toBe(1);
    const [alarm] = await commitmentAlarms(panel);
    expect(alarm?.scheduledTime).toBeGreaterThanOrEqual(dueAt);
    await other.close();
    await panel.close();
    await tab.close();
  });

  it('nudges on a handoff typed into the page’s reply box and rewrites it there', async () => {
    const { tab, panel } = await openTicket('demo-helpdesk.html');
    await waitForText(panel, 'section[aria-label="Nudges"]', 'Yours to approve');
    await tab.bringToFront();
    await typeInto(
      tab,
      '#reply',
      'Thanks for waiting, Dana. Let me transfer you to billing. Have a lovely day.',
    );
    await waitForText(panel, 'section[aria-label="Nudges"] article', 'billing');
    expect(await listTexts(panel, 'section[aria-label="Nudges"] article')).toEqual(
      expect.arrayContaining([expect.stringContaining('Keep the customer')]),
    );
    await clickButton(panel, 'Use this wording', 'article[aria-label="Keep the customer"]');
    await expect
      .poll(() => tab.evaluate(() => (document.querySelector('#reply') as HTMLTextAreaElement).value))
      .not.toContain('transfer you to billing');
    const text = await tab.evaluate(() => (document.querySelector('#reply') as HTMLTextAreaElement).value);
    expect(text.startsWith('Thanks for waiting, Dana. ')).toBe(true);
    expect(text.endsWith(' Have a lovely day.')).toBe(true);
    await panel.close();
    await tab.close();
  });

  it('imports a CSV file on the options page, and the panel finds the new article', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'ownit-csv-'));
    const file = join(folder, 'team.csv');
    writeFileSync(
      file,
      'id,title,body,tags\r\nquokka-passport,Quokka passport renewal,"Renew the quokka passport at the front desk, bring two photos.",travel\r\n',
    );
    const options = await session.firefox.openOptions('import');
    const input = (await options.waitForSelector('#import-files')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
    await clickButton(options, 'Import 1 item');
    await waitForText(options, '[role="status"]', 'Imported 1 item: 1 new, 0 updated');
    const panel = await session.firefox.openPanel();
    await typeInto(panel, '#kb-search', 'quokka pasport');
    await waitForText(panel, '[role="listbox"] [role="option"]', 'Quokka passport renewal');
    await panel.close();
    await options.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('subscribes to a team pack on a local server and syncs its new version', async () => {
    const host = await servePack();
    try {
      host.serve(acmePack('2026.12.1', 'Zephyrix warranty claims'));
      const options = await session.firefox.openOptions('packs');
      await typeInto(options, '#pack-address', host.url);
      await clickButton(options, 'Subscribe', 'form');
      await waitForText(options, 'li.pack', 'version 2026.12.1');
      const panel = await session.firefox.openPanel();
      await typeInto(panel, '#kb-search', 'zephyrix warranty');
      await waitForText(panel, '[role="listbox"] [role="option"]', 'Zephyrix warranty claims');

      host.serve(acmePack('2026.12.2', 'Zephyrix warranty claims (two years)'));
      await clickButton(options, 'Sync now', 'li.pack');
      await waitForText(options, 'li.pack', 'version 2026.12.2');
      await typeInto(panel, '#kb-search', 'zephyrix warranty');
      await waitForText(panel, '[role="listbox"] [role="option"]', 'two years');
      expect(host.answers).toEqual([200, 200]);
      await panel.close();
      await options.close();
    } finally {
      await host.close();
    }
  });

  it('builds and stores the search index in the background page after a big team pack syncs: the next sidebar builds nothing', async () => {
    const host = await servePack();
    try {
      host.serve(bigPack(300));
      const options = await session.firefox.openOptions('packs');
      await typeInto(options, '#pack-address', host.url);
      await clickButton(options, 'Subscribe', 'form');
      // "Syncing…" until the index is stored too.
      await expect
        .poll(
          async () =>
            (await listTexts(options, 'li.pack')).some((row) => /Big team.*synced just now/s.test(row)),
          {
            timeout: 60_000,
            interval: 200,
          },
        )
        .toBe(true);
      await options.close();
      const panel = await session.firefox.openPanel();
      await panel.waitForFunction(() => document.body.dataset.indexSource !== undefined, { timeout: 20_000 });
      expect(await panel.evaluate(() => document.body.dataset.indexSource)).toBe('snapshot');
      const measures = await panel.evaluate(() =>
        ['ownit:index-build', 'ownit:index-wait'].map((name) => performance.getEntriesByName(name).length),
      );
      expect(measures).toEqual([0, 0]);
      await typeInto(panel, '#kb-search', 'numbat licence');
      await waitForText(panel, '[role="listbox"] [role="option"]', 'Numbat licence transfer');
      await panel.close();
    } finally {
      await host.close();
    }
  });

  it('shows a reminder notification in Firefox when a promise comes due (Firefox takes no buttons)', async () => {
    const panel = await session.firefox.openPanel();
    const id = 'firefox-overdue-promise';
    // A promise that came due a minute ago, as a note saved earlier would hold it.
    await panel.evaluate(async (noteId: string) => {
      const note = {
        id: noteId,
        ticketKey: '127.0.0.1#4999',
        site: '127.0.0.1',
        url: 'http://127.0.0.1/ticket/4999',
        text: 'Call Ana back about the replacement',
        stage: 'follow-up',
        createdAt: Date.now() - 3_600_000,
        ticketId: '4999',
        commitment: {
          promise: 'Call Ana back about the replacement',
          dueAt: Date.now() - 60_000,
          status: 'open',
        },
      };
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ownit');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('notes', 'readwrite');
          tx.objectStore('notes').put(note);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      });
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      await api.runtime.sendMessage({ type: 'panel/commitments-changed' });
    }, id);
    const shown = () =>
      panel.evaluate(async () => {
        const api = (globalThis as unknown as { browser: typeof chrome }).browser;
        return Object.keys(await api.notifications.getAll());
      });
    await expect
      .poll(shown, { timeout: 15_000, message: clue() })
      .toEqual(expect.arrayContaining([expect.stringContaining(id)]));
    // Leave the profile as the restart test expects it: one open promise, the one saved above.
    await panel.evaluate(async (noteId: string) => {
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ownit');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('notes', 'readwrite');
          tx.objectStore('notes').delete(noteId);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
        };
      });
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      await api.runtime.sendMessage({ type: 'panel/commitments-changed' });
    }, id);
    await panel.close();
  });

  for (const theme of ['light', 'dark']) {
    it(`fits Firefox's default sidebar width (252 px) with nothing clipped, ${theme} theme`, async () => {
      const { tab, panel } = await openTicket('demo-helpdesk.html');
      await panel.setViewport({ width: 252, height: 700 });
      await panel.evaluate((name: string) => {
        document.documentElement.dataset.theme = name;
      }, theme);
      await waitForText(panel, 'section[aria-label="My cases"]', 'Call back tomorrow');
      await waitForText(panel, 'section[aria-label="Suggested for this page"] li', 'Refund');
      const problems = await clippedElements(panel);
      expect(problems).toEqual([]);
      // The colours follow the theme (light-dark() pairs), so both themes are really different pages.
      const background = await panel.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toMatch(theme === 'dark' ? /rgb\((\d|[1-5]\d),/ : /rgb\((2[0-4]\d|25[0-5]),/);
      await panel.screenshot({ path: join(screenshots, `firefox-panel-252-${theme}.png`) });
      // The other views an agent opens beside a ticket: an article, the note form, insights.
      await click(panel, 'section[aria-label="Suggested for this page"] li button');
      await panel.waitForSelector('article[aria-labelledby]', { timeout: 15_000 });
      expect(await clippedElements(panel), 'article').toEqual([]);
      await clickButton(panel, '← Back');
      await clickButton(panel, 'I own this', 'header');
      await noteFormReady(panel);
      expect(await clippedElements(panel), 'note form').toEqual([]);
      await clickButton(panel, 'Cancel', 'form');
      await clickButton(panel, 'Insights', 'header');
      await waitForText(panel, 'main', 'Insights');
      expect(await clippedElements(panel), 'insights').toEqual([]);
      await panel.close();
      await tab.close();
    });
  }

  it('keeps the commitment and its reminder alarm when Firefox restarts with the same profile', async () => {
    await session.restart();
    const panel = await session.firefox.openPanel();
    await waitForText(panel, 'section[aria-label="My cases"]', 'Call back tomorrow at 3pm');
    expect(await textOf(panel, 'section[aria-label="My cases"]')).toContain('#4821');
    await expect.poll(async () => (await commitmentAlarms(panel)).length, { timeout: 15_000 }).toBe(1);
    await panel.close();
  });
});
