import { describe, expect, it } from 'vitest';
import { cleanMessage, queryFromPage, type SearchDoc, SearchIndex } from '../../../src/search';
import { ids, SUPPORT_KB } from './fixtures';

describe('suggest', () => {
  const index = SearchIndex.build(SUPPORT_KB);

  it('ranks the double-charge article first for a charged-twice message', () => {
    const hits = index.suggest('Hi, I was charged twice for my order last week, please help. Thanks, Dana');
    expect(hits[0]?.id).toBe('double-charge');
  });

  it.each([
    ['I want my money back for the order', 'refund-request'],
    ['Please end my plan, I do not use it anymore', 'cancel-subscription'],
    ["My parcel hasn't moved for ten days", 'late-delivery'],
    ['The lamp I got is broken', 'damaged-item'],
    ["I can't log in to my account since this morning", 'account-locked'],
    ['This is the third time I write, I am furious about your service', 'pb-angry'],
  ])('suggests the right doc for %j', (message, expected) => {
    expect(ids(index.suggest(message)).slice(0, 2)).toContain(expected);
  });

  it('returns at most the limit (default 5)', () => {
    const message = 'refund charge card order delivery password account damaged subscription';
    expect(index.suggest(message)).toHaveLength(5);
    expect(index.suggest(message, { limit: 2 })).toHaveLength(2);
  });

  it('returns nothing for chatter only', () => {
    expect(index.suggest('Hi there, thanks so much! Best, Sam')).toEqual([]);
    expect(index.suggest('')).toEqual([]);
  });

  it('works on queryFromPage output', () => {
    const text = queryFromPage({
      subject: 'Order #4411 – where is it?',
      customerMessage:
        "Hello,\nmy parcel still hasn't arrived.\n\nThanks,\nDana\n\nOn Mon, 2 Jun 2025, Support <help@shop.example> wrote:\n> Your refund request was approved",
      title: 'Ticket 4411 | Helpdesk',
    });
    expect(index.suggest(text)[0]?.id).toBe('late-delivery');
  });
});

describe('cleanMessage and queryFromPage', () => {
  it('drops the greeting and a one-line sign-off', () => {
    expect(cleanMessage('Hi, I was charged twice. Thanks, Dana')).toBe('I was charged twice.');
    expect(cleanMessage('Dear Sir or Madam,\nmy card is blocked')).toBe('my card is blocked');
  });

  it('drops signatures and quoted history', () => {
    const message = [
      'Hello team,',
      'The refund has not arrived yet.',
      '',
      'Kind regards,',
      'Dana Smith',
      'Head of Purchasing, ACME Ltd',
      '',
      'On Tue, 3 Jun 2025 at 09:12, Own It Support <support@example.com> wrote:',
      '> We have cancelled your subscription.',
    ].join('\n');
    expect(cleanMessage(message)).toBe('The refund has not arrived yet.');
    expect(cleanMessage('My order is late\n-- \nDana\nSent from my phone')).toBe('My order is late');
    expect(cleanMessage('My order is late\n\nSent from my iPhone')).toBe('My order is late');
    expect(cleanMessage('See below\n> old quoted line\nnew line')).toBe('See below\nnew line');
    expect(
      cleanMessage(
        'Still broken.\n-----Original Message-----\nFrom: Support\nSent: Monday\nSubject: Re: broken',
      ),
    ).toBe('Still broken.');
  });

  it('keeps a message that starts with thanks', () => {
    expect(cleanMessage('Thanks!\nMy card is blocked again')).toContain('card is blocked');
  });

  it('builds a query of topic words with support phrases spelled out', () => {
    const query = queryFromPage({
      subject: 'Re: cancel',
      customerMessage:
        'Hi Sam,\nplease end my plan today, I was charged twice.\nThanks,\nDana\n\nOn Mon, Dana wrote:\n> quoted refund text',
      title: 'Inbox – Helpdesk',
    });
    const words = query.split(' ');
    expect(words).toEqual(expect.arrayContaining(['cancel', 'end', 'plan', 'charged', 'twice']));
    expect(words).toEqual(expect.arrayContaining(['double', 'charge', 'subscription']));
    for (const gone of ['hi', 'sam', 'please', 'thanks', 'dana', 'quoted', 'i', 'was', 'my']) {
      expect(words).not.toContain(gone);
    }
  });

  it('leaves the tab title out when the page has a subject or a customer message', () => {
    const title = 'Inbox (7) - hello@roastandpost.com - Roast & Post Mail';
    const withMessage = queryFromPage({ customerMessage: 'Please stop the monthly coffee box', title }).split(
      ' ',
    );
    expect(withMessage).toEqual(expect.arrayContaining(['stop', 'monthly', 'coffee', 'box']));
    for (const word of ['inbox', 'roastandpost', 'roast', 'mail']) expect(withMessage).not.toContain(word);
    expect(queryFromPage({ subject: 'Card declined', title }).split(' ')).not.toContain('inbox');
    // A page that shows nothing better still has its title.
    expect(queryFromPage({ title: 'Card declined at checkout - Acme Help' }).split(' ')).toEqual(
      expect.arrayContaining(['card', 'declined', 'checkout']),
    );
  });

  it('returns an empty string for an empty page', () => {
    expect(queryFromPage({})).toBe('');
    expect(queryFromPage({ subject: '   ', customerMessage: 'Hi!' })).toBe('');
  });
});

describe('suggest ranking', () => {
  const doc = (id: string, title: string, body: string): SearchDoc => ({
    id,
    kind: 'article',
    title,
    tags: [],
    keywords: [],
    body,
  });
  const index = SearchIndex.build([
    doc('arrival-date', 'Card arrival date', 'When will my card arrive?'),
    doc('arrival-delay', 'Card arrival delay', 'Why did my card still not arrive?'),
    doc('export-data', 'Export data', 'Download a spreadsheet of all your records from Settings.'),
    doc('delete-records', 'Delete records', 'Remove old records from the archive.'),
    doc('scanner-broken', 'Scanner not working', 'The scanner does not work or shows an error.'),
    doc('scanner-setup', 'Set up a scanner', 'Connect the scanner with the USB cable.'),
    doc('cancel-order', 'Cancel an order', 'Orders can be cancelled until they ship.'),
    doc('order-status', 'Order status', 'See where your order is and when it ships.'),
  ]);

  it.each([
    ['When does my card arrive?', 'arrival-date'],
    ['Why has my card still to arrive?', 'arrival-delay'],
  ])('weighs question words and "still" a little: %j', (message, expected) => {
    expect(index.suggest(message)[0]?.id).toBe(expected);
  });

  it('keeps question words and negations in the page query', () => {
    const words = queryFromPage({ customerMessage: 'Why has my card still not come?' }).split(' ');
    expect(words).toEqual(expect.arrayContaining(['why', 'still', 'not', 'card', 'come']));
    expect(words).not.toContain('has');
  });

  it('tolerates a typo in a word that only article bodies use', () => {
    expect(ids(index.suggest('Can I get a spreadshet, please?'))).toEqual(['export-data']);
  });

  it.each([
    ['The scanner is non-functional', 'scanner-broken'],
    ['Can I stop my order before it ships?', 'cancel-order'],
  ])('bridges general support wording: %j', (message, expected) => {
    expect(index.suggest(message)[0]?.id).toBe(expected);
  });
});

describe("a page text's words, read once while the index is unchanged", () => {
  const message = 'The blender jug arrived with a crack down the side and it leaks everywhere';

  it('gives the same suggestions and candidates as a fresh index, asked in any order', () => {
    const kept = SearchIndex.build(SUPPORT_KB);
    const candidates = kept.suggestCandidates(message, 100);
    const words = kept.suggest(message);
    const meaning = new Map(candidates.map((id, i) => [id, 0.6 - i / 100]));
    const withMeaning = kept.suggest(message, { meaning });
    expect(words).toEqual(SearchIndex.build(SUPPORT_KB).suggest(message));
    expect(candidates).toEqual(SearchIndex.build(SUPPORT_KB).suggestCandidates(message, 100));
    expect(withMeaning).toEqual(SearchIndex.build(SUPPORT_KB).suggest(message, { meaning }));
  });

  it('reads them again once an article is added or removed', () => {
    const kept = SearchIndex.build(SUPPORT_KB);
    expect(ids(kept.suggest(message))).not.toContain('blender-jug');
    const jug: SearchDoc = {
      id: 'blender-jug',
      kind: 'article',
      title: 'Blender jug cracked or leaking',
      body: 'A cracked blender jug that leaks: we send a new jug.',
      tags: ['damaged'],
      keywords: [],
    };
    kept.add(jug);
    expect(ids(kept.suggest(message))[0]).toBe('blender-jug');
    kept.remove('blender-jug');
    expect(ids(kept.suggest(message))).not.toContain('blender-jug');
  });
});
