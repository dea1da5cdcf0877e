// One Firefox with the Firefox build, and the fixture server, for a whole test file (Firefox takes
// seconds to start): launched before the file's tests in a profile of its own, closed after them with
// the profile removed. What the add-on printed is written to OWNIT_FIREFOX_LOG when that is set.
import { rmSync, writeFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { type FixtureServer, serveFixtures } from '../../scripts/chromium';
import {
  type FirefoxOptions,
  type FirefoxProfile,
  type LoadedFirefox,
  launchFirefox,
  newFirefoxProfile,
} from '../../scripts/firefox';

export interface FirefoxSession {
  server: FixtureServer;
  /** The running Firefox (a new one after `restart`). */
  firefox: LoadedFirefox;
  profile: FirefoxProfile;
  /** Opens a fixture page in a tab and the panel following it. */
  openTicket(page: string): Promise<{ tab: Page; panel: Page; tabId: number }>;
  /** Closes Firefox and starts it again with the same profile. */
  restart(): Promise<void>;
  /** The add-on's last lines that mention Own It or an error: the best clue when a test fails. */
  clue(): string;
}

/** `options` go to every launch (e.g. preferences); the profile is the session's own. */
export function firefoxSession(options: Omit<FirefoxOptions, 'profile'> = {}): FirefoxSession {
  const profile = newFirefoxProfile();
  const launch = () => launchFirefox({ ...options, profile });
  const session: FirefoxSession = {
    profile,
    server: undefined as unknown as FixtureServer,
    firefox: undefined as unknown as LoadedFirefox,
    async openTicket(page) {
      const url = session.server.url(page);
      const tab = await session.firefox.browser.newPage();
      await tab.goto(url);
      const tabId = await session.firefox.tabIdOf(url);
      const panel = await session.firefox.openPanel(tabId);
      return { tab, panel, tabId };
    },
    async restart() {
      await session.firefox.close();
      session.firefox = await launch();
    },
    clue: () =>
      (session.firefox?.output() ?? '')
        .split('\n')
        .filter((line) => /Own It|Error|error/.test(line))
        .slice(-30)
        .join('\n'),
  };
  beforeAll(async () => {
    session.server = await serveFixtures();
    session.firefox = await launch();
  });
  afterAll(async () => {
    if (process.env.OWNIT_FIREFOX_LOG)
      writeFileSync(process.env.OWNIT_FIREFOX_LOG, session.firefox?.output() ?? '');
    await session.firefox?.close();
    await session.server?.close();
    rmSync(profile.dir, { recursive: true, force: true });
  });
  return session;
}
