// One browser with the built extension and the fixture server for a whole test file.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import {
  type FixtureServer,
  type LaunchOptions,
  type LoadedExtension,
  launchExtension,
  serveFixtures,
} from '../../scripts/chromium';

export interface Session {
  server: FixtureServer;
  ext: LoadedExtension;
  /** Opens a fixture page in a tab and the panel following it. */
  openTicket(page?: string): Promise<{ tab: Page; panel: Page; tabId: number }>;
}

/** `options` go to the browser launch (e.g. a language); none gives the usual English browser. */
export function extensionSession(options: LaunchOptions = {}): Session {
  const session = {} as Session;
  beforeAll(async () => {
    session.server = await serveFixtures();
    session.ext = await launchExtension(options);
  });
  afterAll(async () => {
    await session.ext?.close();
    await session.server?.close();
  });
  session.openTicket = async (page = 'demo-helpdesk.html') => {
    const url = session.server.url(page);
    const tab = await session.ext.context.newPage();
    await tab.goto(url);
    const tabId = await session.ext.tabIdOf(url);
    const panel = await session.ext.openPanel(tabId);
    return { tab, panel, tabId };
  };
  return session;
}
