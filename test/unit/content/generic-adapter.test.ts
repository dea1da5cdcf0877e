// @vitest-environment happy-dom
// Amounts are read by the panel from what the adapter found: these tests check the pair.

import { beforeEach, describe, expect, it } from 'vitest';
import { pickAdapter, readPageContext } from '../../../src/content/adapters/index';
import { withPageAmounts } from '../../../src/nudges/amounts/page-amounts';
import { isPageContext } from '../../../src/shared/messages';
import { loadFixture, loadHtml } from './fixtures';

const LOCAL = (page: string) => new URL(`http://127.0.0.1:4173/${page}`);
const read = (page = 'page.html') => {
  const context = withPageAmounts(readPageContext(document, LOCAL(page)));
  expect(isPageContext(context)).toBe(true);
  return context;
};

beforeEach(() => {
  document.getSelection()?.removeAllRanges();
});

describe('demo-helpdesk.html (the page npm start opens)', () => {
  beforeEach(() => {
    loadFixture('demo-helpdesk.html');
  });

  it('is read by the generic adapter', () => {
    expect(pickAdapter(LOCAL('demo-helpdesk.html'), document).name).toBe('generic');
  });

  it("reads Dana's latest message, not the agent reply, the note, the system event or the sidebar", () => {
    const { customerMessage } = read('demo-helpdesk.html');
    expect(customerMessage).toContain('Could you please refund the $45 I paid for it');
    expect(customerMessage).not.toContain('jar is cracked'); // her first, older message
    expect(customerMessage).not.toContain("I'm so sorry the blender arrived damaged"); // agent reply
    expect(customerMessage).not.toContain('Carrier scan'); // internal note
    expect(customerMessage).not.toContain('Ticket created'); // system event
    expect(customerMessage).not.toContain('Password reset not working'); // sidebar ticket
    expect(customerMessage).not.toContain('Show quoted text');
    expect(customerMessage).not.toMatch(/Thanks,\s*Dana$/); // sign-off
  });

  it('reads the ticket facts', () => {
    const context = read('demo-helpdesk.html');
    expect(context).toMatchObject({
      site: '127.0.0.1',
      url: 'http://127.0.0.1:4173/demo-helpdesk.html',
      title: '#4821 Refund for a damaged blender – Acme Desk',
      ticketId: '4821',
      subject: 'Refund for a damaged blender',
      customerName: 'Dana Whitfield',
    });
    expect(context.amounts).toContainEqual({ amount: 45, currency: 'USD', text: '$45' });
    expect(context.draft).toBeUndefined();
  });

  it('reads what the agent types in the Reply box, and its amounts', () => {
    const reply = document.getElementById('reply') as HTMLTextAreaElement;
    expect(reply.getAttribute('aria-label')).toBe('Reply');
    reply.value = 'Hi Dana, I have refunded $45 to your card.';
    const context = read('demo-helpdesk.html');
    expect(context.draft).toBe('Hi Dana, I have refunded $45 to your card.');
    expect(context.amounts.filter((a) => a.amount === 45)).toHaveLength(2);
  });

  it('reads the selection', () => {
    const body = document.querySelector('.message--agent .message__body p:nth-child(2)');
    const range = document.createRange();
    range.selectNodeContents(body!);
    document.getSelection()?.addRange(range);
    expect(read('demo-helpdesk.html').selection).toMatch(/^I'm so sorry the blender arrived damaged/);
  });
});

describe('generic-ticket.html (chat layout, contenteditable composer)', () => {
  beforeEach(() => {
    loadFixture('generic-ticket.html');
  });

  it('strips quoted history and the signature from the latest customer message', () => {
    const { customerMessage } = read('generic-ticket.html');
    expect(customerMessage).toBe(
      "Hi Priya,\n\nThe replacement arrived today but it has the same US plug again, and I leave for Berlin on Friday. At this point I'd just like a refund of €39,90 for the charger so I can buy one locally.",
    );
  });

  it('skips the automated reply, the agent reply and the internal note', () => {
    const { customerMessage } = read('generic-ticket.html');
    expect(customerMessage).not.toMatch(/automated|shipped the EU charger|up to €60/);
  });

  it('reads name, case number, subject, draft and amounts', () => {
    const context = read('generic-ticket.html');
    expect(context).toMatchObject({
      customerName: 'Marco Alvarez',
      ticketId: '00031877',
      subject: "Charger doesn't fit EU socket",
      draft: 'Hi Marco, thanks for your patience.',
    });
    expect(context.amounts).toEqual([{ amount: 39.9, currency: 'EUR', text: '€39,90' }]);
  });
});

describe('no-text.html', () => {
  it('yields a bare context without throwing', () => {
    loadFixture('no-text.html');
    const context = read('no-text.html');
    expect(context).toEqual({
      site: '127.0.0.1',
      url: 'http://127.0.0.1:4173/no-text.html',
      title: '',
      amounts: [],
    });
    expect(context.customerMessage).toBeUndefined();
  });

  it('also copes with an empty body', () => {
    loadHtml('<body></body>');
    expect(read().customerMessage).toBeUndefined();
  });
});

describe('generic heuristics on other layouts', () => {
  it('ignores a non-semantic sidebar ticket list and reads a plain page by its largest text block', () => {
    loadHtml(`
      <div class="left-sidebar"><ul>
        <li><a href="/t/1">Password reset not working — the link expires before I can click it, every time</a></li>
        <li><a href="/t/2">Wrong size delivered — I ordered a medium and got an XL, please exchange it</a></li>
      </ul></div>
      <div class="content">
        <h1>Broken zipper</h1>
        <p>Hello, the zipper on my backpack broke after two days. I would like an exchange or a refund of 60 dollars.</p>
        <p>I bought it at your Main Street store.</p>
      </div>`);
    const context = read();
    expect(context.customerMessage).toContain('the zipper on my backpack broke');
    expect(context.customerMessage).toContain('Main Street store');
    expect(context.customerMessage).not.toContain('Password reset');
    expect(context.subject).toBe('Broken zipper');
    expect(context.amounts).toEqual([{ amount: 60, currency: 'USD', text: '60 dollars' }]);
  });

  it("skips the logged-in agent's own replies when nothing but the author name tells them apart", () => {
    loadHtml(`
      <header><span title="Signed in as Alex Kim">Alex Kim</span></header>
      <main>
        <ul class="thread">
          <li class="entry"><b class="author">Jo Park</b><div class="text">My invoice shows USD 120 but I was quoted 100.</div></li>
          <li class="entry"><b class="author">Alex Kim</b><div class="text">Thanks Jo, let me check that invoice for you right away.</div></li>
        </ul>
      </main>`);
    const context = read();
    expect(context.customerMessage).toBe('My invoice shows USD 120 but I was quoted 100.');
    expect(context.customerName).toBe('Jo Park');
  });

  it('uses timestamps when a conversation is shown newest first', () => {
    loadHtml(`
      <main>
        <article data-role="customer"><time datetime="2025-03-05T10:00:00Z"></time><p>Second message: still waiting for my refund.</p></article>
        <article data-role="agent"><time datetime="2025-03-04T10:00:00Z"></time><p>We are looking into it for you.</p></article>
        <article data-role="customer"><time datetime="2025-03-03T10:00:00Z"></time><p>First message: my parcel never arrived.</p></article>
      </main>`);
    expect(read().customerMessage).toBe('Second message: still waiting for my refund.');
  });

  it('ignores hidden ticket panes', () => {
    loadHtml(`
      <main>
        <section style="display:none"><article data-role="customer"><p>Old tab: please cancel my order.</p></article></section>
        <section><article data-role="customer"><p>Open tab: my card was charged twice for £30.</p></article></section>
      </main>`);
    const context = read();
    expect(context.customerMessage).toBe('Open tab: my card was charged twice for £30.');
    expect(context.amounts).toEqual([{ amount: 30, currency: 'GBP', text: '£30' }]);
  });

  it('reads the requester from a label and the ticket id from the URL', () => {
    loadHtml(`
      <main><h2>Billing question</h2><div class="field"><label>Requester</label><span>Sam Lee &lt;sam@example.org&gt;</span></div>
      <p>Why was I billed twice this month? Please help me understand the charge.</p></main>`);
    const context = withPageAmounts(
      readPageContext(document, new URL('https://help.example.org/agent/tickets/5521')),
    );
    expect(context.ticketId).toBe('5521');
    expect(context.customerName).toBe('Sam Lee');
    expect(context.subject).toBe('Billing question');
  });

  it('ignores a heading that is just the site name', () => {
    loadHtml(`
      <head><meta property="og:site_name" content="HelpHub"><title>Late delivery | HelpHub</title></head>
      <body><main><h1>HelpHub</h1><p>My order is two weeks late and nobody answers my emails about it.</p></main></body>`);
    expect(read().subject).toBe('Late delivery');
  });

  it('prefers the labelled reply box over search boxes and note fields, and the focused one over all', () => {
    loadHtml(`
      <header><input type="search" aria-label="Search" value="refund"></header>
      <main>
        <p>Customer says: the screen flickers after the update.</p>
        <textarea aria-label="Internal note">note text</textarea>
        <textarea placeholder="Reply to customer">reply text</textarea>
        <textarea id="other">other text</textarea>
      </main>`);
    expect(read().draft).toBe('reply text');
    (document.getElementById('other') as HTMLTextAreaElement).focus();
    expect(read().draft).toBe('other text');
  });

  it('caps every field at 5,000 characters', () => {
    const long = 'word '.repeat(3000);
    loadHtml(
      `<main><h1>${'Long subject '.repeat(100)}</h1><article data-role="customer"><p>${long}</p></article><textarea aria-label="Reply">${long}</textarea></main>`,
    );
    const context = read();
    expect(context.customerMessage!.length).toBeLessThanOrEqual(5000);
    expect(context.draft!.length).toBeLessThanOrEqual(5000);
    expect(context.subject!.length).toBeLessThanOrEqual(300);
  });
});
