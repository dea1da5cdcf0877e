import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isContentToExtension,
  isContentToWorker,
  isExtensionToContent,
  isPageContext,
  isPanelToWorker,
} from '../../../src/shared/messages';

const context = {
  site: 'acme.example',
  url: 'https://acme.example/tickets/4821',
  title: 'Ticket 4821',
  ticketId: '4821',
  amounts: [{ amount: 45, currency: 'USD', text: '$45' }],
};

describe('message guards', () => {
  it('accepts well-formed messages', () => {
    expect(isContentToExtension({ type: 'cs/page-context', context })).toBe(true);
    const first = { ...context, firstCustomerMessage: 'The kettle stopped heating.' };
    expect(isContentToExtension({ type: 'cs/page-context', context: first })).toBe(true);
    expect(isExtensionToContent({ type: 'ext/get-context' })).toBe(true);
    expect(isExtensionToContent({ type: 'ext/insert-text', text: 'Hello' })).toBe(true);
    expect(isContentToWorker({ type: 'cs/load-editor' })).toBe(true);
  });

  it('asks the worker for nothing but the editor script', () => {
    expect(isContentToWorker({ type: 'cs/page-context', context })).toBe(false);
    expect(isContentToWorker({ type: 'keys/list' })).toBe(false);
    expect(isContentToWorker('cs/load-editor')).toBe(false);
  });

  it.each([
    [null],
    ['cs/page-context'],
    [{ type: 'cs/page-context' }],
    [{ type: 'cs/page-context', context: { ...context, site: 42 } }],
    [
      {
        type: 'cs/page-context',
        context: { ...context, amounts: [{ amount: Number.NaN, currency: 'USD', text: '' }] },
      },
    ],
    [{ type: 'cs/page-context', context: { ...context, subject: 'x'.repeat(30_000) } }],
    [{ type: 'cs/page-context', context: { ...context, firstCustomerMessage: 'x'.repeat(30_000) } }],
    [{ type: 'cs/page-context', context: { ...context, firstCustomerMessage: 7 } }],
    [{ type: 'cs/other', context }],
  ])('rejects a malformed page message: %j', (message) => {
    expect(isContentToExtension(message)).toBe(false);
  });

  it('rejects commands the content script does not know or text that is too long', () => {
    expect(isExtensionToContent({ type: 'ext/insert-text' })).toBe(false);
    expect(isExtensionToContent({ type: 'ext/insert-text', text: 'x'.repeat(30_000) })).toBe(false);
    expect(isExtensionToContent({ type: 'ext/delete-everything' })).toBe(false);
  });

  it('never throws on arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        isContentToExtension(value);
        isExtensionToContent(value);
        isPageContext(value);
      }),
    );
  });
});

describe('asking the worker to read a due time', () => {
  const ask = {
    type: 'panel/parse-due',
    text: 'call back tomorrow 3pm',
    now: 1,
    timeZone: 'Europe/Berlin',
    hour12: false,
  };

  it('accepts a well-formed request', () => {
    expect(isPanelToWorker(ask)).toBe(true);
  });

  it.each([
    ['no text', { ...ask, text: undefined }],
    ['a text too long', { ...ask, text: 'x'.repeat(20_001) }],
    ['a time that is not a number', { ...ask, now: 'soon' }],
    ['an endless time', { ...ask, now: Number.POSITIVE_INFINITY }],
    ['a zone that is not text', { ...ask, timeZone: 5 }],
    ['no 12/24-hour choice', { ...ask, hour12: 'yes' }],
  ])('refuses %s', (_, message) => {
    expect(isPanelToWorker(message)).toBe(false);
  });
});
