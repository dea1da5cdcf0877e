// @vitest-environment happy-dom
// The helpdesks read from a table of selectors (src/content/adapters/tables.ts), on saved pages with the
// traps of the real thing: lists of other tickets with previews, customer sidebars with past
// conversations, internal notes, newest-first threads and quoted history.

import { describe, expect, it } from 'vitest';
import { pickAdapter, readPageContext } from '../../../src/content/adapters/index';
import { queryFromPage } from '../../../src/search';
import type { PageContext } from '../../../src/shared/model';
import { loadFixture, loadHtml } from './fixtures';

interface Case {
  fixture: string;
  url: string;
  adapter: string;
  expected: Partial<PageContext>;
  /** The start of the customer's latest message. */
  message: string;
  /** Words of other tickets in the list, agent replies, notes and sidebars: never in the message. */
  notInMessage: string[];
  /** Words only other tickets of the list use: never in the suggestion query. */
  notInQuery: string[];
}

const CASES: Case[] = [
  {
    fixture: 'front-conversation.html',
    url: 'https://app.frontapp.com/open/cnv_7h2k9a',
    adapter: 'front',
    expected: {
      ticketId: 'cnv_7h2k9a',
      subject: 'Tracking says delivered but nothing here',
      customerName: 'Daniel Okafor',
    },
    message: 'I asked both neighbours and the building manager checked the mail room twice.',
    notInMessage: ['GPS point', 'Could you check', 'Friday at 2pm', 'wrote:'],
    notInQuery: ['promo', 'expired', 'delete', 'personal'],
  },
  {
    fixture: 'gorgias-ticket.html',
    url: 'https://homeware.gorgias.com/app/ticket/48211937',
    adapter: 'gorgias',
    expected: { ticketId: '48211937', subject: 'Plates arrived in pieces', customerName: 'Maria Lindqvist' },
    message: 'Photos are attached. The serving bowl also has a crack',
    notInMessage: ['Leeds warehouse', 'So sorry Maria', 'tablecloth', 'crushed'],
    notInQuery: ['tracking', 'cancelled', 'tablecloth', 'warehouse'],
  },
  {
    fixture: 'hubspot-ticket.html',
    url: 'https://app.hubspot.com/help-desk/4021177/view/0/ticket/1874203365',
    adapter: 'hubspot',
    expected: {
      ticketId: '1874203365',
      subject: 'Two payments came out for my lamp',
      customerName: 'Aisha Rahman',
    },
    message: 'Thanks for the quick reply. Both are definitely there and no longer pending',
    notInMessage: ['Stripe', 'pending authorisation', 'Arc floor lamp', 'wrong colour'],
    notInQuery: ['downgrade', 'invoice', 'vat', 'colour'],
  },
  {
    fixture: 'jira-sm-request.html',
    url: 'https://acme.atlassian.net/jira/servicedesk/projects/CS/queues/custom/1/CS-4821',
    adapter: 'jira-sm',
    expected: {
      ticketId: 'CS-4821',
      subject: "Can't get into my dashboard since this morning",
      customerName: 'Tomás Herrera',
    },
    // Comments newest first, the description pinned above them: the newest customer comment wins.
    message: 'Still stuck. I waited the 30 minutes like the message said',
    notInMessage: ['auth policy', 'the lock lifts', 'reports page', 'I typed my password'],
    notInQuery: ['vpn', 'drops'],
  },
  {
    fixture: 'zoho-desk-ticket.html',
    url: 'https://desk.zoho.com/agent/pixelpeak/support/tickets/details/812000004211053',
    adapter: 'zoho-desk',
    expected: {
      ticketId: '10457',
      subject: 'Why was I billed $119 yesterday?',
      customerName: 'Greg Patterson',
    },
    // Newest first: Greg's newer message is the first thread, his first one the last.
    message: 'To spell it out: my card statement shows $119.00',
    notInMessage: ['bounced', 'could you tell me', 'signing up', 'gift card'],
    notInQuery: ['gift', 'loyalty', 'points', 'yearly'],
  },
  {
    fixture: 'kustomer-conversation.html',
    url: 'https://stride.kustomerapp.com/app/customers/64f1c2a9e4b0a1c2d3e4f5a6/conversations/6650a1b2c3d4e5f6a7b8c9d0',
    adapter: 'kustomer',
    expected: {
      ticketId: '6650a1b2c3d4e5f6a7b8c9d0',
      subject: 'Photo shows my box at another house',
      customerName: 'Jasmine Wu',
    },
    message: 'FedEx says my running shoes (order SR-77315) were dropped off',
    notInMessage: ['opened a claim', 'Open a claim', 'half size', 'Seattle'],
    notInQuery: ['swap', 'half', 'seattle'],
  },
  {
    fixture: 'outlook-reading-pane.html',
    url: 'https://outlook.office.com/mail/inbox/id/AAQkADc2',
    adapter: 'outlook',
    expected: {
      ticketId: 'AAQkADc2',
      subject: 'Payment confirmation - Team plan (annual)',
      customerName: 'Helen Carter',
    },
    message: 'Hello, our accounts team is closing the quarter this week',
    notInMessage: ['Your Team plan is now active', 'Sent:', 'parcel', 'Cancel my subscription'],
    notInQuery: ['parcel', 'royal', 'cancel', 'subscription'],
  },
];

describe.each(CASES)(
  '$adapter on $fixture',
  ({ fixture, url, adapter, expected, message, notInMessage, notInQuery }) => {
    it('is picked for the helpdesk address', () => {
      expect(pickAdapter(new URL(url), loadFixture(fixture)).name).toBe(adapter);
    });

    it('reads the open ticket and the customer latest message only', () => {
      const context = readPageContext(loadFixture(fixture), new URL(url));
      expect(context).toMatchObject({ ...expected, site: new URL(url).hostname });
      expect(context.customerMessage?.startsWith(message)).toBe(true);
      for (const text of notInMessage) expect(context.customerMessage).not.toContain(text);
    });

    it('never lets other tickets of the list into the suggestion query', () => {
      const query = queryFromPage(readPageContext(loadFixture(fixture), new URL(url))).split(' ');
      for (const word of notInQuery) expect(query).not.toContain(word);
    });

    it('finds a reply box to insert into', () => {
      const doc = loadFixture(fixture);
      expect(pickAdapter(new URL(url), doc).replyBox(doc)?.getAttribute('contenteditable')).toBe('true');
    });

    it('gives the same latest message with no helpdesk address (the generic reader)', () => {
      const context = readPageContext(loadFixture(fixture), new URL('https://saved-page.invalid/'));
      expect(context.customerMessage).toContain(message.split(' ').slice(-4).join(' '));
    });
  },
);

describe('an adapter that finds nothing', () => {
  it('leaves the page to the generic reader', () => {
    loadHtml(`<main><h1>Blender stopped working after two weeks</h1>
      <article class="message customer"><p>The motor smells of burning and then stops. It is only two weeks old.</p></article>
      <article class="message agent"><p>Sorry to hear that, could you send the order number?</p></article></main>`);
    const url = new URL('https://app.frontapp.com/inboxes/teams/folders/1/unassigned/2');
    expect(pickAdapter(url, document).name).toBe('front');
    const context = readPageContext(document, url);
    expect(context.subject).toBe('Blender stopped working after two weeks');
    expect(context.customerMessage).toBe(
      'The motor smells of burning and then stops. It is only two weeks old.',
    );
  });
});

describe('picking the table adapters', () => {
  it.each([
    ['https://acme.atlassian.net/browse/CS-12', 'jira-sm'],
    ['https://acme.atlassian.net/wiki/spaces/HR', 'generic'],
    ['https://desk.zoho.eu/agent/acme/support/tickets/details/1', 'zoho-desk'],
    ['https://desk.zoho.com/portal/acme/en/home', 'generic'],
    ['https://outlook.live.com/mail/0/', 'outlook'],
    ['https://outlook.office.com/calendar/view/week', 'generic'],
    ['https://app-eu1.hubspot.com/help-desk/1/view/2/ticket/3', 'hubspot'],
    ['https://app.hubspot.com/reports-dashboard/1', 'generic'],
    ['https://shop.gorgias.com/app/ticket/1', 'gorgias'],
    ['https://app.frontapp.com/open/cnv_1', 'front'],
    ['https://acme.kustomerapp.com/app/customers/1', 'kustomer'],
    ['https://gorgias.com.example.net/app/ticket/1', 'generic'],
  ])('%s → %s', (url, name) => {
    expect(pickAdapter(new URL(url), document).name).toBe(name);
  });
});
