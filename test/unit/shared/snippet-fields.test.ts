import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PageContext } from '../../../src/shared/model';
import {
  fieldsOf,
  fillFields,
  formatDate,
  missingFields,
  pageValues,
  parseSnippet,
} from '../../../src/shared/snippet-fields';

const REFUND =
  'Hi {{customer.name}}, your refund of {{amount}} goes back to your {{method:choice(card|PayPal|store credit)}} ' +
  'by {{by:date}}. {{extra?:text(anything else to add)}}';

describe('snippet fields', () => {
  it('reads each kind of field with its type, answers and hint', () => {
    expect(fieldsOf(REFUND)).toEqual([
      { name: 'customer.name', type: 'text', choices: [], optional: false },
      { name: 'amount', type: 'text', choices: [], optional: false },
      { name: 'method', type: 'choice', choices: ['card', 'PayPal', 'store credit'], optional: false },
      { name: 'by', type: 'date', choices: [], optional: false },
      { name: 'extra', type: 'text', choices: [], hint: 'anything else to add', optional: true },
    ]);
  });

  it('lists a field used twice once, and fills every place it is used', () => {
    const body = 'Order {{order}} is on its way; quote {{ order }} if you call.';
    expect(fieldsOf(body).map((f) => f.name)).toEqual(['order']);
    expect(fillFields(body, { order: 'A-17' })).toBe('Order A-17 is on its way; quote A-17 if you call.');
  });

  it('writes a picked date out in the agent’s language', () => {
    expect(formatDate('2025-11-28', 'en-GB')).toBe('Friday 28 November');
    expect(formatDate('2025-11-28', 'es')).toBe('viernes, 28 de noviembre');
    expect(fillFields('We call you on {{callback:date}}.', { callback: '2025-11-28' }, 'en-GB')).toBe(
      'We call you on Friday 28 November.',
    );
    expect(formatDate('not a date', 'en-GB')).toBe('not a date');
  });

  it('keeps an unfilled required field visible and drops an unfilled optional one', () => {
    expect(fillFields(REFUND, { amount: '£20', method: 'card' }, 'en-GB')).toBe(
      'Hi {{customer.name}}, your refund of £20 goes back to your card by {{by:date}}. ',
    );
  });

  it('names the required fields still missing', () => {
    expect(missingFields(REFUND, { amount: ' ', method: 'PayPal' }).map((f) => f.name)).toEqual([
      'customer.name',
      'amount',
      'by',
    ]);
    expect(
      missingFields(REFUND, { 'customer.name': 'Dana', amount: '5', method: 'card', by: '2025-01-02' }),
    ).toEqual([]);
  });

  it('leaves braces that are not a field as text', () => {
    for (const text of [
      '{{ oops',
      'a {{b c}} d',
      '{{x:colour}}',
      '{{m:choice()}}',
      '{{d:date(soon)}}',
      '}} {{',
    ]) {
      expect(fieldsOf(text)).toEqual([]);
      expect(fillFields(text, { oops: 'x', x: 'y', m: 'z', d: 'w' })).toBe(text);
    }
  });

  it('fills what the page knows: first name, full name, ticket id and subject, the agent', () => {
    const page: PageContext = {
      site: 'acme.zendesk.com',
      url: 'https://acme.zendesk.com/agent/tickets/4821',
      title: 'Ticket',
      ticketId: '4821',
      subject: 'Parcel never arrived',
      customerName: 'Dana Whitfield',
      amounts: [],
    };
    expect(pageValues(page, 'Sam')).toEqual({
      'customer.name': 'Dana',
      'customer.fullname': 'Dana Whitfield',
      'ticket.id': '4821',
      'ticket.subject': 'Parcel never arrived',
      'agent.name': 'Sam',
    });
    expect(pageValues(undefined, '')).toEqual({});
  });
});

describe('snippet fields, fuzzed', () => {
  const snippetish = fc.string({
    unit: fc.constantFrom('{', '}', ':', '(', ')', '|', '?', ' ', 'a', 'b', '.', 'date', 'choice', 'text'),
  });

  it('never throws, and joining the parts gives the text back', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), snippetish), (text) => {
        const parts = parseSnippet(text);
        expect(parts.map((p) => (p.kind === 'text' ? p.text : p.raw)).join('')).toBe(text);
        fillFields(text, { a: 'x', constructor: 'y', __proto__: 'z' } as Record<string, string>);
        missingFields(text, {});
      }),
    );
  });

  it('round-trips plain text untouched, however it is filled', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !s.includes('{{')),
        fc.dictionary(fc.string(), fc.string()),
        (text, values) => {
          expect(fillFields(text, values)).toBe(text);
          expect(fieldsOf(text)).toEqual([]);
        },
      ),
    );
  });

  it('leaves "{{" without a closing "}}" as text', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !s.includes('}}')),
        fc.string(),
        (before, after) => {
          const text = `${before}{{${after.replaceAll('}}', '')}`;
          fc.pre(!text.includes('}}'));
          expect(fillFields(text, { a: 'filled' })).toBe(text);
        },
      ),
    );
  });
});
