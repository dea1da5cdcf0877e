// @vitest-environment happy-dom
// `ownit suggest` reads a saved page with the content script's own reading code: the same facts as the
// panel gets from the live page (here: the content script's reader on the test document), and so the
// same query and meaning sentence. (test/e2e/page-reader.test.ts compares with real Chromium.)
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readSavedPage, SAVED_PAGE_URL } from '../../../src/cli/page-reader';
import { readPageContext } from '../../../src/content/adapters/index';
import { pageMeaningText } from '../../../src/meaning/page-text';
import { queryFromPage } from '../../../src/search';
import { fixtureHtml, loadFixture } from '../content/fixtures';

/** The address each saved page is read at: the helpdesk's own where an adapter knows it. */
const URLS: Record<string, string> = {
  'zendesk-ticket.html': 'https://northwind.zendesk.com/agent/tickets/5127',
  'gmail-thread.html': 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTmnbWxKqdLdRvsnGqKpFtBXk',
  'servicenow-incident.html':
    'https://acme.service-now.com/incident.do?sys_id=9d385017c611228701d22104cc95c371',
  'helpscout-conversation.html': 'https://secure.helpscout.net/conversation/2754419801/3391/',
  'freshdesk-ticket.html': 'https://homeco.freshdesk.com/a/tickets/7702',
  'intercom-conversation.html':
    'https://app.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/215001',
  'salesforce-case.html': 'https://acme.lightning.force.com/lightning/r/Case/5005g00000XyZAbAAN/view',
};

const PAGES = readdirSync(join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/pages')).filter(
  (name) => name.endsWith('.html'),
);

describe('a saved page in the CLI is read as the panel reads it', () => {
  it.each(PAGES)('%s', (name) => {
    const url = URLS[name] ?? `http://127.0.0.1:4173/${name}`;
    const live = readPageContext(loadFixture(name), new URL(url));
    const saved = readSavedPage(fixtureHtml(name), url);
    for (const key of ['ticketId', 'subject', 'customerName', 'customerMessage', 'draft'] as const) {
      expect(saved.context[key], key).toBe(live[key]);
    }
    expect(saved.query).toBe(queryFromPage(live));
    expect(saved.meaningText).toBe(pageMeaningText(live));
  });

  it('reads the open ticket, not the other tickets of the list beside it', () => {
    const { context, query } = readSavedPage(fixtureHtml('demo-helpdesk.html'));
    expect(context.subject).toBe('Refund for a damaged blender');
    expect(query).toContain('blender');
    // Other tickets of the list: "Password reset not working", "Wrong size delivered".
    expect(query).not.toMatch(/password|size/);
  });

  it('runs none of the page’s scripts and fetches nothing', () => {
    const html = `<html><head><title>Ticket 12</title><script>globalThis.ranScript = true</script>
      <link rel="stylesheet" href="http://127.0.0.1:9/x.css"><script src="http://127.0.0.1:9/x.js"></script></head>
      <body><img src="http://127.0.0.1:9/pixel.png" onerror="globalThis.ranScript = true">
      <main><h1>Card declined at checkout</h1><p>My card keeps getting declined when I try to pay for the order.</p></main></body></html>`;
    const { context } = readSavedPage(html);
    expect((globalThis as { ranScript?: boolean }).ranScript).toBeUndefined();
    expect(context.site).toBe(new URL(SAVED_PAGE_URL).hostname);
    expect(context.customerMessage).toContain('declined when I try to pay');
  });
});
