// The page that hosts the meaning worker for the whole browser (an offscreen document in Chrome and Edge,
// a frame of the background page in Firefox): one model and one set of vectors however many panels are
// open, none of it in a panel's bundle. It relays messages between extension pages and the worker: pages'
// requests come by runtime messages or on the direct channel (MEANING_CHANNEL) and each answer goes back
// the way its request came; a content script's page report, from a tab a panel follows, lets the worker
// embed the page's text before the panel asks.

import browser from '../shared/browser';
import {
  type FromMeaningWorker,
  type HostToWorker,
  isContentToExtension,
  isMeaningRequest,
  MEANING_CHANNEL,
  MEANING_FROM_HOST,
  MEANING_TO_HOST,
  onChannel,
} from '../shared/messages';
import { fromMeaningHost, tellWorker } from '../shared/send';
import { whoSent } from '../shared/sender';
import { FollowedTabs, pageTextToEmbed } from './followed-tabs';
import { IDLE_CLOSE_KEY, IdleWatch, idleCloseMs } from './idle-close';
import { RequestRoutes } from './request-routes';

const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });

// After a quiet period with no request and no embedding, the background is asked to close this page; a
// panel's next request opens it again.
const idle = new IdleWatch(() => {
  tellWorker({ type: 'host/close-meaning' });
}, idleCloseMs(storedIdleSetting()));

/** A shorter quiet period a benchmark set (idle-close.ts); none where the page has no localStorage. */
function storedIdleSetting(): string | null {
  try {
    return globalThis.localStorage?.getItem(IDLE_CLOSE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Same-origin only: the extension's own pages (panels, a panel's frame host), never a web page. */
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(MEANING_CHANNEL) : null;
const routes = new RequestRoutes();
const followed = new FollowedTabs();

function toWorker(message: HostToWorker): void {
  worker.postMessage(message);
}

worker.onmessage = (event: MessageEvent<FromMeaningWorker>) => {
  const message = event.data;
  if (message.type === 'status') idle.embedding(message.status.state === 'preparing');
  const route =
    message.type === 'status'
      ? 'runtime'
      : routes.answered(message.request, message.type === 'closeness' && message.more === true);
  if (route === 'channel' && channel) channel.postMessage({ channel: MEANING_FROM_HOST, message });
  // No panel open means no receiver; that is fine.
  else fromMeaningHost(message);
};
worker.onerror = (event) => {
  const message: FromMeaningWorker = {
    type: 'status',
    status: { state: 'failed', reason: event.message || 'the meaning worker stopped' },
  };
  fromMeaningHost(message);
};

function fromPage(envelope: unknown, route: 'runtime' | 'channel'): void {
  const message = onChannel(envelope, MEANING_TO_HOST);
  if (!isMeaningRequest(message)) return;
  // A page that has not heard the host on the channel yet sends its requests both ways: one is answered.
  if ((message.type === 'closeness' || message.type === 'opinion') && !routes.arrived(message.request, route))
    return;
  if (message.type === 'closeness' && message.panel !== undefined && message.tab !== undefined)
    followed.asked(message.panel, message.tab, Date.now());
  // A panel opening (hello, sync) or asking counts; its busy signals while typing count too.
  idle.request();
  toWorker(message);
}

if (channel) channel.onmessage = (event: MessageEvent<unknown>) => fromPage(event.data, 'channel');

browser.runtime.onMessage.addListener((envelope: unknown, sender: chrome.runtime.MessageSender) => {
  const from = whoSent(sender);
  if (from === 'content' && isContentToExtension(envelope)) {
    // Page data is untrusted: checked by the guard; only its text reaches the worker, cut there.
    // Only a tab a panel follows is embedded ahead (followed-tabs.ts).
    const page = pageTextToEmbed(envelope, sender, followed, browser.runtime.getURL(''), Date.now());
    if (page) toWorker({ type: 'page', ...page });
  } else if (from === 'own') fromPage(envelope, 'runtime');
  return undefined;
});
