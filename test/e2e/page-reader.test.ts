// The CLI and the panel read a page alike: for every fixture helpdesk page, the content script in real
// Chromium and `ownit suggest`'s reader (src/cli/page-reader.ts, on the same saved file and address)
// find the same ticket, subject, customer and latest message, so they build the same suggestion query.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGES } from '../../scripts/chromium';
import { readSavedPage } from '../../src/cli/page-reader';
import { queryFromPage } from '../../src/search';
import type { PageContext } from '../../src/shared/model';
import { extensionSession } from './session';

const session = extensionSession();

const FIXTURES = readdirSync(PAGES).filter((name) => name.endsWith('.html'));

describe('the same page read by the panel and by ownit suggest', () => {
  it.each(FIXTURES)('%s', async (name) => {
    const url = session.server.url(name);
    const tab = await session.ext.context.newPage();
    await tab.goto(url);
    const tabId = await session.ext.tabIdOf(url);
    const worker = session.ext.context.serviceWorkers()[0] ?? session.ext.worker;
    const live = (await worker.evaluate(
      (id: number) => chrome.tabs.sendMessage(id, { type: 'ext/get-context' }),
      tabId,
    )) as PageContext;
    const saved = readSavedPage(readFileSync(join(PAGES, name), 'utf8'), url);
    for (const key of ['ticketId', 'subject', 'customerName', 'customerMessage'] as const) {
      expect(saved.context[key], key).toBe(live[key]);
    }
    expect(saved.query).toBe(queryFromPage(live));
    await tab.close();
  });
});
