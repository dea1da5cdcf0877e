// The panel's side of suggestions by meaning: starts the meaning worker once the panel is idle, tells it
// when the knowledge base changes, and asks how close the page is to the articles.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FromMeaningWorker, MeaningStatus, ToMeaningWorker } from '../meaning/protocol';
import type { SearchIndex } from '../search';

/** Articles the words rank highest that get a meaning score (besides the closest in meaning). */
const WORD_CANDIDATES = 100;

type Listener = (message: FromMeaningWorker) => void;

let worker: Worker | null = null;
let lastStatus: MeaningStatus = { state: 'loading' };
const listeners = new Set<Listener>();

function meaningWorker(): Worker | null {
  if (worker || typeof Worker === 'undefined') return worker;
  try {
    worker = new Worker(new URL('../meaning/worker.ts', import.meta.url), { type: 'module' });
  } catch (error) {
    lastStatus = { state: 'failed', reason: String(error) };
    return null;
  }
  worker.onmessage = (event: MessageEvent<FromMeaningWorker>) => {
    if (event.data.type === 'status') {
      lastStatus = event.data.status;
      if (lastStatus.state === 'failed')
        console.warn('Own It: suggestions use words only:', lastStatus.reason);
    }
    for (const listener of listeners) listener(event.data);
  };
  worker.onerror = (event) => {
    lastStatus = { state: 'failed', reason: event.message || 'the meaning worker stopped' };
    for (const listener of listeners) listener({ type: 'status', status: lastStatus });
  };
  return worker;
}

function send(message: ToMeaningWorker): void {
  meaningWorker()?.postMessage(message);
}

let nextRequest = 1;

/**
 * Closeness in meaning of the page to the articles, once the worker has every article's vectors; undefined
 * until then (suggestions use words only), and for a page with no text.
 */
export function useMeaning(
  index: SearchIndex | undefined,
  wordQuery: string,
  meaningText: string,
): { closeness: ReadonlyMap<string, number> | undefined; status: MeaningStatus } {
  const [status, setStatus] = useState<MeaningStatus>(lastStatus);
  const [answer, setAnswer] = useState<{ key: string; closeness: Map<string, number> } | null>(null);
  const pending = useRef<{ request: number; key: string } | null>(null);
  const key = `${wordQuery}\u0000${meaningText}`;

  useEffect(() => {
    const listener: Listener = (message) => {
      if (message.type === 'status') setStatus(message.status);
      else if (message.request === pending.current?.request && message.closeness) {
        setAnswer({ key: pending.current.key, closeness: new Map(message.closeness) });
      }
    };
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);

  // Every new index (the panel opened, an article changed) may need new vectors.
  useEffect(() => {
    if (!index) return;
    const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
    idle(() => send({ type: 'sync' }));
  }, [index]);

  const ready = status.state === 'ready';
  useEffect(() => {
    if (!index || !ready || !meaningText) return;
    const request = nextRequest++;
    pending.current = { request, key };
    send({
      type: 'closeness',
      request,
      text: meaningText,
      candidates: index.suggestCandidates(wordQuery, WORD_CANDIDATES),
    });
  }, [index, ready, key, wordQuery, meaningText]);

  return { closeness: answer?.key === key && ready ? answer.closeness : undefined, status };
}
