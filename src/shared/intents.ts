// What the agent asked for from outside the panel (keyboard command, context menu). Kept in
// storage.session, not worker memory, because the worker may stop before the panel reads it.
import browser from './browser';

export type PanelIntent =
  | { kind: 'own-this'; tabId?: number; at: number }
  | { kind: 'search'; text: string; at: number };

const KEY = 'panelIntent';

export async function putIntent(intent: PanelIntent): Promise<void> {
  await browser.storage.session.set({ [KEY]: intent });
}

/** Reads and clears the pending intent, if any. */
export async function takeIntent(): Promise<PanelIntent | undefined> {
  const stored = await browser.storage.session.get(KEY);
  const intent = stored[KEY] as PanelIntent | undefined;
  if (intent) await browser.storage.session.remove(KEY);
  return intent;
}

export function watchIntents(onIntent: (intent: PanelIntent) => void): () => void {
  const listener = (changes: Record<string, chrome.storage.StorageChange>, area: string) => {
    if (area === 'session' && changes[KEY]?.newValue) {
      void takeIntent().then((intent) => intent && onIntent(intent));
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
