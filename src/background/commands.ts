import { t } from '../shared/i18n';
import { putIntent } from '../shared/intents';
import { openPanel } from './side-panel';

export const SEARCH_MENU_ID = 'ownit-search-selection';

export function registerCommands(): void {
  chrome.commands.onCommand.addListener((command, tab) => {
    if (command !== 'own-this') return;
    // open() first: the user gesture is lost after the first await.
    openPanel(tab?.windowId).catch((error) => console.warn('Own It: could not open the panel', error));
    void putIntent({ kind: 'own-this', tabId: tab?.id, at: Date.now() });
  });

  chrome.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== SEARCH_MENU_ID || !info.selectionText) return;
    openPanel(tab?.windowId).catch((error) => console.warn('Own It: could not open the panel', error));
    void putIntent({ kind: 'search', text: info.selectionText.slice(0, 200), at: Date.now() });
  });
}

export function createContextMenu(): void {
  chrome.contextMenus.removeAll(() => {
    chrome.contextMenus.create({
      id: SEARCH_MENU_ID,
      // `%s` is where the browser shows the selected text.
      title: t('workerSearchMenu'),
      contexts: ['selection'],
    });
  });
}
