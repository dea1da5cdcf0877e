// @vitest-environment happy-dom
// Amounts are read by the panel from what the adapter found: these tests check the pair.

import { describe, expect, it } from 'vitest';
import { ADAPTERS, pickAdapter, readPageContext } from '../../../src/content/adapters/index';
import { withPageAmounts } from '../../../src/nudges/amounts/page-amounts';
import { isPageContext } from '../../../src/shared/messages';
import type { PageContext } from '../../../src/shared/model';
import { fixtureHtml, loadFixture } from './fixtures';

interface Case {
  fixture: string;
  url: string;
  adapter: string;
  expected: Partial<PageContext>;
  /** Text that must not leak into customerMessage (agent replies, notes, bots, hidden tabs). */
  notInMessage: string[];
  /** Some text of the reply editor's markup, to check replyBox() finds it. */
  replyBox: string;
}

const CASES: Case[] = [
  {
    fixture: 'zendesk-ticket.html',
    url: 'https://northwind.zendesk.com/agent/tickets/5127',
    adapter: 'zendesk',
    expected: {
      ticketId: '5127',
      subject: 'Charged twice for order 88213',
      customerName: 'Nora Quinn',
      customerMessage:
        'I see two charges of $64.99 each on my statement from March 3. Please refund the duplicate one.',
      draft: 'Hi Nora,',
      amounts: [{ amount: 64.99, currency: 'USD', text: '$64.99' }],
    },
    notInMessage: ['Cancel my plan', 'cancel my plan', 'Stripe', 'These articles', "I'm checking"],
    replyBox: 'omnicomposer-rich-text-ckeditor',
  },
  {
    fixture: 'gmail-thread.html',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTmnbWxKqdLdRvsnGqKpFtBXk',
    adapter: 'gmail',
    expected: {
      ticketId: 'FMfcgzQZTmnbWxKqdLdRvsnGqKpFtBXk',
      subject: 'Warranty claim for headphones',
      customerName: 'Inès Moreau',
      customerMessage:
        'The serial is QS7-55-01928. I paid £129 and would prefer a replacement rather than a repair.',
      amounts: [{ amount: 129, currency: 'GBP', text: '£129' }],
    },
    notInMessage: ['Best regards', 'wrote:', 'Could you send the serial'],
    replyBox: 'Message Body',
  },
  {
    fixture: 'servicenow-incident.html',
    url: 'https://acme.service-now.com/incident.do?sys_id=9d385017c611228701d22104cc95c371',
    adapter: 'servicenow',
    expected: {
      ticketId: 'INC0010234',
      subject: 'Laptop docking station not detecting monitors',
      customerName: 'Priya Natarajan',
      customerMessage:
        'I tried a different cable and it still does not work. I have a client presentation at 2pm today, can someone help urgently?',
    },
    // The stream is newest first: the older customer comment and the work note must not win.
    notInMessage: ['Since this morning', 'firmware', 'State: In Progress', 'could you try'],
    replyBox: 'activity-stream-comments-textarea',
  },
  {
    fixture: 'helpscout-conversation.html',
    url: 'https://secure.helpscout.net/conversation/2754419801/3391/',
    adapter: 'helpscout',
    expected: {
      ticketId: '3391',
      subject: 'Subscription renewed after I cancelled',
      customerName: 'Tomás Ruiz',
      customerMessage: 'Any update? The charge was USD 19.00 and I would like it refunded, please.',
      draft: 'Hi Tomás,',
      amounts: [{ amount: 19, currency: 'USD', text: 'USD 19.00' }],
    },
    notInMessage: ['Ruiz Design Studio', 'changed the status', 'renewal job', 'thanks for flagging'],
    replyBox: 'redactor-editor',
  },
  {
    fixture: 'freshdesk-ticket.html',
    url: 'https://homeco.freshdesk.com/a/tickets/7702',
    adapter: 'freshdesk',
    expected: {
      ticketId: '7702',
      subject: 'Wrong colour sofa cover delivered',
      customerName: 'Olivia Brandt',
      customerMessage:
        'An exchange please, and could you waive the €12 return shipping since it was your mistake?',
      amounts: [{ amount: 12, currency: 'EUR', text: '€12' }],
    },
    notInMessage: ['Warehouse', 'sorry about the mix-up', 'sage green and received'],
    replyBox: 'fr-element',
  },
  {
    fixture: 'intercom-conversation.html',
    url: 'https://app.intercom.com/a/inbox/abc123/inbox/shared/all/conversation/215001',
    adapter: 'intercom',
    expected: {
      ticketId: '215001',
      customerName: 'Kenji Sato',
      customerMessage:
        "iPadOS 16.7. I pay ¥1,200 a month for this and can't use it. Can I get this month credited?",
      amounts: [{ amount: 1200, currency: 'JPY', text: '¥1,200' }],
    },
    notInMessage: ['Fin:', 'Known issue', 'which iPadOS', 'Invoice address'],
    replyBox: 'ProseMirror',
  },
  {
    fixture: 'salesforce-case.html',
    url: 'https://acme.lightning.force.com/lightning/r/Case/5005g00000XyZAbAAN/view',
    adapter: 'salesforce',
    expected: {
      ticketId: '00001026',
      subject: 'Shipment arrived with missing parts',
      customerName: "Grace O'Neill",
      customerMessage:
        'The shelving unit arrived without the bracket pack (part B-14). I need it by Friday for an install.',
    },
    notInMessage: ['Invoice address', "Grace O'Neill"],
    replyBox: 'slds-rich-text-editor__textarea',
  },
];

describe.each(CASES)(
  '$adapter adapter on $fixture',
  ({ fixture, url, adapter, expected, notInMessage, replyBox }) => {
    it('is picked for the helpdesk URL', () => {
      expect(pickAdapter(new URL(url), loadFixture(fixture)).name).toBe(adapter);
    });

    it('reads the ticket the agent is looking at', () => {
      const doc = loadFixture(fixture);
      const context = withPageAmounts(readPageContext(doc, new URL(url)));
      expect(isPageContext(context)).toBe(true);
      expect(context).toMatchObject({ ...expected, site: new URL(url).hostname, url });
      for (const text of notInMessage) expect(context.customerMessage).not.toContain(text);
    });

    it('finds the reply editor for insert-text', () => {
      const doc = loadFixture(fixture);
      expect(pickAdapter(new URL(url), doc).replyBox(doc)?.outerHTML).toContain(replyBox);
    });

    it('reads the same page as the generic adapter would without crashing', () => {
      const doc = loadFixture(fixture);
      const context = withPageAmounts(readPageContext(doc, new URL('http://127.0.0.1:4173/page.html')));
      expect(isPageContext(context)).toBe(true);
    });
  },
);

describe('picking adapters', () => {
  it.each([
    ['http://127.0.0.1:4173/demo-helpdesk.html', 'generic'],
    ['https://example.org/support/ticket/1', 'generic'],
    ['https://northwind.zendesk.com/hc/en-us/articles/1', 'generic'],
    ['https://northwind.zendesk.com/agent/tickets/1', 'zendesk'],
    ['https://homeco.freshdesk.com/a/tickets/7', 'freshdesk'],
    ['https://acme.service-now.com/now/nav/ui/classic/params/target/incident.do', 'servicenow'],
    ['https://acme.my.salesforce.com/lightning/r/Case/1/view', 'salesforce'],
    ['https://app.intercom.com/a/inbox/x/inbox/conversation/1', 'intercom'],
    ['https://secure.helpscout.net/conversation/1/2/', 'helpscout'],
    ['https://mail.google.com/mail/u/0/', 'gmail'],
    ['https://evil-zendesk.com.example.net/agent/tickets/1', 'generic'],
  ])('%s → %s', (url, name) => {
    expect(pickAdapter(new URL(url), document).name).toBe(name);
  });

  it('lists generic last', () => {
    expect(ADAPTERS.at(-1)?.name).toBe('generic');
  });
});

describe('ServiceNow inside the gsft_main frame', () => {
  it('reads the form from the frame document', () => {
    // happy-dom neither loads frames nor gives them a document (and logs when one is attached), so an
    // element with the frame's id carries a separate document, as a same-origin frame would.
    document.documentElement.innerHTML = '<head></head><body><div id="gsft_main"></div></body>';
    const inner = document.implementation.createHTMLDocument('INC0010234 | Incident');
    inner.documentElement.innerHTML = fixtureHtml('servicenow-incident.html')
      .replace(/^[\s\S]*?<html[^>]*>/i, '')
      .replace(/<\/html>\s*$/i, '');
    Object.defineProperty(document.getElementById('gsft_main'), 'contentDocument', { value: inner });
    const url = new URL('https://acme.service-now.com/now/nav/ui/classic/params/target/incident.do');
    const context = withPageAmounts(readPageContext(document, url));
    expect(context).toMatchObject({
      ticketId: 'INC0010234',
      subject: 'Laptop docking station not detecting monitors',
      customerName: 'Priya Natarajan',
    });
    expect(context.customerMessage).toContain('client presentation at 2pm');
    expect(pickAdapter(url, document).replyBox(document)?.id).toBe('activity-stream-comments-textarea');
  });
});
