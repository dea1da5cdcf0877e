// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EDITOR, installEditor } from '../../../src/content/editor';
import {
  type ContentRuntime,
  getRuntime,
  type MessageListener,
  type MessageSender,
} from '../../../src/content/runtime';
import { type ContentScript, startContentScript } from '../../../src/content/start';
import { isContentToExtension } from '../../../src/shared/messages';
import type { PageContext } from '../../../src/shared/model';
import { finishPage, isPageReading, type PageReading } from '../../../src/shared/page-reading';
import { fixtureHtml, loadFixture } from './fixtures';

/** A stand-in for chrome.runtime: records what is sent, delivers messages to the listeners. */
class FakeRuntime implements ContentRuntime {
  id: string | undefined = 'own-extension-id';
  sent: unknown[] = [];
  listeners: MessageListener[] = [];
  noPanel = false;
  onMessage = {
    addListener: (listener: MessageListener) => {
      this.listeners.push(listener);
    },
    removeListener: (listener: MessageListener) => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    },
  };

  /** Whether the worker's answer to `cs/load-editor` injects the editor (it may fail). */
  editorLoads = true;

  sendMessage(message: unknown): Promise<unknown> {
    if (!this.id) throw new Error('Extension context invalidated.');
    this.sent.push(message);
    if ((message as { type?: string }).type === 'cs/load-editor') {
      // As the worker does: the editor script runs in the content script's world, then it answers.
      if (this.editorLoads) installEditor(globalThis);
      return Promise.resolve(this.editorLoads);
    }
    return this.noPanel
      ? Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'))
      : Promise.resolve(undefined);
  }

  deliver(message: unknown, sender: MessageSender = { id: 'own-extension-id' }): unknown {
    let response: unknown;
    for (const listener of this.listeners) listener(message, sender, (r) => (response = r));
    return response;
  }

  /** Delivers a message whose answer comes later (a text change) and waits for the answer. */
  ask(message: unknown): Promise<unknown> {
    return new Promise((resolve) => {
      for (const listener of this.listeners) listener(message, { id: 'own-extension-id' }, resolve);
    });
  }

  /** What was sent, as the panel sees it once it has checked and finished each reading. */
  contexts(): PageContext[] {
    return this.sent
      .filter(isContentToExtension)
      .map((m) => m.context)
      .filter(isPageReading)
      .map(finishPage);
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 60));

let runtime: FakeRuntime;
let script: ContentScript | undefined;

beforeEach(() => {
  loadFixture('demo-helpdesk.html');
  runtime = new FakeRuntime();
});

afterEach(() => {
  script?.stop();
  script = undefined;
  delete (globalThis as unknown as Record<symbol, unknown>)[EDITOR];
});

describe('publishing cs/page-context', () => {
  it('sends the page context once on start, and not again while nothing changes', async () => {
    script = startContentScript({ runtime, doc: document, delay: 10 });
    expect(runtime.sent).toHaveLength(1);
    expect(isContentToExtension(runtime.sent[0])).toBe(true);
    expect(runtime.contexts()[0]).toMatchObject({ ticketId: '4821', customerName: 'Dana Whitfield' });
    script.publish();
    document.body.append(document.createComment('unrelated change'));
    await settle();
    expect(runtime.sent).toHaveLength(1);
  });

  it('sends again (debounced) when the agent types in the reply box', async () => {
    script = startContentScript({ runtime, doc: document, delay: 10 });
    const reply = document.getElementById('reply') as HTMLTextAreaElement;
    for (const value of ['H', 'Hi', 'Hi Dana']) {
      reply.value = value;
      reply.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }
    await settle();
    expect(runtime.contexts().map((c) => c.draft)).toEqual([undefined, 'Hi Dana']);
  });

  it('sends again when the conversation changes', async () => {
    script = startContentScript({ runtime, doc: document, delay: 10 });
    const latest = document.querySelectorAll('.message--customer .message__body p')[4] as HTMLElement;
    latest.textContent = 'Actually, a replacement is fine too.';
    await settle();
    expect(runtime.contexts()).toHaveLength(2);
  });

  it('swallows "Receiving end does not exist" when no panel is open', async () => {
    runtime.noPanel = true;
    const failures: unknown[] = [];
    const onUnhandled = (reason: unknown) => failures.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      script = startContentScript({ runtime, doc: document, delay: 10 });
      await settle();
      expect(failures).toEqual([]);
      expect(script.alive()).toBe(true);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('stops when the extension is reloaded (orphaned script)', () => {
    script = startContentScript({ runtime, doc: document, delay: 10 });
    runtime.id = undefined;
    (document.getElementById('reply') as HTMLTextAreaElement).value = 'changed';
    script.publish();
    expect(script.alive()).toBe(false);
    expect(runtime.listeners).toHaveLength(0);
  });
});

describe('watching a ticket that lives in a frame (ServiceNow gsft_main)', () => {
  afterEach(() => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
      'http://localhost:3000/',
    );
  });

  it('publishes when the frame document changes', async () => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
      'https://acme.service-now.com/now/nav/ui/classic/params/target/incident.do',
    );
    document.documentElement.innerHTML = '<head></head><body><div id="gsft_main"></div></body>';
    const inner = document.implementation.createHTMLDocument('INC0010234');
    inner.documentElement.innerHTML = fixtureHtml('servicenow-incident.html')
      .replace(/^[\s\S]*?<html[^>]*>/i, '')
      .replace(/<\/html>\s*$/i, '');
    Object.defineProperty(document.getElementById('gsft_main'), 'contentDocument', { value: inner });
    script = startContentScript({ runtime, doc: document, delay: 10 });
    expect(runtime.contexts()[0]).toMatchObject({ ticketId: 'INC0010234', customerName: 'Priya Natarajan' });
    const newest = inner.querySelector('.h-card .sn-widget-textblock-body') as HTMLElement;
    newest.textContent = 'Never mind, a colleague lent me a dock. You can close this.';
    await settle();
    expect(runtime.contexts().at(-1)?.customerMessage).toBe(
      'Never mind, a colleague lent me a dock. You can close this.',
    );
  });
});

describe('answering the panel', () => {
  beforeEach(() => {
    script = startContentScript({ runtime, doc: document, delay: 10 });
  });

  it('answers ext/get-context with the current PageContext', () => {
    const context = runtime.deliver({ type: 'ext/get-context' });
    expect(isPageReading(context)).toBe(true);
    expect(finishPage(context as PageReading)).toMatchObject({
      subject: 'Refund for a damaged blender',
      ticketId: '4821',
    });
  });

  it('answers ext/ping', () => {
    expect(runtime.deliver({ type: 'ext/ping' })).toEqual({ ok: true });
  });

  it('ignores other senders and malformed messages', () => {
    expect(runtime.deliver({ type: 'ext/get-context' }, { id: 'some-other-extension' })).toBeUndefined();
    expect(runtime.deliver({ type: 'ext/get-context' }, {})).toBeUndefined();
    expect(runtime.deliver({ type: 'ext/insert-text', text: 42 })).toBeUndefined();
    expect(runtime.deliver({ type: 'ext/unknown' })).toBeUndefined();
    expect(runtime.deliver('ext/get-context')).toBeUndefined();
    expect((document.getElementById('reply') as HTMLTextAreaElement).value).toBe('');
  });

  it('inserts text into the reply box on ext/insert-text and publishes the new draft', async () => {
    const reply = document.getElementById('reply') as HTMLTextAreaElement;
    reply.value = 'Hi Dana,';
    expect(await runtime.ask({ type: 'ext/insert-text', text: ' your $45 refund is on its way.' })).toEqual({
      ok: true,
    });
    expect(reply.value).toBe('Hi Dana, your $45 refund is on its way.');
    expect(runtime.contexts().at(-1)?.draft).toBe('Hi Dana, your $45 refund is on its way.');
  });

  it('asks the worker for the editor script once, on the first text change', async () => {
    const loads = () => runtime.sent.filter((m) => (m as { type?: string }).type === 'cs/load-editor');
    expect(loads()).toHaveLength(0);
    await runtime.ask({ type: 'ext/insert-text', text: 'one' });
    await runtime.ask({ type: 'ext/replace-text', find: 'one', replace: 'two' });
    expect(loads()).toHaveLength(1);
    expect((document.getElementById('reply') as HTMLTextAreaElement).value).toBe('two');
  });

  it('says the change failed when the editor could not be loaded, and changes nothing', async () => {
    runtime.editorLoads = false;
    expect(await runtime.ask({ type: 'ext/insert-text', text: 'hello' })).toMatchObject({
      ok: false,
      problem: 'insert-failed',
    });
    expect((document.getElementById('reply') as HTMLTextAreaElement).value).toBe('');
  });

  it('inserts at the caret when the agent had clicked into the box', async () => {
    const reply = document.getElementById('reply') as HTMLTextAreaElement;
    reply.value = 'Hi Dana, .';
    reply.focus();
    reply.setSelectionRange(9, 9);
    reply.blur(); // the agent clicks into the side panel
    await runtime.ask({ type: 'ext/insert-text', text: 'done' });
    expect(reply.value).toBe('Hi Dana, done.');
  });

  it('reports when there is no reply box', async () => {
    document.getElementById('reply')?.remove();
    expect(await runtime.ask({ type: 'ext/insert-text', text: 'hello' })).toEqual({
      ok: false,
      problem: 'no-reply-box',
    });
  });
});

describe('the entry script', () => {
  const INSTANCE = Symbol.for('ownit.contentScript');
  afterEach(() => {
    const slot = globalThis as unknown as Record<symbol, ContentScript | undefined>;
    slot[INSTANCE]?.stop();
    delete slot[INSTANCE];
    delete (globalThis as { chrome?: unknown }).chrome;
    document.body.innerHTML = '';
  });

  async function inject(): Promise<void> {
    vi.resetModules();
    await import('../../../src/content/index');
  }

  it('starts once, even when injected again', async () => {
    (globalThis as { chrome?: unknown }).chrome = { runtime };
    await inject();
    await inject();
    expect(runtime.listeners).toHaveLength(1);
    expect(runtime.sent).toHaveLength(1);
  });

  it('replaces an instance orphaned by an extension reload', async () => {
    (globalThis as { chrome?: unknown }).chrome = { runtime };
    await inject();
    runtime.id = undefined;
    const fresh = new FakeRuntime();
    (globalThis as { chrome?: unknown }).chrome = { runtime: fresh };
    await inject();
    expect(runtime.listeners).toHaveLength(0);
    expect(fresh.listeners).toHaveLength(1);
  });

  it('does nothing outside an extension', async () => {
    await inject();
    expect((globalThis as unknown as Record<symbol, unknown>)[INSTANCE]).toBeUndefined();
    expect(Object.keys(globalThis).filter((key) => /ownit/i.test(key))).toEqual([]);
  });

  it('starts even when the page has elements named like the API or the old instance slot', async () => {
    document.body.innerHTML =
      '<form id="browser"><input name="runtime"></form><form id="chrome"><input name="runtime"></form><div id="__ownItContentScript"></div>';
    (globalThis as { chrome?: unknown }).chrome = { runtime };
    await inject();
    expect(runtime.listeners).toHaveLength(1);
  });
});

describe('getRuntime', () => {
  it('reads only the global object’s own properties, never elements reached by named access', () => {
    // A window's named properties (elements by id) sit on its prototype chain, as here.
    const form = Object.assign(document.createElement('form'), { runtime: document.createElement('input') });
    const named = { browser: form, chrome: form };
    const clobbered = Object.create(named) as object;
    expect(getRuntime(clobbered)).toBeUndefined();
    const real = new FakeRuntime();
    const withChrome = Object.assign(Object.create(named) as object, { chrome: { runtime: real } });
    expect(getRuntime(withChrome)).toBe(real);
    // An API defined further up the chain (as some browsers do) is found, by its shape.
    expect(getRuntime(Object.create({ browser: { runtime: real } }) as object)).toBe(real);
    // An own property that is not the runtime's shape is not taken either.
    expect(
      getRuntime({ browser: { runtime: document.createElement('input') }, chrome: { runtime: real } }),
    ).toBe(real);
  });
});
