// The typed way extension pages send (src/shared/messages.ts has the messages): each request to the
// worker gets its own reply type, or undefined when nothing answered (the worker was starting, or the
// extension was reloaded). Fire-and-forget messages never throw.
import browser from './browser';
import {
  type ExtensionToContent,
  type FromMeaningWorker,
  MEANING_FROM_HOST,
  MEANING_TO_HOST,
  type PanelToWorker,
  type ToMeaningWorker,
  type WorkerReply,
} from './messages';

/** Asks the service worker and waits for its answer; a browser error is thrown to the caller. */
export async function askWorker<M extends PanelToWorker>(message: M): Promise<WorkerReply<M> | undefined> {
  return (await browser.runtime.sendMessage(message)) as WorkerReply<M> | undefined;
}

/** Tells the service worker something that needs no answer. */
export function tellWorker(message: PanelToWorker): void {
  browser.runtime.sendMessage(message).catch(() => undefined);
}

/** Asks the content script of a tab; its answer is page data, which the caller checks before use. */
export async function askTab(tabId: number, message: ExtensionToContent): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message);
}

/** A page's request to the meaning host. */
export function toMeaningHost(message: ToMeaningWorker): void {
  browser.runtime.sendMessage({ channel: MEANING_TO_HOST, message }).catch(() => undefined);
}

/** The meaning host's answer, to every page at once. */
export function fromMeaningHost(message: FromMeaningWorker): void {
  browser.runtime.sendMessage({ channel: MEANING_FROM_HOST, message }).catch(() => undefined);
}
