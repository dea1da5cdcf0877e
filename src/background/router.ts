// The worker's one message router: only this extension's own pages may ask it for anything.
import { fromOwnPage, isPanelToWorker } from '../shared/messages';
import { installStarterPack } from './install';
import { reconcileReminders } from './reminders';

export function registerRouter(): void {
  chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (!fromOwnPage(sender, chrome.runtime.id) || !isPanelToWorker(message)) return false;
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
    }
  });
}
