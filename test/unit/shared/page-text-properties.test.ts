import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../../src/nudges/amounts/amounts';
import { parseNumber as parseAmountNumber } from '../../../src/nudges/amounts/money';
import {
  cap,
  cleanMessage,
  cleanName,
  isAutomatedText,
  normalizeText,
  stripQuotedHistory,
  stripSignature,
} from '../../../src/shared/page-text';
import { stripTicketRef, ticketIdFromText } from '../../../src/shared/ticket-id';

// Text shaped like helpdesk pages: quotes, sign-offs, currency marks, separators, unicode.
const pieces = fc.constantFrom(
  '\n',
  '\n\n',
  '> ',
  'On Mon, Mar 3 wrote:',
  '-- ',
  'Thanks,',
  'Sent from my iPhone',
  '$',
  '€',
  '£',
  'USD',
  ' dollars',
  '1,200.50',
  '45,50',
  '.',
  ',',
  '#',
  'Ticket ',
  'Case ',
  'INC00',
  '\u00a0',
  '\r\n',
  '(',
  ')',
  '[',
  '\\',
);
const pageText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ maxLength: 200, unit: 'grapheme' }),
  fc
    .array(fc.oneof(pieces, fc.string({ maxLength: 8 }), fc.integer().map(String)), { maxLength: 60 })
    .map((parts) => parts.join('')),
);

describe('text helpers never throw and keep their promises', () => {
  it('normalizeText is idempotent and trimmed', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
        expect(once).toBe(once.trim());
      }),
    );
  });

  it('cap never exceeds the limit', () => {
    fc.assert(
      fc.property(pageText, fc.integer({ min: 1, max: 400 }), (text, max) => {
        expect(cap(text, max).length).toBeLessThanOrEqual(max);
      }),
    );
  });

  it('quote and signature stripping only ever shorten the text', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        expect(stripQuotedHistory(text).length).toBeLessThanOrEqual(text.length);
        expect(stripSignature(text).length).toBeLessThanOrEqual(text.length);
        const clean = cleanMessage(text);
        if (clean !== undefined) {
          expect(clean.length).toBeGreaterThan(0);
          expect(clean.length).toBeLessThanOrEqual(5000);
        }
      }),
    );
  });

  it('findAmounts yields finite, non-negative amounts with ISO codes that appear in the text', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        const amounts = findAmounts(text);
        expect(amounts.length).toBeLessThanOrEqual(20);
        for (const a of amounts) {
          expect(Number.isFinite(a.amount)).toBe(true);
          expect(a.amount).toBeGreaterThanOrEqual(0);
          expect(a.currency).toMatch(/^[A-Z]{3}$/);
          expect(text).toContain(a.text);
        }
      }),
    );
  });

  it('the other helpers accept anything', () => {
    fc.assert(
      fc.property(pageText, fc.string({ maxLength: 12 }), (text, id) => {
        isAutomatedText(text);
        ticketIdFromText(text, true);
        stripTicketRef(text, id || undefined);
        parseAmountNumber(text);
        const name = cleanName(text);
        if (name !== undefined) expect(name.length).toBeLessThanOrEqual(80);
      }),
    );
  });
});
