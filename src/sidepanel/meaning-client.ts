// The panel's messaging with the meaning host, loaded after first paint. The model runs once for the
// whole browser, in the meaning worker of a host page the background opens on request (an offscreen
// document in Chrome and Edge, a frame of the background page in Firefox); where the background can host
// neither, the panel hosts it in a hidden frame of its own. Requests and their answers take the direct
// channel (MEANING_CHANNEL) once the host has answered on it; until then they go both ways.

import {
  type Failure,
  type FromMeaningWorker,
  isMeaningAnswer,
  MEANING_CHANNEL,
  MEANING_FROM_HOST,
  MEANING_TO_HOST,
  onChannel,
  type ToMeaningWorker,
} from '../shared/messages';
import { askWorker, toMeaningHost } from '../shared/send';
import { onExtensionMessage } from './inbox';
import { openFrameHost } from './meaning-frame';

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

/**
 * For the in-browser benchmark: how long a page's text took to get its closeness (`ownit:meaning-closeness`,
 * from the request), and where that time went (its detail, in ms): the panel before sending (`panel`: the
 * messaging code, checking the host is there), on the way to the host's worker (`toHost`), the model's
 * wait for its turn (`modelWait`) and run (`embed`), the rest of the host's work (`score`: closeness to
 * the articles), and the way back (`back`); `texts` asked and `embedded` by the model; `ahead`: how long
 * before the request the host started on the page from its content script's report, when it did. When the
 * closeness comes before the small-talk check (`more`), the complete answer is `ownit:meaning-quiet-check`.
 */
function measureCloseness(message: Extract<FromMeaningWorker, { type: 'closeness' }>): void {
  const ask = `ownit:meaning-ask:${message.request}`;
  const sent = `ownit:meaning-sent:${message.request}`;
  const askedAt = performance.getEntriesByName(ask)[0]?.startTime;
  const sentAt = performance.getEntriesByName(sent)[0]?.startTime;
  if (askedAt === undefined) return;
  const timing = message.timing;
  const wall = (at: number) => performance.timeOrigin + at;
  // A timing is read only when every figure in it is a finite number.
  const detail =
    timing && sentAt !== undefined && Object.values(timing).every(Number.isFinite)
      ? {
          panel: sentAt - askedAt,
          toHost: timing.receivedAt - wall(sentAt),
          modelWait: timing.waitMs,
          embed: timing.embedMs,
          score: timing.answeredAt - timing.receivedAt - timing.waitMs - timing.embedMs,
          back: wall(performance.now()) - timing.answeredAt,
          texts: timing.texts,
          embedded: timing.embedded,
          ...(timing.aheadMs !== undefined ? { ahead: timing.aheadMs } : {}),
        }
      : undefined;
  // The closeness sent before the small-talk check (`more`) is the request's answer; the complete one
  // that follows it is measured apart.
  const complete = firstAnswers.delete(message.request);
  performance.measure(complete ? 'ownit:meaning-quiet-check' : 'ownit:meaning-closeness', {
    start: askedAt,
    end: performance.now(),
    detail,
  });
  if (message.more) {
    firstAnswers.add(message.request);
    return;
  }
  performance.clearMarks(ask);
  performance.clearMarks(sent);
}

/** Requests whose closeness came before their small-talk check (answers with `more`). */
const firstAnswers = new Set<string>();

/** The direct channel to the host: same-origin only, so only this extension's pages are on it. */
let channel: BroadcastChannel | null = null;
/** Whether a host answered on the channel: then requests take it alone. */
let channelHeard = false;

function received(envelope: unknown, onTheChannel: boolean): void {
  const message = onChannel(envelope, MEANING_FROM_HOST);
  if (!isMeaningAnswer(message)) return;
  if (onTheChannel) channelHeard = true;
  if (message.type === 'closeness' && message.closeness) measureCloseness(message);
  onFirstAnswer?.();
  onFirstAnswer = null;
  tell(message);
  for (const listener of others) listener(message);
}

function startListening(): void {
  if (listening) return;
  listening = true;
  // The host's answers come from our own pages only, never from a content script.
  onExtensionMessage((envelope, from) => {
    if (from === 'own') received(envelope, false);
  });
  if (typeof BroadcastChannel !== 'function') return;
  channel = new BroadcastChannel(MEANING_CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => received(event.data, true);
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

/** A request: on the channel, and by runtime messages too until a host has answered on the channel. */
function request(message: Extract<ToMeaningWorker, { request: string }>): void {
  channel?.postMessage({ channel: MEANING_TO_HOST, message });
  if (!channelHeard || !channel) send(message);
}

/**
 * Checks the host is there (the browser may have closed it) beside a request already sent on the channel;
 * a host that had to be started again is asked to catch up (the request went nowhere; its status going
 * back to ready makes the panel ask again).
 */
async function checkHost(resend?: ToMeaningWorker): Promise<void> {
  if ((await openHost()) !== 'created') return;
  send({ type: 'hello' });
  send({ type: 'sync' });
  if (resend) send(resend);
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
async function askHost(
  message: Extract<ToMeaningWorker, { request: string }>,
  afterRestart: 'send' | 'drop',
): Promise<void> {
  const sending = () => {
    if (message.type === 'closeness') performance.mark(`ownit:meaning-sent:${message.request}`);
    request(message);
  };
  if (channelHeard) {
    // Straight to the host; whether it is still there is checked meanwhile, not first. A new host never
    // heard the request: it gets it again after hello and sync, or not at all.
    sending();
    return checkHost(afterRestart === 'send' ? message : undefined);
  }
  const host = await openHost();
  if (host === 'none') return;
  if (host === 'created') {
    send({ type: 'hello' });
    send({ type: 'sync' });
    if (afterRestart === 'drop') return;
  }
  sending();
}

/** This panel, to the host: the tab its closeness requests name is the one it follows now. */
const PANEL = crypto.randomUUID();

/**
 * Asks how close a page is to the articles; after a restart the host's status goes back to ready once
 * it caught up, and the panel asks again.
 */
export function ask(message: Extract<ToMeaningWorker, { type: 'closeness' }>): Promise<void> {
  return askHost(message.tab === undefined ? message : { ...message, panel: PANEL }, 'drop');
}

/** Asks for the second opinion on a draft (after a restart too, once the host is told to catch up). */
export function askOpinion(message: Extract<ToMeaningWorker, { type: 'opinion' }>): Promise<void> {
  return askHost(message, 'send');
}
