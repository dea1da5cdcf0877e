// The worker's one message listener. This extension's own pages may ask for anything in PanelToWorker,
// and each request gets the reply src/shared/messages.ts's WorkerReplies names; the snippet-shortcut
// script, which runs in helpdesk tabs, may only ask for its shortcuts (KeysToWorker), answered for the
// sites where the agent turned them on; the content script may ask for its reply-box editor
// (ContentToWorker). Anything else gets no answer.
import { parseDueTime } from '../nudges/commitments/due-time';
import { isContentToWorker, isKeysToWorker, isPanelToWorker, type PanelToWorker } from '../shared/messages';
import { whoSent } from '../shared/sender';
import { buildsRunningHere } from '../storage/search-save';
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
    const from = whoSent(sender);
    if (from === 'own' && isPanelToWorker(message)) return answerPage(message, sendResponse);
    const tabId = sender.tab?.id;
    if (from === 'content' && tabId !== undefined && isContentToWorker(message)) {
      chrome.scripting
        .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [EDITOR_FILE] })
        .then(() => sendResponse(true))
        .catch((error: unknown) => {
          console.warn('Own It: could not load the reply-box editor', error);
          sendResponse(false);
        });
      return true;
    }
    if (from === 'content' && isKeysToWorker(message)) {
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
  /** Replies once `work` is done (`{ ok: false, reason }` when it fails); true keeps the channel open. */
  const later = <T>(work: Promise<T>, reply: (value: T) => unknown): true => {
    work
      .then((value) => sendResponse(reply(value)))
      .catch((error: unknown) => sendResponse({ ok: false, reason: String(error) }));
    return true;
  };
  switch (message.type) {
    case 'panel/commitments-changed':
      void reconcileReminders();
      return false;
    case 'panel/index-builds':
      sendResponse({ tokens: buildsRunningHere() });
      return false;
    case 'panel/ensure-seeded':
      // The starter pack lives in the worker's bundle only; the panel asks when it finds none.
      return later(installStarterPack(), () => ({ ok: true }));
    case 'panel/open-meaning':
      return later(openMeaningHost(), (reply) => reply);
    case 'host/close-meaning':
      void closeMeaningHost().catch((error: unknown) =>
        console.warn('Own It: could not close the meaning host', error),
      );
      return false;
    case 'panel/shortcut-site':
      return later(turnShortcutSite(message.host, message.on), (sites) => ({ ok: true, sites }));
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
      return later(syncConnection(message.id, message.full), (result) => ({ ok: true, result }));
    case 'packs/sync':
      return later(syncPacks(message.id), (results) => ({ ok: true, results }));
  }
}
