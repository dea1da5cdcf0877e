// The CLI and the panel read a page alike: for every fixture helpdesk page, the content script in real
// Chromium (its report finished as the panel finishes it) and `ownit suggest`'s reader (src/cli/page-reader.ts, on the same saved file and address)
// find the same ticket, subject, customer and latest message, so they build the same suggestion query.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGES } from '../../scripts/chromium';
import { readSavedPage } from '../../src/cli/page-reader';
import { queryFromPage } from '../../src/search';
import { finishPage, isPageReading, type PageReading } from '../../src/shared/page-reading';
import { extensionSession } from './session';

const session = extensionSession();

const FIXTURES = readdirSync(PAGES).filter((name) => name.endsWith('.html'));
/** The helpdesk address each fixture was saved from: there the helpdesk's adapter reads it. */
const ADDRESSES = Object.entries(
  JSON.parse(readFileSync(join(PAGES, 'addresses.json'), 'utf8')) as Record<string, string>,
);

describe('the same page read by the panel and by ownit suggest', () => {
  // On the fixture server: the generic reader, as on any site without an adapter.
  it.each(FIXTURES)('%s', (name) => sameReading(name));
  // At the helpdesk's own address (served from the saved file, nothing leaves the machine): its adapter.
  it.each(ADDRESSES)('%s at %s', (name, address) => sameReading(name, address));
});

async function sameReading(name: string, address?: string): Promise<void> {
  const url = address ?? session.server.url(name);
  const tab = await session.ext.context.newPage();
  if (address) {
    const html = readFileSync(join(PAGES, name), 'utf8');
    await tab.route('**/*', (route) => route.abort());
    await tab.route(
      (target) => target.href.split('#')[0] === address.split('#')[0],
      (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
  }
  await tab.goto(url);
  const tabId = await session.ext.tabIdOf(url);
  const worker = session.ext.context.serviceWorkers()[0] ?? session.ext.worker;
  const reading: unknown = await worker.evaluate(
    (id: number) => chrome.tabs.sendMessage(id, { type: 'ext/get-context' }),
    tabId,
  );
  // What the content script reports, finished as the panel finishes it (src/sidepanel/page-context.ts).
  expect(isPageReading(reading)).toBe(true);
  const live = finishPage(reading as PageReading);
  const saved = readSavedPage(readFileSync(join(PAGES, name), 'utf8'), url);
  for (const key of ['ticketId', 'subject', 'customerName', 'customerMessage'] as const) {
    expect(saved.context[key], key).toBe(live[key]);
  }
  expect(live.site).toBe(new URL(url).hostname);
  expect(saved.query).toBe(queryFromPage(live));
  await tab.close();
}
