// The panel's side of suggestions by meaning: a hook that asks the meaning host how close the page is to
// the articles, and a way to tell the host the agent is busy. The messaging itself (meaning-client.ts)
// loads after first paint.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { SearchIndex } from '../search';
import { type FromMeaningWorker, type MeaningStatus, WORD_CANDIDATES } from '../shared/messages';

type Listener = (message: FromMeaningWorker) => void;

let lastStatus: MeaningStatus = { state: 'loading' };
const listeners = new Set<Listener>();

function tell(message: FromMeaningWorker): void {
  if (message.type === 'status') {
    lastStatus = message.status;
    if (message.status.state === 'failed') {
      console.warn('Own It: suggestions use words only:', message.status.reason);
    }
  }
  for (const listener of listeners) listener(message);
}

let loading: Promise<typeof import('./meaning-client')> | null = null;

function client(): Promise<typeof import('./meaning-client')> {
  loading ??= import('./meaning-client').then((module) => {
    module.connect(tell);
    return module;
  });
  return loading;
}

/**
 * Tells the meaning host an agent is using this panel (opening it, typing), so that background embedding
 * steps aside for a moment; nothing happens when no host runs.
 */
export function meaningBusy(): void {
  void client().then((module) => module.busy());
}

/**
 * Closeness in meaning of the page to the articles once every article has its vectors; before that, to
 * the page's top word suggestions once those have theirs (the host embeds them first). Undefined until
 * then (suggestions use words only), and for a page with no text.
 */
export function useMeaning(
  index: SearchIndex | undefined,
  wordQuery: string,
  meaningText: string,
  /** Changes whenever the knowledge base does (the index is kept current in place). */
  version?: unknown,
  /** The tab the panel follows: the host may embed its page's next text before it is asked. */
  tab?: number,
  /** The customer's latest message: small talk only makes the answer `quiet`. */
  message?: string,
): {
  closeness?: ReadonlyMap<string, number>;
  quiet?: boolean;
  /** The closeness came before the small-talk check: its answer (quiet or not) follows. */
  more?: boolean;
  status: MeaningStatus;
} {
  const [status, setStatus] = useState<MeaningStatus>(lastStatus);
  const [answer, setAnswer] = useState<{
    key: string;
    closeness: Map<string, number>;
    quiet?: boolean;
    more?: boolean;
  } | null>(null);
  const pending = useRef<{ request: string; key: string } | null>(null);
  // The latest message is part of the meaning text, or the agent's selection is (the host then ignores it).
  const key = `${wordQuery}\u0000${meaningText}`;

  useEffect(() => {
    const listener: Listener = (message) => {
      if (message.type === 'status') setStatus(message.status);
      else if (
        message.type === 'closeness' &&
        message.request === pending.current?.request &&
        message.closeness
      ) {
        // A first answer (`more`) is the complete suggestions for a message that states a problem; the
        // small-talk check's answer follows it for the same request.
        setAnswer({
          key: pending.current.key,
          closeness: new Map(message.closeness),
          quiet: message.quiet,
          more: message.more,
        });
      }
    };
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);

  // Once the panel is idle: every new index or change to it (the panel opened, an article was edited or
  // learned a phrasing) may need new vectors.
  useEffect(() => {
    if (!index) return;
    const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
    idle(() => void client().then((module) => module.start()));
  }, [index, version]);

  const ready = status.state === 'ready';
  // While the host embeds articles it takes this page's top word suggestions first and, once they have
  // vectors, orders them by meaning: ask again as it progresses until an answer comes.
  const preparing = status.state === 'preparing';
  const tick = preparing && answer?.key !== key ? Math.floor(status.done / 3) : -1;
  // Asked as soon as the words' suggestions are in the DOM, before the browser paints them (an effect would
  // wait for the next frame): the host works while the panel paints.
  useLayoutEffect(() => {
    if (!index || !(ready || preparing) || !meaningText) return;
    const request = crypto.randomUUID();
    pending.current = { request, key };
    performance.mark(`ownit:meaning-ask:${request}`);
    void client().then((module) =>
      module.ask({
        type: 'closeness',
        request,
        text: meaningText,
        candidates: index.suggestCandidates(wordQuery, WORD_CANDIDATES),
        tab,
        message,
      }),
    );
  }, [index, ready, preparing, tick, key, wordQuery, meaningText, tab, message]);

  return { ...(answer?.key === key ? answer : undefined), status };
}
