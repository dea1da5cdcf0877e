import { describe, expect, it } from 'vitest';
import type { PageContext } from '../../../src/shared/model';
import { fillSnippet, formatWhen, snippetFields, ticketKeyOf } from '../../../src/sidepanel/ticket';

const page: PageContext = {
  site: 'acme.zendesk.com',
  url: 'https://acme.zendesk.com/agent/tickets/4821?x=1',
  title: 'Ticket',
  ticketId: '4821',
  customerName: 'Dana Whitfield',
  amounts: [],
};

describe('ticket helpers', () => {
  it('keys notes by site and ticket id, or by path when there is no id', () => {
    expect(ticketKeyOf(page)).toBe('acme.zendesk.com#4821');
    expect(ticketKeyOf({ ...page, ticketId: undefined })).toBe('acme.zendesk.com/agent/tickets/4821');
  });

  it('fills the variables the page answers and leaves the rest for the agent', () => {
    expect(fillSnippet('Hi {{customer.name}}, about ticket {{ ticket.id }}: {{order.id}}', page, '')).toBe(
      'Hi Dana, about ticket 4821: {{order.id}}',
    );
    expect(fillSnippet('Thanks, {{agent.name}}', undefined, '')).toBe('Thanks, {{agent.name}}');
    expect(fillSnippet('Thanks, {{agent.name}}', undefined, 'Sam')).toBe('Thanks, Sam');
  });

  it('says how long ago in words an agent reads at a glance', () => {
    const now = Date.UTC(2026, 10, 26, 12);
    expect(formatWhen(now - 10_000, now)).toBe('just now');
    expect(formatWhen(now - 5 * 60_000, now)).toBe('5 min ago');
    expect(formatWhen(now - 3 * 3_600_000, now)).toBe('3 h ago');
  });
});

describe('snippetFields', () => {
  it('lists each unfilled field once, in order', () => {
    expect(
      snippetFields('Hi {{customer.name}}, order {{order.id}} ships {{ date }}; {{order.id}} again'),
    ).toEqual(['customer.name', 'order.id', 'date']);
    expect(snippetFields('No fields here.')).toEqual([]);
  });
});
