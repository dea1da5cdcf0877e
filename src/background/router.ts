// The worker's one message listener. This extension's own pages may ask for anything in PanelToWorker,
// and each request gets the reply src/shared/messages.ts's WorkerReplies names; the snippet-shortcut
// script, which runs in helpdesk tabs, may only ask for its shortcuts (KeysToWorker), answered for the
// sites where the agent turned them on; the content script may ask for its reply-box editor
// (ContentToWorker). Anything else gets no answer.
import { parseDueTime } from '../nudges/commitments/due-time';
import {
  fromOwnExtension,
  fromOwnPage,
  isContentToWorker,
  isKeysToWorker,
  isPanelToWorker,
  type PanelToWorker,
} from '../shared/messages';
import { syncConnection } from './help-center-worker';
import { installStarterPack } from './install';
import { closeMeaningHost, openMeaningHost } from './meaning-host';
import { syncPacks } from './pack-sync-worker';
import { reconcileReminders } from './reminders';
import { answerKeys, turnShortcutSite } from './snippet-keys';

/** The reply-box editor script (vite.editor.config.ts), injected on a page's first text change. */
export const EDITOR_FILE = 'editor.js';

export function registerRouter(): void {
  chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (fromOwnPage(sender, chrome.runtime.id, chrome.runtime.getURL('')) && isPanelToWorker(message))
      return answerPage(message, sendResponse);
    const tabId = sender.tab?.id;
    if (fromOwnExtension(sender, chrome.runtime.id) && tabId !== undefined && isContentToWorker(message)) {
      chrome.scripting
        .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [EDITOR_FILE] })
        .then(() => sendResponse(true))
        .catch((error: unknown) => {
          console.warn('Own It: could not load the reply-box editor', error);
          sendResponse(false);
        });
      return true;
    }
    if (fromOwnExtension(sender, chrome.runtime.id) && sender.tab !== undefined && isKeysToWorker(message)) {
      answerKeys(message, sender)
        .then((answer) => sendResponse(answer ?? null))
        .catch((error: unknown) => {
          console.warn('Own It: could not answer a snippet shortcut', error);
          sendResponse(null);
        });
      return true;
    }
    return false;
  });
}

/** Answers one of our pages; true when the answer comes later (the browser keeps the channel open). */
function answerPage(message: PanelToWorker, sendResponse: (reply: unknown) => void): boolean {
  switch (message.type) {
    case 'panel/commitments-changed':
      void reconcileReminders();
      return false;
    case 'panel/ensure-seeded':
      // The starter pack lives in the worker's bundle only; the panel asks when it finds none.
      installStarterPack()
        .then(() => sendResponse({ ok: true }))
        .catch((error: unknown) => sendResponse({ ok: false, reason: String(error) }));
      return true;
    case 'panel/open-meaning':
      openMeaningHost()
        .then(sendResponse)
        .catch((error: unknown) => sendResponse({ ok: false, reason: String(error) }));
      return true;
    case 'host/close-meaning':
      void closeMeaningHost().catch((error: unknown) =>
        console.warn('Own It: could not close the meaning host', error),
      );
      return false;
    case 'panel/shortcut-site':
      turnShortcutSite(message.host, message.on)
        .then((sites) => sendResponse({ ok: true, sites }))
        .catch((error: unknown) => sendResponse({ ok: false, reason: String(error) }));
      return true;
    case 'panel/parse-due': {
      // A bad zone or text never leaves the panel waiting: the answer is "no due time found".
      let due = null;
      try {
        due = parseDueTime(message.text, {
          now: message.now,
          timeZone: message.timeZone,
          hour12: message.hour12,
        });
      } catch (error) {
        console.warn('Own It: could not read a due time', error);
      }
      sendResponse(due);
      return false;
    }
    case 'helpcenters/sync':
      syncConnection(message.id, message.full)
        .then((result) => sendResponse({ ok: true, result }))
        .catch((error: unknown) => sendResponse({ ok: false, reason: String(error) }));
      return true;
    case 'packs/sync':
      syncPacks(message.id)
        .then((results) => sendResponse({ ok: true, results }))
        .catch((error: unknown) => sendResponse({ ok: false, reason: String(error) }));
      return true;
  }
}
