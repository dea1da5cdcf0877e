// Wiring of one content-script instance: read the page, publish changes, answer the panel.
import type { ContentToExtension, ContentToWorker, InsertResult } from '../shared/messages';
import type { PageReading } from '../shared/page-reading';
import { pickAdapter, readPageFacts } from './adapters/index';
import type { Editor } from './editor';
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
  const read = (): PageReading => readPageFacts(doc, url(), { lastFocused: focus.lastEditable() });
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

  // The editing code comes in a script of its own, which the worker injects the first time it is needed.
  const editor = (): Editor | undefined =>
    (globalThis as unknown as Record<symbol, Editor | undefined>)[Symbol.for('ownit.editor')];
  const edit = async (change: (editor: Editor, box: ReturnType<typeof replyBox>) => InsertResult) => {
    try {
      if (!editor()) await runtime.sendMessage({ type: 'cs/load-editor' } satisfies ContentToWorker);
    } catch {
      // Orphaned, or the worker could not inject it: answered below.
    }
    const loaded = editor();
    if (!loaded) return { ok: false, problem: 'insert-failed', detail: 'no editor' } satisfies InsertResult;
    const result = change(loaded, replyBox());
    if (result.ok) publish();
    return result;
  };
  const replyBox = () => pickAdapter(url(), doc).replyBox(doc, { lastFocused: focus.lastEditable() });

  const insert = (text: string) =>
    edit((editor, box) =>
      editor.insertText(box, text, {
        atCaret: box ? focus.wasFocused(box) || box === box.ownerDocument.activeElement : true,
        savedRange: box ? focus.savedRange(box) : undefined,
      }),
    );

  const replace = (find: string, replacement: string) =>
    edit((editor, box) => editor.replaceText(box, find, replacement));

  const router = createRouter({ ownId: () => runtime.id, getContext: read, insert, replace });
  runtime.onMessage.addListener(router);
  watchPage({ doc, onChange: publish, signal, delay });
  publish();
  return { alive, stop, publish };
}
