// The Firefox build in a real Firefox (ESR), as an agent would use it: installed in a profile, seeded on
// install, searched, suggesting for a ticket page by meaning, nudging on a draft typed into the page,
// importing and syncing knowledge from the options page, and keeping a promise's reminder across a
// browser restart. One browser for the file (Firefox takes seconds to start); tests run in order.
import { createServer, type Server } from 'node:http';
import { rmSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, serveFixtures } from '../../scripts/chromium';
import { type FirefoxProfile, type LoadedFirefox, launchFirefox, newFirefoxProfile } from '../../scripts/firefox';
import {
  click,
  clickButton,
  commitmentAlarms,
  listTexts,
  regionText,
  textOf,
  typeInto,
  waitForText,
} from './dom';

let server: FixtureServer;
let firefox: LoadedFirefox;
const profile: FirefoxProfile = newFirefoxProfile();

beforeAll(async () => {
  server = await serveFixtures();
  firefox = await launchFirefox({ profile });
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
  rmSync(profile.dir, { recursive: true, force: true });
});

/** On failure, what the add-on printed is the best clue: keep its tail in the error. */
function clue(): string {
  return firefox.output().split('\n').filter((line) => /Own It|Error|error/.test(line)).slice(-30).join('\n');
}

async function openTicket(page: string): Promise<{ tab: Page; panel: Page; tabId: number }> {
  const url = server.url(page);
  const tab = await firefox.browser.newPage();
  await tab.goto(url);
  const tabId = await firefox.tabIdOf(url);
  const panel = await firefox.openPanel(tabId);
  return { tab, panel, tabId };
}

describe('Own It in a real Firefox', () => {
  it('seeds the starter pack on install and finds an article despite a typo', async () => {
    const panel = await firefox.openPanel();
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
});
