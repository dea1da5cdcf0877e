// Service worker entry: wiring only. No state lives here in memory; the worker may stop any time.
import { createContextMenu, registerCommands } from './commands';
import { registerHelpCenterSync } from './help-center-worker';
import { installStarterPack } from './install';
import { registerPackSync } from './pack-sync-worker';
import { reconcileReminders, registerReminders } from './reminders';
import { registerRouter } from './router';
import { configurePanel } from './side-panel';
import { registerSnippetKeys, syncShortcutScripts } from './snippet-keys';

configurePanel();
registerCommands();
registerReminders();
registerRouter();
registerPackSync();
registerHelpCenterSync();
registerSnippetKeys();

chrome.runtime.onInstalled.addListener((details) => {
  createContextMenu();
  // The panel shows its welcome once, after a new install (src/sidepanel/first-run.ts).
  if (details.reason === 'install') void chrome.storage.local.set({ welcome: 'pending' });
  void installStarterPack().then(() => reconcileReminders());
  void syncShortcutScripts().catch((error: unknown) => console.warn('Own It: shortcut scripts', error));
});
