// The panel's messaging with the meaning host, loaded after first paint. The model runs once for the
// whole browser, in the meaning worker of a host page the background opens on request (an offscreen
// document in Chrome and Edge, a frame of the background page in Firefox); where the background can host
// neither, the panel hosts it in a hidden frame of its own.

import {
  type Failure,
  type FromMeaningWorker,
  isMeaningAnswer,
  MEANING_FROM_HOST,
  onChannel,
  type ToMeaningWorker,
} from '../shared/messages';
import { askWorker, toMeaningHost } from '../shared/send';
import { onExtensionMessage } from './inbox';

type Tell = (message: FromMeaningWorker) => void;

let tell: Tell = () => undefined;
let listening = false;
/** Called once by the next message from a host (the frame host waits for its first one). */
let onFirstAnswer: (() => void) | null = null;

/** Other listeners (the second opinion's requests), beside `tell`. */
const others = new Set<Tell>();

/** Where answers from the host go; starts listening for them. */
export function connect(to: Tell): void {
  tell = to;
  startListening();
}

/** Also hands the host's answers to `listener`, until the returned function is called. */
export function listen(listener: Tell): () => void {
  others.add(listener);
  startListening();
  return () => {
    others.delete(listener);
  };
}

function startListening(): void {
  if (listening) return;
  listening = true;
  onExtensionMessage((envelope) => {
    const message = onChannel(envelope, MEANING_FROM_HOST);
    if (!isMeaningAnswer(message)) return;
    onFirstAnswer?.();
    onFirstAnswer = null;
    tell(message);
    for (const listener of others) listener(message);
  });
}

/**
 * Asks the service worker for the meaning host, which the browser may have closed since the last time:
 * 'created' when it had to start a new one, 'open' when one runs, 'none' when there is none and the panel
 * could not host one in a frame either.
 */
async function openHost(): Promise<'created' | 'open' | 'none'> {
  const reply = await askWorker({ type: 'panel/open-meaning' }).catch(
    (error: unknown): Failure => ({ ok: false, reason: String(error) }),
  );
  if (reply?.ok) return reply.created ? 'created' : 'open';
  const { openFrameHost } = await import('./meaning-frame');
  const started = await openFrameHost((done) => {
    onFirstAnswer = done;
  });
  if (started) return 'open';
  tell({
    type: 'status',
    status: {
      state: 'failed',
      reason: `${reply ? reply.reason : 'no answer'}; the panel could not host it either`,
    },
  });
  return 'none';
}

function send(message: ToMeaningWorker): void {
  toMeaningHost(message);
}

let lastBusy = 0;

/** An agent is using this panel: background embedding steps aside. At most one message a second. */
export function busy(): void {
  const now = Date.now();
  if (now - lastBusy < 1_000) return;
  lastBusy = now;
  send({ type: 'busy' });
}

/** Opens the host if needed, then says hello and asks it to bring the vectors up to date. */
export async function start(): Promise<void> {
  if ((await openHost()) === 'none') return;
  send({ type: 'hello' });
  send({ type: 'sync' });
}

/**
 * Sends `request` to the host. A host that had to be started again (the browser closed the last one) is
 * asked to catch up first; `afterRestart` says whether the request still goes then or is dropped.
 */
async function askHost(request: ToMeaningWorker, afterRestart: 'send' | 'drop'): Promise<void> {
  const host = await openHost();
  if (host === 'none') return;
  if (host === 'created') {
    send({ type: 'hello' });
    send({ type: 'sync' });
    if (afterRestart === 'drop') return;
  }
  send(request);
}

/**
 * Asks how close a page is to the articles; after a restart the host's status goes back to ready once
 * it caught up, and the panel asks again.
 */
export function ask(request: Extract<ToMeaningWorker, { type: 'closeness' }>): Promise<void> {
  return askHost(request, 'drop');
}

/** Asks for the second opinion on a draft (after a restart too, once the host is told to catch up). */
export function askOpinion(request: Extract<ToMeaningWorker, { type: 'opinion' }>): Promise<void> {
  return askHost(request, 'send');
}
