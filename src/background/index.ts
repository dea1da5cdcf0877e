// Service worker entry: wiring only. No state lives here in memory; the worker may stop any time.
import { createContextMenu, registerCommands } from './commands';
import { registerHelpCenterSync } from './help-center-worker';
import { installStarterPack } from './install';
import { registerPackSync } from './pack-sync-worker';
import { reconcileReminders, registerReminders } from './reminders';
import { registerRouter } from './router';
import { configurePanel } from './side-panel';

configurePanel();
registerCommands();
registerReminders();
registerRouter();
registerPackSync();
registerHelpCenterSync();

chrome.runtime.onInstalled.addListener(() => {
  createContextMenu();
  void installStarterPack().then(() => reconcileReminders());
});
