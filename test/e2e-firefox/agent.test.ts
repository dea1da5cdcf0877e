// What an agent relies on most, in a real Firefox (ESR) with the Firefox build: the real sidebar opened
// from the toolbar button, Alt+Shift+N and the context menu, following the active tab; every helpdesk
// fixture page read at its own address as `ownit suggest` reads it; a snippet written on the options page
// inserted into the reply box; an article's reply inserted into a contenteditable composer and learned
// from; an article edited on the options page found by the open panel, with the conflict banner for a
// stale tab; the panel by keyboard, and notes exported as a CSV file. One browser for the file.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { PAGES } from '../../scripts/chromium';
import { GECKO_ID } from '../../scripts/firefox-manifest';
import { readSavedPage } from '../../src/cli/page-reader';
import { queryFromPage } from '../../src/search';
import { finishPage, type PageReading } from '../../src/shared/page-reading';
import { click, clickButton, field, listTexts, textOf, typeInto, waitForText } from './dom';
import { firefoxSession } from './session';

const downloads = mkdtempSync(join(tmpdir(), 'ownit-firefox-downloads-'));
const session = firefoxSession({
  prefs: {
    // Downloads go straight to a folder of the test's, without asking.
    'browser.download.dir': downloads,
    'browser.download.folderList': 2,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
  },
});
afterAll(() => rmSync(downloads, { recursive: true, force: true }));
const { clue } = session;

/** Firefox's id for the add-on's widgets (sidebar, keys): the add-on id with other characters as `_`. */
const WIDGET = GECKO_ID.toLowerCase().replace(/[^a-z0-9_-]/g, '_');
const SIDEBAR = `${WIDGET}-sidebar-action`;

/** Whether Firefox's sidebar is open, and whose. */
const sidebarState = () =>
  session.firefox.inBrowserWindow(
    '(() => ({ open: SidebarController.isOpen, id: SidebarController.currentID }))()',
  ) as Promise<{ open: boolean; id: string }>;

/** A click on Own It's toolbar button: Firefox runs the button's action as for a person's click. */
const clickToolbarButton = () =>
  session.firefox.inBrowserWindow(`(() => {
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    const extension = ExtensionParent.GlobalManager.getExtension('${GECKO_ID}');
    ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
    return true;
  })()`);

/** Presses one of the add-on's keyboard shortcuts (its key in the browser window's keyset). */
const pressShortcut = (modifiers: string, key: string) =>
  session.firefox.inBrowserWindow(`(() => {
    const keys = [...document.querySelectorAll('keyset[id="ext-keyset-id-${WIDGET}"] key')];
    const found = keys.find((k) => k.getAttribute('modifiers') === '${modifiers}' && k.getAttribute('key') === '${key}');
    if (!found) throw new Error('no such shortcut');
    found.doCommand();
    return true;
  })()`);

interface SidebarLook {
  /** The text of the first element matching the selector ('' when none). */
  text: string;
  /** Its value, when it is a field. */
  value: string | undefined;
  /** The focused element's id, and whether the sidebar has the keyboard. */
  focused: string | undefined;
  hasFocus: boolean;
  width: number;
  scrollWidth: number;
}

/**
 * What the real sidebar shows, read from another of the add-on's pages (`extension.getViews`), which the
 * test keeps open in a background tab; undefined while there is no sidebar.
 */
function lookAtSidebar(from: Page, selector = 'body'): Promise<SidebarLook | undefined> {
  return from.evaluate((s: string) => {
    const api = (globalThis as unknown as { browser: { extension: { getViews(o: object): Window[] } } })
      .browser;
    const [view] = api.extension.getViews({ type: 'sidebar' });
    if (!view) return undefined;
    const doc = view.document;
    const element = doc.querySelector(s) as HTMLInputElement | null;
    return {
      text: element?.textContent ?? '',
      value: element?.value,
      focused: doc.activeElement?.id,
      hasFocus: doc.hasFocus(),
      width: doc.documentElement.clientWidth,
      scrollWidth: doc.documentElement.scrollWidth,
    };
  }, selector);
}

const sidebarText = async (from: Page, selector: string) => (await lookAtSidebar(from, selector))?.text ?? '';

describe('the real sidebar', () => {
  it('opens from the toolbar button beside the ticket, follows the active tab, and opens from Alt+Shift+N and the context menu', async () => {
    const extensionPage = await session.firefox.openOptions();
    const tab = await session.firefox.browser.newPage();
    await tab.goto(session.server.url('demo-helpdesk.html'));
    await tab.bringToFront();

    await clickToolbarButton();
    await expect.poll(sidebarState, { timeout: 10_000 }).toEqual({ open: true, id: SIDEBAR });
    await expect
      .poll(() => sidebarText(extensionPage, 'section[aria-label="Suggested for this page"]'), {
        timeout: 20_000,
        message: clue(),
      })
      .toMatch(/Refund for a damaged blender.*Refund request/s);
    // Firefox's own width for it, and nothing in it scrolls sideways.
    const look = await lookAtSidebar(extensionPage);
    expect(look?.width).toBeGreaterThan(200);
    expect(look?.scrollWidth).toBeLessThanOrEqual(look?.width ?? 0);

    // Another ticket in front: the sidebar follows it.
    const other = await session.firefox.browser.newPage();
    await other.goto(session.server.url('generic-ticket.html'));
    await other.bringToFront();
    await expect
      .poll(() => sidebarText(extensionPage, '.context-line'), { timeout: 15_000 })
      .toContain('Charger');
    await other.close();
    await tab.bringToFront();
    await expect
      .poll(() => sidebarText(extensionPage, '.context-line'), { timeout: 15_000 })
      .toContain('damaged blender');

    // The button again closes it; Alt+Shift+N opens it on the note form, filled from the ticket.
    await clickToolbarButton();
    await expect.poll(async () => (await sidebarState()).open, { timeout: 10_000 }).toBe(false);
    await pressShortcut('alt,shift', 'N');
    await expect.poll(sidebarState, { timeout: 10_000 }).toEqual({ open: true, id: SIDEBAR });
    await expect
      .poll(() => sidebarText(extensionPage, '.ticket-facts'), { timeout: 15_000 })
      .toMatch(/#4821.*Dana Whitfield/s);
    await expect
      .poll(async () => JSON.stringify(await lookAtSidebar(extensionPage)), { timeout: 10_000 })
      .toContain('"focused":"note-text"');

    // Text selected on the page, "Search Own It for …" in its context menu: the sidebar searches it.
    await session.firefox.inBrowserWindow('(() => { SidebarController.hide(); return true; })()');
    await tab.evaluate(() => {
      const heading = document.querySelector('h1') as HTMLElement;
      const range = document.createRange();
      range.selectNodeContents(heading);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    await tab.click('h1', { button: 'right' });
    await expect
      .poll(
        () =>
          session.firefox.inBrowserWindow(`(() => {
            const menu = document.getElementById('contentAreaContextMenu');
            const item = [...menu.querySelectorAll('menuitem')].find((i) => /Own It/.test(i.label) && !i.hidden);
            if (!item || menu.state !== 'open') return '';
            menu.activateItem(item);
            return item.label;
          })()`),
        { timeout: 10_000 },
      )
      .toMatch(/Search Own It/);
    await expect.poll(sidebarState, { timeout: 10_000 }).toEqual({ open: true, id: SIDEBAR });
    await expect
      .poll(async () => (await lookAtSidebar(extensionPage, '#kb-search'))?.value, { timeout: 15_000 })
      .toContain('Refund for a damaged blender');
    await expect
      .poll(() => sidebarText(extensionPage, '[role="listbox"][aria-label="Search results"] [role="option"]'))
      .not.toBe('');
    await session.firefox.inBrowserWindow('(() => { SidebarController.hide(); return true; })()');
    await extensionPage.close();
    await tab.close();
  });
});

const ADDRESSES = Object.entries(
  JSON.parse(readFileSync(join(PAGES, 'addresses.json'), 'utf8')) as Record<string, string>,
);

describe('helpdesk pages', () => {
  it('are read at their own addresses as ownit suggest reads the saved page (each helpdesk’s adapter), a clobbering page too', async () => {
    const extensionPage = await session.firefox.openOptions();
    const tab = await session.firefox.browser.newPage();
    // Each helpdesk address is answered with its saved page; nothing leaves the machine.
    let serving = '';
    await tab.setRequestInterception(true);
    tab.on('request', (request) => {
      if (request.url().split('#')[0] === serving.split('#')[0])
        void request.respond({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: readFileSync(join(PAGES, ADDRESSES.find(([, a]) => a === serving)?.[0] ?? ''), 'utf8'),
        });
      else void request.abort();
    });
    const differences: string[] = [];
    for (const [name, address] of ADDRESSES) {
      serving = address;
      await tab.goto(address);
      const reading = (await extensionPage.evaluate(async (target: string) => {
        const api = (globalThis as unknown as { browser: typeof chrome }).browser;
        const page = (url?: string) => url?.split('#')[0];
        const [found] = (await api.tabs.query({})).filter((t) => page(t.url) === page(target));
        for (let attempt = 0; attempt < 50; attempt++) {
          try {
            return await api.tabs.sendMessage(found?.id ?? -1, { type: 'ext/get-context' });
          } catch {
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
        return undefined;
      }, address)) as PageReading | undefined;
      // Finished as the panel finishes what the content script reports (src/sidepanel/page-context.ts).
      const live = reading && finishPage(reading);
      const saved = readSavedPage(readFileSync(join(PAGES, name), 'utf8'), address);
      if (!live) {
        differences.push(`${name}: not read`);
        continue;
      }
      for (const key of ['ticketId', 'subject', 'customerName', 'customerMessage'] as const)
        if (saved.context[key] !== live[key]) differences.push(`${name} ${key}: ${live[key]}`);
      if (live.site !== new URL(address).hostname) differences.push(`${name} site: ${live.site}`);
      if (saved.query !== queryFromPage(live)) differences.push(`${name}: another suggestion query`);
    }
    expect(differences).toEqual([]);
    await tab.close();

    // A page that clobbers DOM globals (elements named `browser`, `chrome`…) is still read, and its own
    // world sees nothing of the script (Firefox's content scripts see the page through Xray wrappers).
    const hostile = await session.firefox.browser.newPage();
    await hostile.goto(session.server.url('clobbered-ticket.html'));
    const read = (await extensionPage.evaluate(async (target: string) => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      const [found] = (await api.tabs.query({})).filter((t) => t.url === target);
      return api.tabs.sendMessage(found?.id ?? -1, { type: 'ext/get-context' });
    }, session.server.url('clobbered-ticket.html'))) as PageReading;
    expect(finishPage(read).subject).toContain('damaged blender');
    expect(await hostile.evaluate(() => Object.keys(window).filter((key) => /ownit/i.test(key)))).toEqual([]);
    await hostile.close();
    await extensionPage.close();
  });
});

describe('replies', () => {
  it('a snippet written on the options page is found in the panel, filled and inserted into the reply box', async () => {
    const options = await session.firefox.openOptions('snippets');
    await clickButton(options, 'Write a snippet');
    const form = 'form.item-form';
    await typeInto(options, await field(options, form, 'Title'), 'Replacement dispatched');
    await typeInto(options, await field(options, form, 'Tags'), 'replacement, delivery');
    await typeInto(
      options,
      await field(options, form, 'Reply text'),
      'Hi {{customer.name}}, your replacement leaves with {{courier:choice(DPD|Royal Mail)}}. Case {{ticket.id}}.',
    );
    await clickButton(options, 'Add snippet', form);
    await waitForText(options, '[role="status"]', 'Replacement dispatched');
    await options.close();

    const { tab, panel } = await session.openTicket('demo-helpdesk.html');
    await typeInto(panel, '#kb-search', 'replacement dispatched');
    const option = '[role="listbox"][aria-label="Search results"] [role="option"]';
    await waitForText(panel, option, 'Replacement dispatched');
    await click(panel, option);
    await waitForText(panel, 'pre.snippet', 'Hi Dana, your replacement');
    await panel.select(await field(panel, 'main', 'courier'), 'Royal Mail');
    await clickButton(panel, 'Insert into reply', 'main');
    await waitForText(panel, '[role="status"]', 'Inserted into the reply box.');
    expect(await tab.evaluate(() => (document.querySelector('#reply') as HTMLTextAreaElement).value)).toBe(
      'Hi Dana, your replacement leaves with Royal Mail. Case 4821.',
    );
    await panel.close();
    await tab.close();
  });

  it('an article’s reply goes into a contenteditable composer, and the customer’s wording is learned', async () => {
    const { tab, panel } = await session.openTicket('learned-ticket-first.html');
    await typeInto(panel, '#kb-search', 'warranty claim');
    const option = '[role="listbox"][aria-label="Search results"] [role="option"]';
    await waitForText(panel, option, 'Warranty claim');
    await click(panel, option);
    await waitForText(panel, 'h1', 'Warranty claim');
    // The article's reply is drawn after its text: wait for it before asking whether it wants a name.
    await waitForText(panel, 'pre.snippet', 'warranty');
    const named = await panel.evaluate(() => document.querySelector('[aria-label="agent name"]') !== null);
    if (named) await typeInto(panel, await field(panel, 'main', 'agent name'), 'Sam');
    await clickButton(panel, 'Insert into reply', 'main');
    await waitForText(panel, '[role="status"]', 'Inserted into the reply box. Learned:');
    expect(await textOf(tab, '.composer-input')).toContain('still under warranty');

    // The article's editor shows the wording it learned, masked.
    const options = await session.firefox.openOptions('articles/edit/warranty-claim');
    await waitForText(options, '[aria-label="Learned on this computer"] li', 'Zorbly hub flashes amber');
    expect((await listTexts(options, '[aria-label="Learned on this computer"] li')).join(' ')).not.toContain(
      'Nadia',
    );
    await options.close();
    await panel.close();
    await tab.close();
  });
});

describe('the options page and the panel', () => {
  it('an article edited on the options page is found by the open panel; a stale tab gets the conflict banner', async () => {
    const panel = await session.firefox.openPanel();
    await panel.waitForFunction(() => document.body.dataset.indexSource !== undefined, { timeout: 20_000 });
    const first = await session.firefox.openOptions('articles/edit/refund-request');
    const second = await session.firefox.openOptions('articles/edit/refund-request');
    const form = 'form.item-form';
    for (const page of [first, second]) await page.waitForSelector(form, { timeout: 20_000 });

    await first.bringToFront();
    const body = await field(first, form, 'Body');
    await first.evaluate((selector: string) => {
      const area = document.querySelector(selector) as HTMLTextAreaElement;
      area.focus();
      area.setSelectionRange(area.value.length, area.value.length);
    }, body);
    await first.keyboard.type('\n\nCheck the quokka ledger before refunding.');
    await clickButton(first, 'Save changes', form);
    await waitForText(first, '[role="status"]', 'Saved “Refund request”');

    // The open panel follows the database: its search finds the new words, and the article shows them.
    await typeInto(panel, '#kb-search', 'quokka ledger');
    const option = '[role="listbox"][aria-label="Search results"] [role="option"]';
    await waitForText(panel, option, 'Refund request', 15_000);
    await click(panel, option);
    await waitForText(panel, 'article', 'Check the quokka ledger before refunding.');

    // The second tab still holds the old version: its save is stopped, its text kept.
    await second.bringToFront();
    await typeInto(second, await field(second, form, 'Title'), 'Refund request (mine)');
    await clickButton(second, 'Save changes', form);
    await waitForText(second, `${form} [role="alert"]`, 'changed in another window');
    expect(
      await second.evaluate(
        (selector: string) => (document.querySelector(selector) as HTMLInputElement).value,
        await field(second, form, 'Title'),
      ),
    ).toBe('Refund request (mine)');
    await first.close();
    await second.close();
    await panel.close();
  });
});

describe('keyboard and files', () => {
  it('by keyboard: / searches, arrows and Enter open a result, Escape comes back, Ctrl+Enter saves a note; Insights exports it as CSV', async () => {
    const { tab, panel } = await session.openTicket('demo-helpdesk.html');
    await waitForText(panel, 'section[aria-label="Suggested for this page"] li', 'Refund');
    const focused = () => panel.evaluate(() => document.activeElement?.id ?? '');
    await panel.keyboard.press('/');
    await expect.poll(focused).toBe('kb-search');
    await panel.keyboard.type('refund');
    const option = '[role="listbox"][aria-label="Search results"] [role="option"]';
    await expect.poll(async () => (await listTexts(panel, option)).length).toBeGreaterThan(1);
    await panel.keyboard.press('ArrowDown');
    await panel.keyboard.press('ArrowUp');
    const selected = '[role="listbox"] [aria-selected="true"]';
    await expect
      .poll(() => panel.evaluate((s: string) => document.querySelector(s)?.id, selected))
      .toBe('result-0');
    const chosen = await textOf(panel, `${selected} .result-title`);
    await panel.keyboard.press('Enter');
    await waitForText(panel, 'h1', chosen);
    await panel.keyboard.press('Escape');
    await expect.poll(focused).toBe('kb-search');
    await panel.keyboard.press('Escape');
    await clickButton(panel, 'I own this', 'header');
    await expect.poll(focused).toBe('note-text');
    await panel.keyboard.type('Asked the warehouse, "quote" me, update by Friday');
    await panel.keyboard.down('Control');
    await panel.keyboard.press('Enter');
    await panel.keyboard.up('Control');
    await waitForText(panel, 'section[aria-label="My cases"]', 'Asked the warehouse');
    await clickButton(panel, 'Insights', 'header');
    await clickButton(panel, 'Export notes as CSV', 'main');
    // Firefox makes the file at once and writes it when the download completes.
    const saved = () =>
      readdirSync(downloads)
        .filter((name) => name.endsWith('.csv'))
        .map((name) => readFileSync(join(downloads, name), 'utf8'));
    await expect.poll(() => saved().join(''), { timeout: 15_000 }).toContain('ticketKey');
    expect(saved()).toHaveLength(1);
    const [csv = ''] = saved();
    expect(csv.split('\r\n')[0]).toContain('ticketKey');
    expect(csv).toContain('"Asked the warehouse, ""quote"" me, update by Friday"');
    expect(csv).toContain('4821');
    await panel.close();
    await tab.close();
  });
});
