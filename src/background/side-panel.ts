// The only place that knows which browser's panel API exists: Chrome/Edge sidePanel, Firefox sidebarAction.
type FirefoxSidebar = { sidebarAction?: { open(): Promise<void> } };

export function configurePanel(): void {
  // Clicking the toolbar icon opens the panel (Chrome/Edge); Firefox toggles its sidebar itself.
  chrome.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
}

/** Opens the panel; must be called synchronously inside a user gesture (command, click). */
export function openPanel(windowId: number | undefined): Promise<void> {
  if (chrome.sidePanel && windowId !== undefined) return chrome.sidePanel.open({ windowId });
  const sidebar = (globalThis as { browser?: FirefoxSidebar }).browser?.sidebarAction;
  if (sidebar) return sidebar.open();
  return Promise.reject(new Error('This browser has no side panel API'));
}
