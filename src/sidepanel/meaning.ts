// The panel's side of suggestions by meaning. The model runs once for the whole browser, in the meaning
// worker of an offscreen document the service worker opens on request; this file asks for it, tells it
// when the knowledge base changes, and asks how close the page is to the articles. Where the browser
// has no offscreen documents (Firefox), suggestions use words only.
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import {
  type FromMeaningWorker,
  isMeaningAnswer,
  MEANING_FROM_HOST,
  MEANING_TO_HOST,
  type MeaningStatus,
  onChannel,
  type ToMeaningWorker,
  WORD_CANDIDATES,
} from '../meaning/protocol';
import type { SearchIndex } from '../search';

type Listener = (message: FromMeaningWorker) => void;

let lastStatus: MeaningStatus = { state: 'loading' };
const listeners = new Set<Listener>();
let listening = false;

function tell(message: FromMeaningWorker): void {
  if (message.type === 'status') {
    lastStatus = message.status;
    if (message.status.state === 'failed') {
      console.warn('Own It: suggestions use words only:', message.status.reason);
    }
  }
  for (const listener of listeners) listener(message);
}

function listen(): void {
  if (listening) return;
  listening = true;
  browser.runtime.onMessage.addListener((envelope: unknown, sender: browser.Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const message = onChannel(envelope, MEANING_FROM_HOST);
    if (!isMeaningAnswer(message)) return undefined;
    onFirstAnswer?.();
    onFirstAnswer = null;
    tell(message);
    return undefined;
  });
}

/** Called once by the next message from a host (the frame host waits for its first one). */
let onFirstAnswer: (() => void) | null = null;

/**
 * Asks the service worker to open the meaning host (again: the browser may have closed it since); where
 * the browser has no offscreen documents, hosts it in a hidden frame of this panel. True when it runs.
 */
async function openHost(): Promise<boolean> {
  listen();
  const reply = (await browser.runtime
    .sendMessage({ type: 'panel/open-meaning' })
    .catch((error: unknown) => ({ ok: false, reason: String(error) }))) as
    | { ok: boolean; reason?: string }
    | undefined;
  if (reply?.ok) return true;
  const { openFrameHost } = await import('./meaning-frame');
  const started = await openFrameHost((done) => {
    onFirstAnswer = done;
  });
  if (!started) {
    tell({
      type: 'status',
      status: {
        state: 'failed',
        reason: `${reply?.reason ?? 'no answer'}; the panel could not host it either`,
      },
    });
  }
  return started;
}

function send(message: ToMeaningWorker): void {
  browser.runtime.sendMessage({ channel: MEANING_TO_HOST, message }).catch(() => undefined);
}

let lastBusy = 0;

/**
 * Tells the meaning host an agent is using this panel (opening it, typing), so that background embedding
 * steps aside for a moment. At most one message a second; nothing happens when no host runs.
 */
export function meaningBusy(): void {
  const now = Date.now();
  if (now - lastBusy < 1_000) return;
  lastBusy = now;
  send({ type: 'busy' });
}

/** Opens the host if needed, then says hello and asks it to bring the vectors up to date. */
function startHost(): void {
  void openHost().then((open) => {
    if (!open) return;
    send({ type: 'hello' });
    send({ type: 'sync' });
  });
}

/**
 * Closeness in meaning of the page to the articles, once every article has its vectors; undefined until
 * then (suggestions use words only), and for a page with no text.
 */
export function useMeaning(
  index: SearchIndex | undefined,
  wordQuery: string,
  meaningText: string,
): { closeness: ReadonlyMap<string, number> | undefined; status: MeaningStatus } {
  const [status, setStatus] = useState<MeaningStatus>(lastStatus);
  const [answer, setAnswer] = useState<{ key: string; closeness: Map<string, number> } | null>(null);
  const pending = useRef<{ request: string; key: string } | null>(null);
  const key = `${wordQuery}\u0000${meaningText}`;

  useEffect(() => {
    const listener: Listener = (message) => {
      if (message.type === 'status') setStatus(message.status);
      else if (message.request === pending.current?.request && message.closeness) {
        // For the in-browser benchmark: how long a page's text took to get its closeness.
        performance.measure('ownit:meaning-closeness', `ownit:meaning-ask:${message.request}`);
        setAnswer({ key: pending.current.key, closeness: new Map(message.closeness) });
      }
    };
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);

  // Once the panel is idle: every new index (the panel opened, an article changed) may need new vectors.
  useEffect(() => {
    if (!index) return;
    const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
    idle(startHost);
  }, [index]);

  const ready = status.state === 'ready';
  useEffect(() => {
    if (!index || !ready || !meaningText) return;
    const request = crypto.randomUUID();
    pending.current = { request, key };
    performance.mark(`ownit:meaning-ask:${request}`);
    send({
      type: 'closeness',
      request,
      text: meaningText,
      candidates: index.suggestCandidates(wordQuery, WORD_CANDIDATES),
    });
  }, [index, ready, key, wordQuery, meaningText]);

  return { closeness: answer?.key === key && ready ? answer.closeness : undefined, status };
}
