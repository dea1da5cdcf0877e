import { afterEach, describe, expect, it, vi } from 'vitest';

type Sender = { id?: string; url?: string; tab?: { id: number } };
type Listener = (message: unknown, sender: Sender) => unknown;
const BASE = 'moz-extension://2f9c1d3e-6a4b-4c8e-9f00-1b2c3d4e5f60/';
const listeners = new Set<Listener>();

vi.mock('../../../src/shared/browser', () => ({
  default: {
    runtime: {
      id: 'own-it',
      getURL: (path: string) => `${BASE}${path}`,
      onMessage: {
        addListener: (listener: Listener) => listeners.add(listener),
        removeListener: (listener: Listener) => listeners.delete(listener),
      },
    },
  },
}));

const { onExtensionMessage } = await import('../../../src/sidepanel/inbox');

function deliver(message: unknown, sender: Sender) {
  for (const listener of listeners) listener(message, sender);
}

afterEach(() => listeners.clear());

describe("the panel's one message listener", () => {
  it('registers one browser listener however many parts of the panel subscribe', () => {
    const stopA = onExtensionMessage(() => undefined);
    const stopB = onExtensionMessage(() => undefined);
    expect(listeners.size).toBe(1);
    stopA();
    expect(listeners.size).toBe(1);
    stopB();
    expect(listeners.size).toBe(0);
  });

  it('hands this extension’s messages to every subscriber and drops another extension’s', () => {
    const pages: unknown[] = [];
    const meaning: unknown[] = [];
    const stops = [onExtensionMessage((m) => pages.push(m)), onExtensionMessage((m) => meaning.push(m))];
    deliver({ type: 'cs/page-context' }, { id: 'own-it', url: 'https://acme.example/t/1', tab: { id: 3 } });
    deliver(
      { type: 'cs/page-context' },
      { id: 'someone-else', url: 'https://acme.example/t/1', tab: { id: 3 } },
    );
    deliver({ channel: 'ownit-meaning-out' }, { id: undefined });
    expect(pages).toEqual([{ type: 'cs/page-context' }]);
    expect(meaning).toEqual([{ type: 'cs/page-context' }]);
    for (const stop of stops) stop();
  });

  it('says who sent each message: our pages (moz-extension:// in Firefox, in a tab or not) or our content script', () => {
    const heard: [unknown, string][] = [];
    const stop = onExtensionMessage((message, from) => heard.push([message, from]));
    deliver('host', { id: 'own-it', url: `${BASE}src/meaning/offscreen.html` });
    deliver('options in a tab', { id: 'own-it', url: `${BASE}src/options/index.html`, tab: { id: 4 } });
    deliver('page', { id: 'own-it', url: 'https://acme.example/t/1', tab: { id: 3 } });
    deliver('nowhere', { id: 'own-it', url: 'https://acme.example/t/1' });
    expect(heard).toEqual([
      ['host', 'own'],
      ['options in a tab', 'own'],
      ['page', 'content'],
    ]);
    stop();
  });
});
