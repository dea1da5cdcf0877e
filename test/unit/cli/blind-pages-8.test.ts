// The eighth development set of saved helpdesk pages (test/fixtures/pages-blind-8), read as the panel
// reads them: each page's latest customer message is the one its writer meant, and the words of other
// tickets in a list, previews, macros, internal notes and sidebars never reach the suggestion query.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSavedPage } from '../../../src/cli/page-reader';
import { settledOrReference } from '../../../src/meaning/settled';

const DIR = 'test/fixtures/pages-blind-8';

interface Expected {
  page: string;
  expect: string | null;
  subject: string | null;
  customerMessage: string | null;
}

const expected = JSON.parse(readFileSync(`${DIR}/expected.json`, 'utf8')) as Expected[];

/** Words only other parts of each page show: other tickets, previews, macros, notes, side panels. */
const ELSEWHERE: Record<string, string[]> = {
  '01-zoho-desk.html': ['headphones', 'cracked', 'statement', 'fairbank', 'discount'],
  '02-happyfox.html': ['peeling', 'wedding', 'disputed', 'neighbour', 'redirect'],
  '03-zammad.html': ['ritter', 'verify', 'identity', 'bench', 'gloves', 'newsletter'],
  '04-osticket.html': ['squashed', 'hinge', 'grinder', 'serial', 'recall'],
  '05-hiver-gmail.html': ['flickers', 'pulsing', 'amazon', 'itemised', 'harbour', 'evri'],
  '06-missive.html': ['rejected', 'burrs', 'seized', 'steaming', 'crema'],
  '07-groove.html': ['sleeping', 'jacket', 'stove', 'membership', 'container'],
  '08-crisp.html': ['newsletter', 'expired', 'widget', 'token', 'neighbours'],
  '09-tidio.html': ['serum', 'snapped', 'instagram', 'vitamin', 'expenses'],
  '10-freshchat.html': ['fridge', 'dishwasher', 'leaking', 'pallex', 'declined'],
};

const fold = (text: string | null | undefined) =>
  (text ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const read = (page: string) => readSavedPage(readFileSync(`${DIR}/${page}`, 'utf8'));

describe('the eighth set of blind pages', () => {
  it.each(expected.map((item) => [item.page, item] as const))('reads %s', (page, item) => {
    const saved = read(page);
    // The latest customer message the page's writer meant (its first words, as the pages eval checks).
    const start = fold(item.customerMessage)
      .slice(0, 60)
      .replace(/\s\S*$/, '');
    expect(fold(saved.context.customerMessage)).toContain(start);
    const words = new Set(saved.query.split(/\s+/));
    const leaked = (ELSEWHERE[page] ?? []).filter((word) => words.has(word));
    expect(leaked).toEqual([]);
  });

  it('has a list of words from elsewhere for every page that states a problem', () => {
    const withProblem = expected.filter((item) => item.expect !== null).map((item) => item.page);
    expect(Object.keys(ELSEWHERE).sort()).toEqual(withProblem.sort());
  });

  it("reads the customer's mail in a shared inbox, not the activity line under it or the sender line", () => {
    const saved = read('05-hiver-gmail.html');
    expect(saved.context.customerMessage).toMatch(/^Hi,\s+The tracking page says/);
    expect(saved.context.customerMessage).not.toMatch(/viewed this conversation|libero\.it|to support/);
    // The shop's own "has been delivered" mail is not the customer's subject.
    expect(saved.query).not.toMatch(/\bdelivered\b/);
  });

  it("leaves the ticket's channel line out of the customer's message", () => {
    expect(read('01-zoho-desk.html').context.customerMessage).toMatch(
      /^Hi again\.\s+Your colleague emailed me/,
    );
  });

  it('sets aside a shop notice as subject and an earlier matter said fine', () => {
    expect(read('02-happyfox.html').query).not.toMatch(/\bconfirmation\b/);
    expect(read('06-missive.html').query).not.toMatch(/\b(?:confirmation|reordering)\b/);
    const zammad = read('03-zammad.html').query;
    expect(zammad).toMatch(/\binformation\b/);
    expect(zammad).not.toMatch(/\b(?:invoice|closed)\b/);
  });

  it('takes a greeting with only an order number, under the shop\'s "order is confirmed" mail, as no problem', () => {
    const saved = read('11-helpscout.html');
    expect(settledOrReference(saved.context.customerMessage ?? '', saved.meaningText)).toBe(true);
  });
});
