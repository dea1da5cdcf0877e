// Service worker entry: wiring only. No state lives here in memory; the worker may stop any time.
import { createContextMenu, registerCommands } from './commands';
import { installStarterPack } from './install';
import { reconcileReminders, registerReminders } from './reminders';
import { registerRouter } from './router';
import { configurePanel } from './side-panel';

configurePanel();
registerCommands();
registerReminders();
registerRouter();

chrome.runtime.onInstalled.addListener(() => {
  createContextMenu();
  void installStarterPack().then(() => reconcileReminders());
});
