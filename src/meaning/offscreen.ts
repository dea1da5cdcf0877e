// The page that hosts the meaning worker for the whole browser (an offscreen document in Chrome and Edge,
// a frame of the background page in Firefox): one model and one set of vectors however many panels are
// open, none of it in a panel's bundle. It relays messages between extension pages and the worker.

import browser from '../shared/browser';
import { type FromMeaningWorker, isMeaningRequest, MEANING_TO_HOST, onChannel } from '../shared/messages';
import { fromMeaningHost, tellWorker } from '../shared/send';
import { IDLE_CLOSE_KEY, IdleWatch, idleCloseMs } from './idle-close';

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

worker.onmessage = (event: MessageEvent<FromMeaningWorker>) => {
  if (event.data.type === 'status') idle.embedding(event.data.status.state === 'preparing');
  // No panel open means no receiver; that is fine.
  fromMeaningHost(event.data as FromMeaningWorker);
};
worker.onerror = (event) => {
  const message: FromMeaningWorker = {
    type: 'status',
    status: { state: 'failed', reason: event.message || 'the meaning worker stopped' },
  };
  fromMeaningHost(message);
};

browser.runtime.onMessage.addListener((envelope: unknown, sender: chrome.runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  const message = onChannel(envelope, MEANING_TO_HOST);
  if (!isMeaningRequest(message)) return undefined;
  // A panel opening (hello, sync) or asking counts; its busy signals while typing count too.
  idle.request();
  worker.postMessage(message);
  return undefined;
});
