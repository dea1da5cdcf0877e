// The seventh development set of saved helpdesk pages (test/fixtures/pages-blind-7), read as the panel
// reads them: each page's latest customer message is the one its writer meant, and the words of other
// tickets in a list, previews, macros, internal notes and sidebars never reach the suggestion query.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSavedPage } from '../../../src/cli/page-reader';

const DIR = 'test/fixtures/pages-blind-7';

interface Expected {
  page: string;
  subject: string | null;
  customerMessage: string | null;
}

const expected = JSON.parse(readFileSync(`${DIR}/expected.json`, 'utf8')) as Expected[];

/** Words only other parts of each page show: other tickets, previews, macros, notes, side panels. */
const ELSEWHERE: Record<string, string[]> = {
  'salesforce_service_console.html': ['goodwill', 'midlands', 'vat', 'navy', 'erase', 'spring20'],
  'servicenow_agent_workspace.html': ['expired', 'declined', 'dispute', 'scratched', 'digest', 'catalogue'],
  'kustomer_timeline.html': ['candles', 'diffuser', 'soaked', 'mailroom', 'label'],
  'gladly_conversation.html': ['tent', 'label', 'bank'],
  'dixa_conversation.html': ['welcome10', 'sofa', 'dalagatan', 'postnord', 'membership', 'xl'],
  'trengo_inbox.html': ['toaster', 'freeship', 'leaking', 'belfast', 'marketplace', 'cream'],
  'reamaze_conversation.html': ['shattered', 'globe', 'chrome', 'dpd', 'discontinued', 'orbit'],
  'kayako_case.html': ['broadband', 'contract', 'rata', 'security'],
  'liveagent_ticket.html': ['blocked', 'points', 'expenses', 'merge', 'guest'],
  'roundcube_webmail.html': ['poles', 'vipps', 'posten', 'sommer15', 'jacket', 'returer'],
};

const fold = (text: string | null | undefined) =>
  (text ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

describe('the seventh set of blind pages', () => {
  it.each(expected.map((item) => [item.page, item] as const))('reads %s', (page, item) => {
    const read = readSavedPage(readFileSync(`${DIR}/${page}`, 'utf8'));
    // The latest customer message the page's writer meant (its first words, as the pages eval checks).
    const start = fold(item.customerMessage)
      .slice(0, 60)
      .replace(/\s\S*$/, '');
    expect(fold(read.context.customerMessage)).toContain(start);
    const words = new Set(read.query.split(/\s+/));
    const leaked = (ELSEWHERE[page] ?? []).filter((word) => words.has(word));
    expect(leaked).toEqual([]);
  });

  it('has a list of words from elsewhere for every page that states a problem', () => {
    const withProblem = expected.filter((item) => !/greeting|thanks/.test(item.page)).map((i) => i.page);
    expect(Object.keys(ELSEWHERE).sort()).toEqual(withProblem.sort());
  });

  it('reads a Salesforce case feed: the contact email, not the tracked change or internal post above it', () => {
    const read = readSavedPage(readFileSync(`${DIR}/salesforce_service_console.html`, 'utf8'));
    expect(read.context.customerMessage).toMatch(/^Hi again, so the replacement lid/);
    expect(read.context.customerMessage).not.toMatch(/sent an email to|Status changed|From:/);
    // The earlier matter said done and thanked for ("fits fine, thanks for that. But now…"): the
    // subject about the cracked lid is set aside.
    expect(read.query).not.toMatch(/\bcracked\b/);
    expect(read.query).toMatch(/\bblender\b/);
  });

  it('leaves what the customer says they do not ask for out of the query', () => {
    const read = readSavedPage(readFileSync(`${DIR}/servicenow_agent_workspace.html`, 'utf8'));
    expect(read.query).toMatch(/\binformation\b/);
    expect(read.query).not.toMatch(/\b(?:erase|delete|close)\b/);
  });
});
