import { afterEach, describe, expect, it, vi } from 'vitest';

type Listener = (message: unknown, sender: { id?: string; tab?: { id: number } }) => unknown;
const listeners = new Set<Listener>();

vi.mock('../../../src/shared/browser', () => ({
  default: {
    runtime: {
      id: 'own-it',
      onMessage: {
        addListener: (listener: Listener) => listeners.add(listener),
        removeListener: (listener: Listener) => listeners.delete(listener),
      },
    },
  },
}));

const { onExtensionMessage } = await import('../../../src/sidepanel/inbox');

function deliver(message: unknown, sender: { id?: string; tab?: { id: number } }) {
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
    deliver({ type: 'cs/page-context' }, { id: 'own-it', tab: { id: 3 } });
    deliver({ type: 'cs/page-context' }, { id: 'someone-else', tab: { id: 3 } });
    deliver({ channel: 'ownit-meaning-out' }, { id: undefined });
    expect(pages).toEqual([{ type: 'cs/page-context' }]);
    expect(meaning).toEqual([{ type: 'cs/page-context' }]);
    for (const stop of stops) stop();
  });
});
