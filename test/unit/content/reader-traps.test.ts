// @vitest-environment happy-dom
// The generic reader on pages built to mislead it (test/fixtures/pages/trap-*.html): a list of other
// conversations with previews beside the open one, a thread shown newest first whose subject is about
// an older request, a case feed mixing emails, internal comments and system events, older messages
// collapsed with quoted history hidden in the latest, and a mail client's split reading pane.
import { describe, expect, it } from 'vitest';
import { readPageContext } from '../../../src/content/adapters/index';
import { shownTime } from '../../../src/content/message-parts';
import { pageMeaningText } from '../../../src/meaning/page-text';
import { queryFromPage } from '../../../src/search';
import { noProblemStated, statesNoProblem } from '../../../src/shared/no-problem';
import { titleParts } from '../../../src/shared/page-text';
import { loadFixture, loadHtml } from './fixtures';

const read = (page: string) => readPageContext(loadFixture(page), new URL(`http://127.0.0.1:4173/${page}`));

describe('the open conversation, never the list beside it', () => {
  it('reads the open ticket, not the previews of the other tickets in the list', () => {
    const context = read('trap-inbox-previews.html');
    expect(context.subject).toBe('Question about my order');
    expect(context.customerName).toBe('Nora Quinn');
    expect(context.customerMessage).toMatch(/^Sorry to write again, the tracking page/);
    expect(context.customerMessage).toContain('Is it stuck somewhere?');
    for (const other of ['Coupon code', 'newsletter', 'bank statement', 'account is blocked', 'walnut'])
      expect(context.customerMessage).not.toContain(other);
  });

  it("reads the reading pane's subject and message, not a row of the mail list", () => {
    const context = read('trap-split-pane.html');
    expect(context.subject).toBe('Where do I find my invoice?');
    expect(context.customerMessage).toContain('our accounts team needs a proper invoice');
    expect(context.customerMessage).not.toMatch(/Lamp arrived|glass shade|discount code|Best regards/);
  });

  it('takes no ticket list row for a message, even with no row marked as open', () => {
    loadHtml(`
      <main>
        <div role="listbox" aria-label="Tickets">
          <div role="option"><b>Ola Berg</b> My card was charged twice for the same order last night, please refund one.</div>
          <div role="option"><b>Kim Lee</b> The parcel says delivered but nothing is at my door or with the neighbours.</div>
        </div>
        <h1>Screen flickers</h1>
        <p>Since the update yesterday my laptop screen flickers every few seconds and I cannot work like this.</p>
      </main>`);
    const context = readPageContext(document, new URL('http://127.0.0.1:4173/page.html'));
    expect(context.customerMessage).toMatch(/^Since the update yesterday/);
  });

  it('keeps a thread whose open message is marked as the current one', () => {
    const long =
      'The blender I bought in March stopped working after a few uses and the motor only hums now. '.repeat(
        7,
      );
    loadHtml(`
      <main>
        <h1>Blender stopped working</h1>
        <div class="message" data-role="customer"><p>${long}</p></div>
        <div class="message" data-role="agent"><p>Could you send us the order number, please?</p></div>
        <div class="message is-current" data-role="customer" aria-current="true"><p>Order number is 40177 and it is fourteen months old, what do I need to send you?</p></div>
      </main>`);
    const context = readPageContext(document, new URL('http://127.0.0.1:4173/page.html'));
    expect(context.customerMessage).toMatch(/^Order number is 40177/);
  });

  it('skips column titles when looking for a labelled value', () => {
    loadHtml(`
      <main>
        <table><tr><th>Requester</th><th>Subject</th></tr><tr><td>Ola Berg</td><td>Charged twice</td></tr></table>
        <h1>Screen flickers</h1>
        <p>Since the update yesterday my laptop screen flickers every few seconds and I cannot work like this.</p>
      </main>`);
    const context = readPageContext(document, new URL('http://127.0.0.1:4173/page.html'));
    expect(context.customerName).not.toBe('Subject');
  });
});

describe('the latest customer message, by time and by who wrote it', () => {
  it('takes the newest message of a newest-first thread whose times are shown as "2 hours ago"', () => {
    const context = read('trap-newest-first.html');
    expect(context.customerMessage).toMatch(/^The address is fine now, thank you\. But something else/);
    expect(context.customerMessage).toContain('Can one of the payments be sent back?');
    expect(context.customerMessage).not.toMatch(/we have updated the address|Calle Luna|warehouse/);
    expect(context.subject).toBe('Change of delivery address');
    expect(context.customerName).toBe('Tomás Reyes');
  });

  it("reads a case feed: the contact's latest email, not the internal comment or the system events after it", () => {
    const context = read('trap-case-feed.html');
    expect(context.subject).toBe('Kettle stopped heating');
    expect(context.customerName).toBe('Priya Shah');
    expect(context.ticketId).toBe('00048213');
    expect(context.customerMessage).toMatch(/^I did both and nothing changed/);
    expect(context.customerMessage).not.toMatch(
      /To: support|refund of the full price|Case owner changed|Regards/,
    );
  });

  it("takes a case record's title field, not its record number heading, for the subject", () => {
    loadHtml(`
      <main>
        <h1>CAS-01234-X7Y8Z9</h1>
        <div class="field"><label for="title">Case title</label><input id="title" value="Heater makes a clicking noise"></div>
        <h2>Timeline</h2>
        <div class="activity" data-role="customer"><p>Since Monday the heater clicks every few minutes and then turns itself off.</p></div>
      </main>`);
    const context = readPageContext(document, new URL('http://127.0.0.1:4173/page.html'));
    expect(context.subject).toBe('Heater makes a clicking noise');
  });

  it('reads the expanded latest message without its hidden quoted history', () => {
    const context = read('trap-collapsed-history.html');
    expect(context.subject).toBe('Subscription renewal');
    expect(context.customerMessage).toMatch(/^I meant to switch it off and forgot/);
    expect(context.customerMessage).not.toMatch(/wrote:|renews automatically|yearly plan/);
  });
});

describe('shownTime', () => {
  const now =
    Date.UTC(2024, 11, 6, 12, 0) + new Date(Date.UTC(2024, 11, 6, 12, 0)).getTimezoneOffset() * 60_000;
  const at = (y: number, m: number, d: number, h = 0, min = 0) => Date.UTC(y, m, d, h, min);

  it('reads times relative to now', () => {
    expect(shownTime('2 hours ago', now)).toBe(at(2024, 11, 6, 10));
    expect(shownTime('5 min ago', now)).toBe(at(2024, 11, 6, 11, 55));
    expect(shownTime('a day ago', now)).toBe(at(2024, 11, 5, 12));
    expect(shownTime('3 months ago', now)).toBeLessThan(at(2024, 8, 10));
    expect(shownTime('just now', now)).toBe(at(2024, 11, 6, 12));
  });

  it('reads dates without a year as this year, and numeric dates', () => {
    expect(shownTime('Dec 3, 6:40 PM', now)).toBe(at(2024, 11, 3, 18, 40));
    expect(shownTime('3 Dec', now)).toBe(at(2024, 11, 3));
    expect(shownTime('Thu 5/12/2024 09:47', now)).toBe(at(2024, 4, 12, 9, 47));
    expect(shownTime('25.11.24 16:05', now)).toBe(at(2024, 10, 25, 16, 5));
    // On a page that writes its dates day first, "02/04/2025" is the 2nd of April.
    expect(shownTime('Wed 02/04/2025 11:40', now)).toBe(at(2025, 1, 4, 11, 40));
    expect(shownTime('Wed 02/04/2025 11:40', now, true)).toBe(at(2025, 3, 2, 11, 40));
  });

  it('gives no time for a clock alone or for words that only look like a date', () => {
    expect(shownTime('09:41', now)).toBeUndefined();
    expect(shownTime('3 days left', now)).toBeUndefined();
  });
});

describe('a page where the customer states no problem', () => {
  it('tells a greeting or a thank-you from a message with a problem in it', () => {
    for (const quiet of [
      'Hello',
      'Hi there!',
      "That's done the trick, thank you so much! Really appreciate the quick help. Have a lovely weekend.",
      'Thanks, all sorted now.',
      'Perfect, it worked. Cheers!',
      'ok great, you can close this',
      'Please close the ticket. Thanks!',
      'hi, anyone there?\n14:05 · Seen',
      'Hello?? Is anyone there?',
      'Thank you so much, have a lovely weekend!\nMarta',
      "That's all, no further questions. Bye!",
      'All set now, nothing else needed. Take care',
      'That worked, the order went through with the 15% off. Thanks a lot for sorting it so quick, have a good weekend!',
      'It all works now, the app shows my bookings again. Thank you!',
    ])
      expect(statesNoProblem(quiet), quiet).toBe(true);
    for (const problem of [
      'Thanks for sorting the code. Separate thing while I have you: I was charged again for a year I never asked for.',
      'Great, thanks. Another thing - the voucher says its balance is zero.',
      "Thanks, but it still hasn't worked.",
      'Hello, my parcel never arrived.',
      'Thanks! Is the refund done?',
      'My order is late.',
      "Please don't close this, the card was charged again.",
      'Close my account and refund the last payment.',
      'Bye for now. The replacement is broken too.',
      'No further emails please, I was charged twice.',
      'Refund',
      'Anyone there? My parcel never arrived.',
      'Hi, anyone there?\nI was charged twice',
      'Thanks!\nSent it back',
      'Thanks!\nRead the manual',
      'That worked, the order went through. But the discount is missing from the receipt.',
      'It worked for the first order, the second one is still charged at full price.',
      'Thanks, that worked. Now the app logs me out every time I open my basket.',
    ])
      expect(statesNoProblem(problem), problem).toBe(false);
  });

  it('reads the thank-you and the subject, and the page gives nothing to suggest from', () => {
    loadHtml(`
      <main>
        <h1>Promo code not applied to order 6620</h1>
        <article data-role="customer"><time datetime="2024-12-02T10:00:00Z"></time><p>The code SPRING15 gives me no discount at checkout.</p></article>
        <article data-role="agent"><time datetime="2024-12-02T11:00:00Z"></time><p>I have applied the discount to your order by hand.</p></article>
        <article data-role="customer"><time datetime="2024-12-02T12:00:00Z"></time><p>That did the trick, thank you so much! Have a lovely weekend.</p></article>
      </main>`);
    const context = readPageContext(document, new URL('http://127.0.0.1:4173/page.html'));
    expect(context.subject).toBe('Promo code not applied to order 6620');
    expect(context.customerMessage).toMatch(/^That did the trick/);
    expect(noProblemStated(context)).toBe(true);
    expect(queryFromPage(context)).toBe('');
    expect(pageMeaningText(context)).toBe('');
    // What the agent selects is still searched.
    expect(queryFromPage({ ...context, selection: 'promo code' })).not.toBe('');
  });

  it('suggests as before when the latest message asks for something', () => {
    loadHtml(`
      <main>
        <h1>Promo code not applied</h1>
        <article data-role="customer"><p>Thanks for the help earlier. The code still gives me no discount at checkout.</p></article>
      </main>`);
    const context = readPageContext(document, new URL('http://127.0.0.1:4173/page.html'));
    expect(noProblemStated(context)).toBe(false);
    expect(queryFromPage(context)).toContain('discount');
  });
});

describe('a latest message that turns to a new matter', () => {
  const subject = 'SPRING15 code not taking off the discount';

  it('sets the subject aside when the customer turns to a separate thing', () => {
    const page = {
      subject,
      customerMessage:
        'Thanks for sorting the code. Separate thing while I have you: this morning I saw $89.99 taken from my card for another year of the membership. I never asked for it to carry on.\n\nMarcus',
    };
    expect(queryFromPage(page)).not.toContain('marcus');
    expect(queryFromPage(page)).not.toMatch(/spring15|discount|sorting/);
    expect(queryFromPage(page)).toContain('membership');
    expect(pageMeaningText(page)).toMatch(/^Separate thing while I have you: this morning/);
  });

  it('sets the subject aside when the first matter is said done before the next', () => {
    const page = {
      subject: 'Where is my order #RP-88214?',
      customerMessage:
        "Box turned up this afternoon, thanks. But when I opened it there's a pair of navy running shoes, not the hiking boots I ordered.",
    };
    expect(queryFromPage(page)).not.toMatch(/where|88214|turned/);
    expect(pageMeaningText(page)).toMatch(/^But when I opened it/);
  });

  it("sets aside the subject of the shop's own mail the customer replied to", () => {
    const page = {
      subject: 'Re: Your Kettlebrook order #KB-77810 has shipped',
      customerMessage:
        'I bought the kettle from you in January last year. This week it stopped heating, the light does not come on and the socket works fine. Can it be repaired under the guarantee?',
    };
    expect(queryFromPage(page)).not.toMatch(/shipped|77810/);
    expect(queryFromPage(page)).toContain('kettle');
    expect(pageMeaningText(page)).toMatch(/^I bought the kettle/);
  });

  it('sets the subject aside when the customer says what they write about', () => {
    const page = {
      subject: 'Delivery slot for corner sofa',
      customerMessage:
        "I'm writing because of how I was spoken to on the phone on Tuesday: the man sighed at me and put the phone down.",
    };
    expect(queryFromPage(page)).not.toMatch(/sofa|slot/);
  });

  it('sets the subject aside when the customer says there is something else, after the first matter works now', () => {
    for (const customerMessage of [
      'I tried the card at the till again today.\n\nThere is something else though. I would like a copy of every record you keep about me.',
      'Thanks, the new card works fine now. Could you send me a copy of every record you keep about me?',
    ]) {
      const page = { subject: 'Loyalty card not scanning at tills', customerMessage };
      expect(queryFromPage(page), customerMessage).not.toMatch(/scanning|tills/);
      expect(queryFromPage(page)).toContain('record');
    }
  });

  it('keeps the subject when the message goes on about the same matter', () => {
    for (const customerMessage of [
      "Thanks for getting back to me. I tried the code again and it still doesn't take anything off.",
      'The code arrived in my email but the discount is not applied at checkout.',
    ]) {
      expect(queryFromPage({ subject, customerMessage }), customerMessage).toContain('spring15');
      expect(pageMeaningText({ subject, customerMessage })).toMatch(/^SPRING15/);
    }
  });
});

describe('which message is the latest when shown times disagree', () => {
  it('reads "Today 09:41" in a header line that runs on from an address', () => {
    loadHtml(`
      <main>
        <h1>Blender lid cracked</h1>
        <div class="thread customer"><div class="thread-head"><span><b>Marta</b> &lt;marta@example.com&gt; to support@shop.example</span><span>Today 09:41</span></div><div class="thread-body"><p>The new lid fits, but the jug now leaks from the base.</p></div></div>
        <div class="thread agent"><div class="thread-head"><span><b>Ana</b> to marta@example.com</span><span>Fri 14 Mar 16:20</span></div><div class="thread-body"><p>Your replacement lid left our warehouse today.</p></div></div>
        <div class="thread customer"><div class="thread-head"><span><b>Marta</b> &lt;marta@example.com&gt;</span><span>Wed 12 Mar 19:33</span></div><div class="thread-body"><p>Photos attached, the crack runs along the pouring edge.</p></div></div>
      </main>`);
    const context = readPageContext(document, new URL('http://127.0.0.1:4173/page.html'));
    expect(context.customerMessage).toMatch(/^The new lid fits/);
  });

  it('follows the way most times run when one stamp carries another year', () => {
    loadHtml(`
      <main>
        <h1>Refund for the jacket</h1>
        <article data-role="customer"><header>Maren <time datetime="2025-03-17T09:12:00Z">Mar 17, 9:12am</time></header><p>It is the 17th and my banking app still shows nothing back from you.</p></article>
        <article data-role="agent"><header>Dominic <time>Mar 3, 4:41pm</time></header><p>The jacket arrived and your refund is on its way.</p></article>
        <article data-role="customer"><header>Maren <time>Feb 24, 7:55pm</time></header><p>Too tight across the shoulders, I will post it back tomorrow.</p></article>
        <article data-role="agent"><header>Dominic <time>Feb 22, 11:03am</time></header><p>Our jacket runs a touch slim, size up if in doubt.</p></article>
      </main>`);
    const context = readPageContext(document, new URL('http://127.0.0.1:4173/page.html'));
    expect(context.customerMessage).toMatch(/^It is the 17th/);
  });
});

describe('a mail client whose list of mails is the marked "main" area', () => {
  const page = `
    <nav role="navigation"><span>Inbox</span><span>Sent</span></nav>
    <div role="main" aria-label="Conversation list">
      <table role="grid"><tbody>
        <tr role="row"><td><span>Kaz</span> <b>Throw came in grey</b> - I picked mustard on the website but it is grey.</td></tr>
        <tr role="row" aria-selected="true"><td><span>Ruth</span> <b>Re: Order 88341 – where is my parcel?</b> - I'm writing about the phone call on Tuesday…</td></tr>
        <tr role="row"><td><span>Brian</span> <b>Paid twice??</b> - Two lots of £62 came out of my account for the same rug.</td></tr>
      </tbody></table>
    </div>
    <div role="region" aria-label="Conversation">
      <h2>Re: Order 88341 – where is my parcel?<span class="label">Inbox</span><span class="label">Open</span></h2>
      <div role="list">
        <div role="listitem" data-message-id="m1"><span>Ruth</span> <span>I ordered the wool throw on the 24th and still have nothing.</span> <span title="Tue, Oct 1, 2024, 9:15 AM">Oct 1</span></div>
        <div role="listitem" data-message-id="m2">
          <span>Ruth</span> <span title="Thu, Oct 10, 2024, 7:46 AM">7:46 AM</span>
          <div>I'm writing about the phone call on Tuesday. The man I spoke to was one of the rudest people I have dealt with in years.</div>
          <div role="button" aria-label="Show trimmed content">•••</div>
          <div role="menu" aria-label="Templates"><div role="menuitem">Delay – courier backlog apology</div><div role="menuitem">Returns – 30 day policy</div></div>
        </div>
      </div>
    </div>`;

  it('reads the open conversation beside the list, not the rows of the list', () => {
    loadHtml(page);
    const context = readPageContext(document, new URL('http://127.0.0.1:4173/page.html'));
    expect(context.customerMessage).toMatch(/^I'm writing about the phone call on Tuesday\. The man/);
    expect(context.customerMessage).not.toMatch(/mustard|£62/);
  });

  it("leaves a message's menu out of its words", () => {
    loadHtml(page);
    const context = readPageContext(document, new URL('http://127.0.0.1:4173/page.html'));
    expect(context.customerMessage).not.toMatch(/courier backlog|30 day policy/);
  });

  it('reads a subject heading without the labels glued after it', () => {
    loadHtml(page);
    const context = readPageContext(document, new URL('http://127.0.0.1:4173/page.html'));
    expect(context.subject).toBe('Order 88341 – where is my parcel?');
  });

  it('keeps a heading whose words go on past an inline part', () => {
    loadHtml(`
      <main>
        <h2>Kettle <em>stopped working</em> after a month</h2>
        <div class="message" data-role="customer"><p>It will not switch on any more since Sunday morning.</p></div>
      </main>`);
    const context = readPageContext(document, new URL('http://127.0.0.1:4173/page.html'));
    expect(context.subject).toBe('Kettle stopped working after a month');
  });
});

describe('a time shown on a line outside the words', () => {
  it('reads the newest email of a newest-first activity stream by the line that opens with its time', () => {
    loadHtml(`
      <main>
        <h1>Delivery booking – planetary mixer</h1>
        <div class="activity-post" data-direction="inbound">
          <div><b>Grace Whitfield</b> sent email</div>
          <div class="email-body">The mixer we bought from you in March has started making a grinding noise and now it has stopped altogether.</div>
          <div class="muted">Today 9:12am · Case status set to Pending Input by inbound email rule</div>
        </div>
        <div class="activity-post" data-direction="outbound">
          <div><b>Sally Bronsen</b> sent email</div>
          <div class="email-body">Just confirming the mixer is booked with the courier for Tuesday at 06:30.</div>
          <div class="muted">03/14/2024 2:41pm</div>
        </div>
        <div class="activity-post" data-direction="inbound">
          <div><b>Grace Whitfield</b> sent email</div>
          <div class="email-body">We can only take deliveries before 7am on weekdays, is that possible?</div>
          <div class="muted">03/14/2024 11:02am</div>
        </div>
      </main>`);
    const context = readPageContext(document, new URL('http://127.0.0.1:4173/page.html'));
    expect(context.customerMessage).toMatch(/^The mixer we bought from you in March/);
  });

  it('takes no date in the words themselves for the time', () => {
    loadHtml(`
      <main>
        <h1>Order not here</h1>
        <div class="message" data-role="customer"><div class="message-body">Today 9:40 the driver said it was left at the door, nothing is here.</div></div>
        <div class="message" data-role="agent"><div class="message-body">Sorry to hear that, we will check with the courier.</div></div>
        <div class="message" data-role="customer"><div class="message-body">Any news? It is still not here and nobody has called me.</div></div>
      </main>`);
    const context = readPageContext(document, new URL('http://127.0.0.1:4173/page.html'));
    expect(context.customerMessage).toMatch(/^Any news\?/);
  });
});

describe('the subject, never a line of the ticket metadata under it', () => {
  it("leaves out the id, author, channel, age and due date shown in the subject's element", () => {
    loadHtml(`
      <main>
        <div class="ticket-subject-heading">
          <h2>Lamp shade arrived in pieces</h2>
          <div class="meta"><span>#5120</span> · Created by <a href="/contacts/9">Ola Berg</a> via Email ·
            <abbr title="Tue, 11 Mar 2025">2 hours ago</abbr> · Due by <b>Wed, 12 Mar 2025 4:17 PM</b></div>
        </div>
        <div class="message" data-role="customer"><p>The glass shade of the floor lamp was broken when I opened the box this morning.</p></div>
      </main>`);
    const context = readPageContext(document, new URL('http://127.0.0.1:4173/page.html'));
    expect(context.subject).toBe('Lamp shade arrived in pieces');
  });

  it('takes no line of status, priority and id fields for a subject', () => {
    loadHtml(`
      <main>
        <h1>Open · High · #5120</h1>
        <h2>Status: Pending</h2>
        <h2>Charged twice for one order</h2>
        <div class="message" data-role="customer"><p>My card shows two payments for the same order from last night.</p></div>
      </main>`);
    const context = readPageContext(document, new URL('http://127.0.0.1:4173/page.html'));
    expect(context.subject).toBe('Charged twice for one order');
  });

  it('keeps a subject that says something with a colon, and drops a bracketed case reference', () => {
    loadHtml(`
      <main>
        <h1>Order 4521: never arrived [Case 88120]</h1>
        <div class="message" data-role="customer"><p>The parcel was due on Friday and it has still not come.</p></div>
      </main>`);
    const context = readPageContext(document, new URL('http://127.0.0.1:4173/page.html?case=88120'));
    expect(context.subject).toBe('Order 4521: never arrived');
  });
});

describe("whose message it is, and which is the customer's latest", () => {
  it('reads a "conversation" element marked with its side as a message, not the activity lines after it', () => {
    loadHtml(`
      <main>
        <h2 class="subject">Coffee table glass cracked</h2>
        <div class="conversation customer">
          <a class="user_name">Aylin Demir</a>
          <div class="details"><p>When I opened the box the glass top was broken from one corner to the other and there are sharp pieces in the foam.</p></div>
        </div>
        <div class="activity">Rui Santos assigned the ticket to Rui Santos · 2 hours ago</div>
        <div class="conversation private-note agent"><div class="details"><p>Third table from that pallet this week.</p></div></div>
        <div class="activity">SLA: First response due in 22 hours</div>
      </main>`);
    const context = readPageContext(document, new URL('http://127.0.0.1:4173/page.html'));
    expect(context.customerMessage).toMatch(/^When I opened the box the glass top was broken/);
  });

  it('reads messages a mail client labels "Email message", newest on top with dates written day first', () => {
    loadHtml(`
      <main aria-label="Reading Pane">
        <div role="heading" aria-level="2">RE: Kettle pre-order [Case 731044]</div>
        <div role="region" aria-label="Email message">
          <div class="hdr"><div class="sender">Sunita B</div><div class="date">Wed 16/04/2025 09:18</div></div>
          <div aria-label="Message body"><p>Another email says the kettle is now expected at the end of June. Is there a real date or not?</p></div>
        </div>
        <div role="region" aria-label="Email message">
          <div class="hdr"><div class="sender">Kettle Support</div><div class="date">Wed 02/04/2025 11:40</div></div>
          <div aria-label="Message body"><p>Dear Sunita, the workshop had a delay and the kettles are now due to reach our warehouse in May.</p></div>
        </div>
        <div role="region" aria-label="Email message">
          <div class="hdr"><div class="sender">Sunita B</div><div class="date">Fri 28/03/2025 20:02</div></div>
          <div aria-label="Message body"><p>I ordered the copper kettle in January as a pre-order and have heard nothing since.</p></div>
        </div>
        <div contenteditable="true" role="textbox" aria-label="Message body, press Alt+F10 to exit">Reply</div>
      </main>`);
    const context = readPageContext(document, new URL('http://127.0.0.1:4173/page.html'));
    expect(context.subject).toBe('Kettle pre-order');
    expect(context.customerMessage).toMatch(/^Another email says the kettle/);
  });

  it('takes quoted history marked by a test id for no body, and no header line for words', () => {
    loadHtml(`
      <main>
        <h1>Re: Your order is on its way</h1>
        <div role="feed">
          <div role="article" data-direction="inbound">
            <div class="x1"><span class="av">MB</span><div class="who">Mia Berg</div>
              <div class="addr">mia@example.org → help@shop.example</div><span class="when">Thu 6 Jun, 10:12</span></div>
            <div class="x2">
              <p>The mug in the box was in three pieces when I opened it this morning, the handle snapped clean off.</p>
              <div data-testid="quoted-text"><div>From: Shop</div><div>Sent: 5 Jun</div><p>Your order is on its way and should reach you tomorrow.</p></div>
            </div>
          </div>
        </div>
      </main>`);
    const context = readPageContext(document, new URL('http://127.0.0.1:4173/page.html'));
    expect(context.customerMessage).toMatch(/^The mug in the box was in three pieces/);
    expect(context.customerMessage).not.toMatch(/on its way|mia@example|10:12/);
    expect(context.customerName).toBe('Mia Berg');
  });

  it("reads a chat bubble's words, not a utility-classed line of name and time under it", () => {
    loadHtml(`
      <main>
        <div class="font-semibold" data-test="ticket-subject">blanket</div>
        <div data-test="message-list">
          <div class="flex message-inbound" data-direction="inbound">
            <div class="message-bubble">the blanket i got is a single not the double i ordered, can i swap it for the right size please</div>
            <div class="text-xs text-grey-500 mt-1">Sam Reid · 10:02 · via email</div>
          </div>
          <div class="flex message-note" data-type="note">
            <div class="message-bubble">Internal: check stock of the double in grey before replying</div>
            <div class="text-xs text-grey-500 mt-1">Kai · 10:09 · only visible to team</div>
          </div>
        </div>
      </main>`);
    const context = readPageContext(document, new URL('http://127.0.0.1:4173/page.html'));
    expect(context.customerMessage).toMatch(/^the blanket i got is a single/);
  });

  it('reads rows of one kind marked whose they are, not a styling wrapper inside each named "internal"', () => {
    const row = (side: string, who: string, words: string) => `
      <div class="tk-article is-${side}">
        <div class="tk-article-meta">${who} · email</div>
        <div class="tk-article-content"><div class="gap"><div class="internal-border"><div class="textBubble">
          <div class="textBubble-content">${words}</div>
        </div></div></div></div>
      </div>`;
    loadHtml(`
      <main>
        <h1>Lamp flickers</h1>
        <div class="rows">
          ${row('customer', 'Ada Moss', 'The desk lamp I bought last month flickers whenever it is switched on.')}
          ${row('agent', 'Tom', 'Could you try another bulb and tell us whether it still flickers?')}
          ${row('customer', 'Ada Moss', 'Another bulb flickers the same way, so the lamp itself is faulty, can I return it?')}
          ${row('agent is-internal', 'Tom', 'Checked the batch, several returns for the same fault this week.')}
        </div>
      </main>`);
    const context = readPageContext(document, new URL('http://127.0.0.1:4173/page.html'));
    expect(context.customerMessage).toMatch(/^Another bulb flickers the same way/);
  });

  it('reads the newest of a newest-first thread whose updates are marked by a class modifier', () => {
    const update = (side: string, time: string, words: string) => `
      <div class="tk-update tk-update--${side}">
        <div class="tk-update_head"><span class="tk-update_author">${side === 'client' ? 'Lee Park' : 'Rita'}</span><span class="tk-update_time">${time}</span></div>
        <div class="tk-update_message"><div>${words}</div></div>
      </div>`;
    loadHtml(`
      <main>
        <div class="tk-subject">Change my delivery day</div>
        <div class="tk-updates">
          ${update('client', 'Jun 12, 9:30 AM', 'The delivery day is fine now, thanks. New problem though: the app logs me out every time I open it.')}
          <div class="tk-update tk-update--system">Status changed to Open · Jun 12, 9:30 AM</div>
          ${update('staff', 'Jun 10, 4:05 PM', 'Done, your deliveries now come on Thursdays.')}
          ${update('private-note', 'Jun 10, 4:01 PM', 'Moved the route in the planner.')}
          ${update('client', 'Jun 10, 2:15 PM', 'Please could my deliveries come on Thursday instead of Monday from now on?')}
        </div>
      </main>`);
    const context = readPageContext(document, new URL('http://127.0.0.1:4173/page.html'));
    expect(context.customerMessage).toMatch(/^The delivery day is fine now/);
    expect(context.customerName).toBe('Lee Park');
  });

  it('takes a lesser heading for the subject when the page heading is the ticket number, and splits a "::" title', () => {
    loadHtml(`
      <main>
        <h2>Ticket #881204</h2>
        <h3>Gift wrap missing from my order</h3>
        <table class="thread-entry message"><tr><th>12/06/2024 8:02 am · Joan Fry</th></tr>
          <tr><td class="thread-body">I paid for gift wrap on order 5512 but the present arrived in a plain brown box.</td></tr></table>
      </main>`);
    document.title = 'Ticket #881204 :: Shop Support - Staff Control Panel';
    const context = readPageContext(document, new URL('http://127.0.0.1:4173/page.html'));
    expect(context.subject).toBe('Gift wrap missing from my order');
    expect(titleParts(document.title)).toEqual(['Ticket #881204', 'Shop Support - Staff Control Panel']);
  });
});

describe('tools with no adapter: entries named by the tool, hashed class names, chat headers', () => {
  const at = new URL('http://127.0.0.1:4173/page.html');

  it('reads a table of "note" entries newest first, where every entry is a note and its type says whose', () => {
    const entry = (type: string, who: string, time: string, words: string) => `
      <tr class="log-stream-item log-stream-item-${type}">
        <td class="log-stream-item-meta"><span class="ns-from">${who}</span><span class="ns-type">${type === 'public' ? 'Customer' : 'Staff'}</span><br>${time}</td>
        <td class="log-body">${words}</td>
      </tr>`;
    const page = (latest: string) => `
      <div class="topbar">Logged in as Omar Haddad</div>
      <div id="content">
        <div class="req-title">Request 5521 – voucher not taken at checkout</div>
        <table id="history">
          ${entry('public', 'Ruth Cole', 'Tue Apr 8 2025, 3:40 PM', latest)}
          ${entry('external', 'Omar Haddad', 'Tue Apr 8 2025, 2:10 PM', 'Sorry about that! The voucher only works on full-price items, so I have made you a new one.')}
          ${entry('private', 'Omar Haddad', 'Tue Apr 8 2025, 2:05 PM', 'Voucher excludes sale items, made a one-off code.')}
          ${entry('public', 'Ruth Cole', 'Tue Apr 8 2025, 1:00 PM', 'The voucher from your newsletter keeps saying it is not valid for my basket, tried on two devices.')}
        </table>
      </div>`;
    loadHtml(
      page(
        'That worked, the order went through with the discount. Thanks a lot for sorting it so quick, have a good weekend!',
      ).replaceAll('log-', 'note-'),
    );
    const thanks = readPageContext(document, at);
    expect(thanks.customerMessage).toMatch(/^That worked, the order went through/);
    expect(thanks.firstCustomerMessage).toMatch(/^The voucher from your newsletter/);
    // The agent is closing a solved problem shown below: nothing to suggest.
    expect(noProblemStated(thanks)).toBe(true);
    expect(queryFromPage(thanks)).toBe('');
    expect(pageMeaningText(thanks)).toBe('');

    loadHtml(
      page(
        'Thanks, that worked. But now the parcel tracking has not moved for four days since it left your warehouse.',
      ).replaceAll('log-', 'note-'),
    );
    const next = readPageContext(document, at);
    expect(noProblemStated(next)).toBe(false);
    expect(queryFromPage(next)).toMatch(/\btracking\b/);
  });

  it('reads chat messages whose class names carry a CSS module hash, by the side their class names', () => {
    const msg = (side: string, who: string, words: string) => `
      <div class="_msg_1r8te _${side}_7xw3s"><div class="_bubble_3d0lx">
        <div class="_author_1f0tb">${who}</div><div class="_text_1m2pf">${words}</div><div class="_time_2kd8q">14:2${side === 'in' ? '1' : '4'}</div>
      </div></div>`;
    loadHtml(`
      <div class="_chat_5tn2c">
        <div class="_feed_2e6yh">
          ${msg('in', 'Rui Costa', 'hi, i moved flat on monday and forgot to change the address, the email says my order was sent to the old address, can it go to the new one?')}
          ${msg('out', 'Holly', 'Let me have a look at that order for you, one moment please.')}
          ${msg('in', 'Rui Costa', 'ok so can u change it or not??')}
        </div>
      </div>
      <div class="_info_1d8ea"><div>Rui Costa</div><div>Location</div><div>Leeds, United Kingdom</div><div>Visit history</div><div>14:18 Home</div></div>`);
    document.title = 'Jivo - Rui Costa';
    const context = readPageContext(document, at);
    expect(context.customerMessage).toBe('ok so can u change it or not??');
    expect(context.firstCustomerMessage).toMatch(/^hi, i moved flat on monday/);
    // The tab's title is the app's name and the customer's: no subject.
    expect(context.subject).toBeUndefined();
    // The latest says next to nothing: the first message tells what "it" is.
    expect(queryFromPage(context)).toMatch(/\baddress\b/);
    expect(pageMeaningText(context)).toMatch(/old address/);
  });

  it("reads a visitor's message beside a bot's, and takes the chat header's name for no subject", () => {
    loadHtml(`
      <main>
        <header><h2>Nadia Perez</h2><span>ID: 7kq2mx9c</span></header>
        <div role="log" aria-label="Messages">
          <div class="sc-bjUoiL gkJKqD is-bot"><div class="sc-idiyUo"><div>Hello! What can we help you with today?</div><div>Chatbot · 11:51</div></div></div>
          <div class="sc-bjUoiL gkJKqD is-visitor"><div class="sc-idiyUo"><div class="message-text">My gift card says 50 pounds on the back but the checkout shows a balance of 0.00.</div><div>Nadia Perez · 11:52 · Seen</div></div></div>
          <div class="sc-bjUoiL gkJKqD is-agent"><div class="sc-idiyUo"><div class="message-text">Could you tell me the full number of the card, please?</div><div>Ellie · 11:55</div></div></div>
        </div>
      </main>`);
    document.title = 'Conversations | Smartsupp';
    const context = readPageContext(document, at);
    expect(context.customerMessage).toMatch(/^My gift card says 50 pounds/);
    expect(context.subject).toBeUndefined();
  });

  it("takes a ticket's summary element for the subject, not the app's name in the tab's title", () => {
    loadHtml(`
      <div class="card">
        <div class="ticket-title-bar"><span class="ticket-number">#1432</span><span class="ticket-summary">Locked out of my account</span></div>
        <div class="activity">
          <div class="ticket-activity-item is-requester"><div class="item-header"><strong>Dale W</strong> responded · Mar 14, 2025 8:16 AM</div>
            <div class="comment-body"><p>The app for the login codes was on my old phone, the new one has nothing in it.</p></div></div>
        </div>
      </div>`);
    document.title = 'Ticket #1432 - Spiceworks Cloud Help Desk';
    expect(readPageContext(document, at).subject).toBe('Locked out of my account');
    document.querySelector('.ticket-summary')?.remove();
    expect(readPageContext(document, at).subject).toBeUndefined();
  });
});

describe('a subject in capitalised words, and a header that is a person', () => {
  const at = new URL('http://127.0.0.1:4173/page.html');
  const ticket = (header: string) => `
    <main>
      ${header}
      <div class="thread">
        <div class="message customer"><div class="message-body">The blender arrived with a cracked jug and the lid does not close at all.</div></div>
        <div class="message agent"><div class="message-body">Sorry to hear that, could you send a photo of the jug?</div></div>
      </div>
    </main>`;

  it('keeps a subject in Title Case from a subject element, an h1, an h2 and a part of the tab title', () => {
    loadHtml(ticket('<div class="ticket-subject">Order Not Received</div>'));
    expect(readPageContext(document, at).subject).toBe('Order Not Received');
    loadHtml(ticket('<h1>Refund Request</h1>'));
    expect(readPageContext(document, at).subject).toBe('Refund Request');
    loadHtml(ticket('<h2>Damaged Blender</h2>'));
    expect(readPageContext(document, at).subject).toBe('Damaged Blender');
    loadHtml(ticket(''));
    document.title = 'Damaged Blender | Acme Help Desk';
    expect(readPageContext(document, at).subject).toBe('Damaged Blender');
    // The last of the title's parts, in capitalised words, is the app's name.
    document.title = 'Ticket #1432 - Acme Cloud Help Desk';
    expect(readPageContext(document, at).subject).toBeUndefined();
  });

  const chat = (header: string, customer: string, agent: string, extra = '') => `
    <main>
      <header>${header}</header>
      <div role="log">
        <div class="row is-visitor"><div><div class="message-text">My gift card shows a balance of zero at checkout although nobody has used it.</div>${customer}</div></div>
        <div class="row is-agent"><div><div class="message-text">${agent}Could you tell me the card's number, please?</div></div></div>
      </div>
      ${extra}
    </main>`;

  it("takes no subject from a chat header that is the customer's name on the author line", () => {
    loadHtml(chat('<h2>Maria Lopez</h2>', '<div>Maria Lopez · 11:52 · Seen</div>', ''));
    const context = readPageContext(document, at);
    expect(context.subject).toBeUndefined();
    // The author line's name, the time and the status cleaned off, is the customer's.
    expect(context.customerName).toBe('Maria Lopez');
    expect(context.customerMessage).toMatch(/^My gift card shows/);
  });

  it("takes no subject from a header that is the agent's name, as the agent's author line gives it", () => {
    loadHtml(
      chat('<h2>Ellie Wood</h2>', '', '').replace(
        'please?</div>',
        'please?</div><div>Ellie Wood · 11:55</div>',
      ),
    );
    expect(readPageContext(document, at).subject).toBeUndefined();
  });

  it('tells a person from a subject where no author line names anyone: by avatar, greeting or first name', () => {
    // Nothing on the page says "Maria Lopez" is a person: read as the subject (a subject may look so).
    loadHtml(chat('<h2>Maria Lopez</h2>', '', ''));
    expect(readPageContext(document, at).subject).toBe('Maria Lopez');
    // Her avatar's initials beside the header.
    loadHtml(chat('<span class="avatar">ML</span><h2>Maria Lopez</h2>', '', ''));
    expect(readPageContext(document, at).subject).toBeUndefined();
    // An avatar picture named for her, in the contact panel.
    loadHtml(
      chat('<h2>Maria Lopez</h2>', '', '', '<aside><img class="contact-avatar" alt="Maria Lopez"></aside>'),
    );
    expect(readPageContext(document, at).subject).toBeUndefined();
    // The agent's reply greets her by her first name.
    loadHtml(chat('<h2>Maria Lopez</h2>', '', 'Hi Maria, thanks for waiting. '));
    expect(readPageContext(document, at).subject).toBeUndefined();
    // Her messages' author line gives only her first name.
    loadHtml(chat('<h2>Maria Lopez</h2>', '<div>Maria · 11:52</div>', ''));
    expect(readPageContext(document, at).subject).toBeUndefined();
    // She signs her message.
    loadHtml(
      chat('<h2>Maria Lopez</h2>', '', '').replace(
        'nobody has used it.',
        'nobody has used it.<br>Thanks,<br>Maria',
      ),
    );
    expect(readPageContext(document, at).subject).toBeUndefined();
  });

  it("keeps a Title Case subject beside the people's names, avatars and greetings", () => {
    loadHtml(
      chat(
        '<span class="avatar">ML</span><h2>Gift Card Not Working</h2>',
        '<div>Maria Lopez · 11:52 · Seen</div>',
        'Hi Maria, thanks for waiting. ',
        '<aside><img class="contact-avatar" alt="Maria Lopez"></aside>',
      ),
    );
    expect(readPageContext(document, at).subject).toBe('Gift Card Not Working');
  });

  it('reads the subject a timeline of mails shows only on each mail', () => {
    loadHtml(`
      <main>
        <div class="timeline">
          <div class="timelineItem timelineItem--customer"><div class="meta"><strong>Dora Kim</strong> · Email · Feb 6, 2024 9:12 AM</div>
            <div class="mail-subject">Box Arrived Crushed</div>
            <div class="mail-content">Hello, the box of my candle arrived squashed and the glass has a crack down one side.</div></div>
          <div class="timelineItem timelineItem--agent"><div class="meta"><strong>Jo Price</strong> · Email · Feb 6, 2024 11:40 AM</div>
            <div class="mail-subject">Re: Box Arrived Crushed</div>
            <div class="mail-content">So sorry, a replacement is on its way at no charge.</div></div>
        </div>
      </main>`);
    expect(readPageContext(document, at).subject).toBe('Box Arrived Crushed');
  });
});
