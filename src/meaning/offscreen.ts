// The offscreen document that hosts the meaning worker for the whole browser (Chrome, Edge): one model and
// one set of vectors however many panels are open, none of it in a panel's bundle. It relays messages
// between extension pages and the worker.
import browser from '../shared/browser';
import { IdleWatch } from './idle-close';
import {
  type FromMeaningWorker,
  isMeaningRequest,
  MEANING_FROM_HOST,
  MEANING_TO_HOST,
  onChannel,
} from './protocol';

const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });

// After a quiet period with no request and no embedding, the service worker is asked to close this
// document (Chrome, Edge); a panel's next request opens it again.
const idle = new IdleWatch(() => {
  browser.runtime.sendMessage({ type: 'host/close-meaning' }).catch(() => undefined);
});

worker.onmessage = (event: MessageEvent<FromMeaningWorker>) => {
  if (event.data.type === 'status') idle.embedding(event.data.status.state === 'preparing');
  // No panel open means no receiver; that is fine.
  browser.runtime.sendMessage({ channel: MEANING_FROM_HOST, message: event.data }).catch(() => undefined);
};
worker.onerror = (event) => {
  const message: FromMeaningWorker = {
    type: 'status',
    status: { state: 'failed', reason: event.message || 'the meaning worker stopped' },
  };
  browser.runtime.sendMessage({ channel: MEANING_FROM_HOST, message }).catch(() => undefined);
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
