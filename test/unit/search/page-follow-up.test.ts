// How much each part of a page says about the problem: a latest message that turns to something new
// after saying the earlier matter is done outranks the subject the thread has left, and a vague
// follow-up ("any news?") defers to the customer's first message and the subject.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docsOfJson } from '../../../src/cli/load-kb';
import { pageMeaningText } from '../../../src/meaning/page-text';
import { chasesTheSubject } from '../../../src/meaning/settled';
import { queryFromPage, SearchIndex } from '../../../src/search';
import { cleanMessage, currentMatter } from '../../../src/search/page-query';

const pack = JSON.parse(
  readFileSync(new URL('../../../src/storage/starter-pack.json', import.meta.url), 'utf8'),
);
const index = SearchIndex.build(docsOfJson(pack, 'starter-pack.json'));
const firstThree = (page: Parameters<typeof queryFromPage>[0]) =>
  index.suggest(queryFromPage(page), { limit: 3 }).map((hit) => hit.id);

describe('a long "that part is done" sentence, then a turn', () => {
  const page = {
    subject: 'Voucher WELCOME10 rejected on the payment page',
    customerMessage:
      'Morning, the voucher went through in the end once I tried it from my laptop instead of the phone app, thanks for the tip. But now my statement shows the same amount taken twice for that one order, on the same evening.',
  };

  it('sets the subject aside when what follows the turn shares none of its words', () => {
    const query = queryFromPage(page);
    expect(query).not.toMatch(/\bvoucher\b/);
    expect(query).toMatch(/\btwice\b/);
    expect(pageMeaningText(page)).toMatch(/^But now my statement/);
  });

  it('brings the article of the new problem first, and not the old one in the first three', () => {
    expect(firstThree(page)[0]).toBe('duplicate-charge');
    expect(firstThree(page)).not.toContain('promo-code-not-working');
    // With the subject read in, the old matter's article is still there.
    expect(
      firstThree({ ...page, customerMessage: page.customerMessage.replace(' But now', ' Now') }),
    ).toContain('promo-code-not-working');
  });

  it('keeps the subject when what follows the turn still speaks of the same thing', () => {
    const query = queryFromPage({
      subject: 'Voucher WELCOME10 rejected on the payment page',
      customerMessage:
        'Morning, the order itself went through in the end once I tried it from my laptop, thanks for the tip. But the voucher was not taken off the total, I paid full price.',
    });
    expect(query).toMatch(/\bwelcome10\b/);
  });

  it('keeps the subject when the first sentence already turns ("but", a question)', () => {
    const page = {
      subject: 'Blender jug leaking from the base',
      customerMessage:
        'The new seal arrived this morning but I fitted it and water still comes out underneath when I run it on high speed for more than a few seconds. However, the jug itself looks fine.',
    };
    expect(currentMatter(page).subject).toBe(page.subject);
  });
});

describe('a vague follow-up and the first customer message', () => {
  const page = {
    subject: 'kettle',
    firstCustomerMessage:
      'Hello, the kettle I bought from you in March has stopped working. The light comes on but it will not heat at all any more.',
    customerMessage: "Hi, any news on this? It's been over a week now. Let me know what I need to do.",
  };

  it('reads the first message with the subject when the latest only chases', () => {
    const query = queryFromPage(page);
    expect(query).toMatch(/\bheat\b/);
    const text = pageMeaningText(page);
    expect(text.startsWith('kettle. Hello, the kettle')).toBe(true);
    // The meaning text still ends with the latest message (the small-talk check reads what comes before it).
    expect(text.endsWith(page.customerMessage)).toBe(true);
  });

  it('brings the article of the first message into the first three, where the latest alone brings none', () => {
    expect(firstThree(page)).toContain('warranty-claim');
    expect(firstThree({ ...page, firstCustomerMessage: undefined })).not.toContain('warranty-claim');
  });

  it('takes the chase under a one-word subject as a chase of the first message, not small talk', () => {
    const text = pageMeaningText(page);
    expect(chasesTheSubject(page.customerMessage, text)).toBe(true);
    const alone = pageMeaningText({ ...page, firstCustomerMessage: undefined });
    expect(chasesTheSubject(page.customerMessage, alone)).toBe(false);
  });

  it('leaves the first message out when the latest states a matter of its own', () => {
    const own = {
      ...page,
      customerMessage:
        'Also my gift card shows a zero balance at checkout although nobody has used it. What can I do?',
    };
    expect(queryFromPage(own)).not.toMatch(/\bheat\b/);
    expect(pageMeaningText(own)).not.toMatch(/March/);
  });

  it('leaves the first message out when the latest turns to a new matter, even with "still"', () => {
    const turned = {
      ...page,
      customerMessage:
        'Separate thing while I have you: the gift card from my sister still shows a zero balance at checkout.',
    };
    expect(queryFromPage(turned)).not.toMatch(/\b(?:heat|kettle)\b/);
  });

  it('leaves the first message out when a chase tells the problem again in its own words', () => {
    // A thread begun with another question: the first message is of that matter, not of this one.
    const retold = {
      subject: 'Points',
      firstCustomerMessage: 'Hi, can I still use the 10% newsletter code on items in the sale?',
      customerMessage:
        'Hello, I bought a rain jacket and two pairs of socks in your Leeds shop on Saturday and gave my phone number at the till, but my loyalty points in the app are still the same as before. The receipt says I should have earned 60 points for it. Can you add them?',
    };
    expect(currentMatter(retold).firstCustomerMessage).toBeUndefined();
    expect(queryFromPage(retold)).not.toMatch(/\bnewsletter\b/);
    expect(firstThree(retold)[0]).toBe('loyalty-points-missing');
    expect(currentMatter(page).firstCustomerMessage).toBe(page.firstCustomerMessage);
  });

  it('does not read the first message twice when it is the latest', () => {
    const one = { ...page, firstCustomerMessage: page.customerMessage };
    expect(pageMeaningText(one)).toBe(`kettle. ${page.customerMessage}`);
  });
});

describe("a phone's mail footer", () => {
  it('is cut in the languages phones ship it in', () => {
    for (const footer of ['Skickat från min iPhone', 'Envoyé de mon iPhone', 'Gesendet von meinem iPad']) {
      expect(cleanMessage(`The parcel never came, can you check?\n\n${footer}`)).toBe(
        'The parcel never came, can you check?',
      );
    }
  });
});

describe('a latest message of a word or two of its own', () => {
  const first =
    'Hello, this morning 79.99 was taken from my card for one more year. I did not ask for this, I bought one year only and never got a mail that it would continue.';

  it('reads the first message when the latest says next to nothing, chase or not', () => {
    for (const latest of [
      'its the same one as this number. just fix it pls',
      'ok so can u change it or not??',
    ]) {
      const page = { customerMessage: latest, firstCustomerMessage: first };
      expect(currentMatter(page).firstCustomerMessage, latest).toBe(first);
      expect(queryFromPage(page), latest).toMatch(/\byear\b/);
      expect(pageMeaningText(page), latest).toContain('79.99 was taken');
      // Vague as it reads, it asks about the problem the first message states: no small talk.
      expect(chasesTheSubject(latest, pageMeaningText(page)), latest).toBe(true);
      expect(chasesTheSubject(latest, latest), latest).toBe(false);
    }
  });

  it('reads no first message beside a short latest message that asks nothing', () => {
    for (const latest of ['great, that helps', 'ok got it', 'hello? is anybody there']) {
      const page = { customerMessage: latest, firstCustomerMessage: first };
      expect(currentMatter(page).firstCustomerMessage, latest).toBeUndefined();
      expect(chasesTheSubject(latest, pageMeaningText(page)), latest).toBe(false);
    }
  });

  it('leaves the first message out when the latest tells a problem of its own', () => {
    const page = {
      customerMessage: 'The replacement kettle also stops heating after a minute, the light goes off.',
      firstCustomerMessage: first,
    };
    expect(currentMatter(page).firstCustomerMessage).toBeUndefined();
    expect(queryFromPage(page)).not.toMatch(/\byear\b/);
  });
});

describe('what the customer says they do not want, over two sentences', () => {
  it('drops "I do not want my account closed…" when the next sentence says what they only want', () => {
    const message =
      'I do not want my account closed and I do not want anything removed. I only want to see what you have saved about me.';
    expect(cleanMessage(message)).not.toMatch(/closed|removed/);
    expect(cleanMessage(message)).toMatch(/I only want to see what you have saved/);
    // Said alone, it is the request.
    expect(cleanMessage('I do not want my account any more. Please close it.')).toMatch(/account/);
  });
});
