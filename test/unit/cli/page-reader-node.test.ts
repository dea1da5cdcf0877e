// The CLI reads saved pages in plain Node, where no DOM globals exist (no `document`, `CSS`, `NodeFilter`):
// the reading code may only use the page's own document. Node environment on purpose.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSavedPage } from '../../../src/cli/page-reader';

const page = (name: string) => readFileSync(`test/fixtures/pages/${name}`, 'utf8');

describe('reading a saved page in plain Node', () => {
  it('has no DOM globals to lean on', () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
    expect(typeof (globalThis as { CSS?: unknown }).CSS).toBe('undefined');
  });

  it('reads the open ticket of the demo helpdesk page', () => {
    const { context, query } = readSavedPage(
      page('demo-helpdesk.html'),
      'http://127.0.0.1:4173/demo-helpdesk.html',
    );
    expect(context).toMatchObject({
      ticketId: '4821',
      subject: 'Refund for a damaged blender',
      customerName: 'Dana Whitfield',
    });
    expect(context.customerMessage).toMatch(/crack/i);
    expect(query).toContain('blender');
  });

  it('reads a known helpdesk with its adapter when the url is its address', () => {
    const { context } = readSavedPage(
      page('zendesk-ticket.html'),
      'https://northwind.zendesk.com/agent/tickets/5127',
    );
    expect(context).toMatchObject({
      ticketId: '5127',
      subject: 'Charged twice for order 88213',
      customerName: 'Nora Quinn',
    });
  });
});
