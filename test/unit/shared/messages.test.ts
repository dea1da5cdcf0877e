import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fromOwnExtension,
  fromOwnPage,
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

describe('who may talk to the worker', () => {
  const chromeId = 'abcdefghijklmnopabcdefghijklmnop';
  const chromeBase = `chrome-extension://${chromeId}/`;
  // Firefox: the add-on's id is its gecko id, its pages live under a per-profile uuid.
  const geckoId = 'own-it@own-it.app';
  const firefoxBase = 'moz-extension://2f9c1d3e-6a4b-4c8e-9f00-1b2c3d4e5f60/';

  it('accepts the panel and options page in Chrome and Edge', () => {
    const sender = { id: chromeId, url: `${chromeBase}src/sidepanel/index.html` };
    expect(fromOwnPage(sender, chromeId, chromeBase)).toBe(true);
    expect(
      fromOwnPage({ id: chromeId, url: `${chromeBase}src/options/index.html#rules` }, chromeId, chromeBase),
    ).toBe(true);
  });

  it('accepts the sidebar and options page in Firefox, whose pages are moz-extension:// under a uuid', () => {
    const sidebar = { id: geckoId, url: `${firefoxBase}src/sidepanel/index.html` };
    expect(fromOwnPage(sidebar, geckoId, firefoxBase)).toBe(true);
    // The check this replaced compared against chrome-extension://<id>/ and refused every Firefox page.
    expect(sidebar.url.startsWith(`chrome-extension://${geckoId}/`)).toBe(false);
  });

  it("refuses the extension's own content scripts, which run in helpdesk pages", () => {
    expect(
      fromOwnPage({ id: chromeId, url: 'https://acme.zendesk.com/agent/tickets/1' }, chromeId, chromeBase),
    ).toBe(false);
    expect(
      fromOwnPage({ id: geckoId, url: 'https://acme.zendesk.com/agent/tickets/1' }, geckoId, firefoxBase),
    ).toBe(false);
    expect(fromOwnExtension({ id: geckoId }, geckoId)).toBe(true);
  });

  it('refuses other extensions, pages of another uuid, and look-alike prefixes', () => {
    expect(fromOwnPage({ id: 'other', url: `${chromeBase}x.html` }, chromeId, chromeBase)).toBe(false);
    expect(fromOwnPage({ id: geckoId, url: 'moz-extension://0000-other/x.html' }, geckoId, firefoxBase)).toBe(
      false,
    );
    expect(
      fromOwnPage({ id: chromeId, url: `${chromeBase.slice(0, -1)}x/a.html` }, chromeId, chromeBase),
    ).toBe(false);
    expect(fromOwnPage({ id: chromeId }, chromeId, chromeBase)).toBe(false);
    // A base without its closing slash would let chrome-extension://<id>evil/ through: refused outright.
    expect(fromOwnPage({ id: chromeId, url: `${chromeBase}a.html` }, chromeId, chromeBase.slice(0, -1))).toBe(
      false,
    );
  });
});
