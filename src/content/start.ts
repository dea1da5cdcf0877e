// Wiring of one content-script instance: read the page, publish changes, answer the panel.
import type { ContentToExtension } from '../shared/messages';
import type { PageContext } from '../shared/model';
import { pickAdapter, readPageContext } from './adapters/index';
import { insertText, replaceText } from './insert';
import { createRouter } from './router';
import type { ContentRuntime } from './runtime';
import { trackFocus, watchPage } from './watch';

export interface ContentScript {
  /** False once stopped or orphaned (extension reloaded): a new injection may then take over. */
  alive(): boolean;
  stop(): void;
  /** Reads now and sends `cs/page-context` if the context changed since the last send. */
  publish(): void;
}

export interface StartOptions {
  runtime: ContentRuntime;
  doc: Document;
  delay?: number;
}

export function startContentScript({ runtime, doc, delay }: StartOptions): ContentScript {
  const controller = new AbortController();
  const { signal } = controller;
  const focus = trackFocus(doc, signal);
  const url = () => new URL(doc.location?.href ?? doc.URL);
  const read = (): PageContext => readPageContext(doc, url(), { lastFocused: focus.lastEditable() });
  let lastSent = '';

  const alive = () => !signal.aborted && !!runtime.id;
  const stop = () => {
    if (signal.aborted) return;
    controller.abort();
    runtime.onMessage.removeListener(router);
  };

  const watched = new WeakSet<Document>([doc]);
  const watchTicketDocument = () => {
    const ticketDoc = pickAdapter(url(), doc).documentOf(doc);
    if (watched.has(ticketDoc)) return;
    watched.add(ticketDoc);
    watchPage({ doc: ticketDoc, top: doc, onChange: publish, signal, delay });
  };

  const publish = () => {
    if (!alive()) return stop();
    watchTicketDocument();
    const context = read();
    const serialised = JSON.stringify(context);
    if (serialised === lastSent) return;
    lastSent = serialised;
    const message: ContentToExtension = { type: 'cs/page-context', context };
    try {
      // Rejects with "Receiving end does not exist" when no panel is open: nothing to do then.
      runtime.sendMessage(message)?.catch(() => undefined);
    } catch {
      stop(); // "Extension context invalidated": this instance is orphaned.
    }
  };

  const insert = (text: string) => {
    const location = url();
    const box = pickAdapter(location, doc).replyBox(doc, { lastFocused: focus.lastEditable() });
    const result = insertText(box, text, {
      atCaret: box ? focus.wasFocused(box) || box === box.ownerDocument.activeElement : true,
      savedRange: box ? focus.savedRange(box) : undefined,
    });
    if (result.ok) publish();
    return result;
  };

  const replace = (find: string, replacement: string) => {
    const box = pickAdapter(url(), doc).replyBox(doc, { lastFocused: focus.lastEditable() });
    const result = replaceText(box, find, replacement);
    if (result.ok) publish();
    return result;
  };

  const router = createRouter({ ownId: () => runtime.id, getContext: read, insert, replace });
  runtime.onMessage.addListener(router);
  watchPage({ doc, onChange: publish, signal, delay });
  publish();
  return { alive, stop, publish };
}
