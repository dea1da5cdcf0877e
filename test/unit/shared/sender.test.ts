// The one sender check (src/shared/sender.ts) every receiver makes, in Chrome/Edge and in Firefox, where
// the extension's pages live under moz-extension://<uuid>/ and the uuid is not the add-on's id.
import { describe, expect, it } from 'vitest';
import { fromOwnExtension, isOwnUrl, senderKind } from '../../../src/shared/sender';

const chrome = {
  id: 'abcdefghijklmnopabcdefghijklmnop',
  base: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/',
};
const firefox = { id: 'own-it@own-it.app', base: 'moz-extension://2f9c1d3e-6a4b-4c8e-9f00-1b2c3d4e5f60/' };
const ticket = 'https://acme.zendesk.com/agent/tickets/1';

describe('who sent a message', () => {
  it('knows our own pages and worker in Chrome and Edge', () => {
    expect(senderKind({ id: chrome.id, url: `${chrome.base}src/sidepanel/index.html` }, chrome)).toBe('own');
    expect(senderKind({ id: chrome.id, url: `${chrome.base}src/options/index.html#rules` }, chrome)).toBe(
      'own',
    );
    expect(senderKind({ id: chrome.id, url: `${chrome.base}service-worker-loader.js` }, chrome)).toBe('own');
  });

  it('knows our own pages in Firefox, a tab or not', () => {
    const sidebar = { id: firefox.id, url: `${firefox.base}src/sidepanel/index.html` };
    expect(senderKind(sidebar, firefox)).toBe('own');
    // Firefox gives our pages a tab when they are opened in one: still ours, not a content script.
    expect(senderKind({ ...sidebar, tab: { id: 7 } }, firefox)).toBe('own');
    // A check against chrome-extension://<id>/ would have refused every Firefox page.
    expect(sidebar.url.startsWith(`chrome-extension://${firefox.id}/`)).toBe(false);
  });

  it('tells our content script in a helpdesk tab from our pages', () => {
    expect(senderKind({ id: chrome.id, url: ticket, tab: { id: 3 } }, chrome)).toBe('content');
    expect(senderKind({ id: firefox.id, url: ticket, tab: { id: 3 } }, firefox)).toBe('content');
    // Not our page and in no tab: nothing we know.
    expect(senderKind({ id: chrome.id, url: ticket }, chrome)).toBe('other');
  });

  it('refuses other extensions, pages of another uuid and look-alike prefixes', () => {
    expect(senderKind({ id: 'other', url: `${chrome.base}x.html` }, chrome)).toBe('other');
    expect(senderKind({ id: 'other', url: ticket, tab: { id: 3 } }, chrome)).toBe('other');
    expect(senderKind({ id: firefox.id, url: 'moz-extension://0000-other/x.html' }, firefox)).toBe('other');
    expect(senderKind({ id: chrome.id, url: `${chrome.base.slice(0, -1)}x/a.html` }, chrome)).toBe('other');
    expect(senderKind({ id: chrome.id }, chrome)).toBe('other');
  });

  it('refuses a base without its closing slash, which would let chrome-extension://<id>evil/ through', () => {
    expect(isOwnUrl(`${chrome.base}a.html`, chrome.base.slice(0, -1))).toBe(false);
    expect(
      senderKind(
        { id: chrome.id, url: `${chrome.base}a.html` },
        { ...chrome, base: chrome.base.slice(0, -1) },
      ),
    ).toBe('other');
  });

  it('lets the content script hear only this extension', () => {
    expect(fromOwnExtension({ id: firefox.id }, firefox.id)).toBe(true);
    expect(fromOwnExtension({ id: 'other' }, firefox.id)).toBe(false);
    expect(fromOwnExtension({}, firefox.id)).toBe(false);
  });
});
