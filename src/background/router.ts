// The worker's one message router: only this extension's own pages may ask it for anything.
import { parseDueTime } from '../nudges/commitments/due-time';
import { fromOwnPage, isPanelToWorker } from '../shared/messages';
import { installStarterPack } from './install';
import { closeMeaningHost, openMeaningHost } from './meaning-host';
import { reconcileReminders } from './reminders';

export function registerRouter(): void {
  chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (!fromOwnPage(sender, chrome.runtime.id, chrome.runtime.getURL('')) || !isPanelToWorker(message))
      return false;
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
    }
  });
}
