// The only place that knows which browser's panel API exists: Chrome/Edge `sidePanel`, Firefox
// `sidebarAction`. Chosen by which API is there, never by user agent.
interface ChromeSidePanel {
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
  open(options: { windowId: number }): Promise<void>;
}

interface FirefoxSidebar {
  open(): Promise<void>;
  toggle(): Promise<void>;
}

interface ToolbarAction {
  onClicked: { addListener(listener: () => void): void };
}

export interface PanelApis {
  sidePanel?: ChromeSidePanel;
  sidebarAction?: FirefoxSidebar;
  action?: ToolbarAction;
}

type ExtensionGlobal = {
  sidePanel?: ChromeSidePanel;
  sidebarAction?: FirefoxSidebar;
  action?: ToolbarAction;
};

/** The running browser's APIs; Firefox offers its own under `browser` and mirrors most under `chrome`. */
function browserApis(): PanelApis {
  const scope = globalThis as { chrome?: ExtensionGlobal; browser?: ExtensionGlobal };
  return {
    sidePanel: scope.chrome?.sidePanel,
    sidebarAction: scope.browser?.sidebarAction ?? scope.chrome?.sidebarAction,
    action: scope.browser?.action ?? scope.chrome?.action,
  };
}

const warn = (error: unknown) => console.warn('Own It: could not open the panel', error);

/** Makes the toolbar button open the panel. */
export function configurePanel(apis: PanelApis = browserApis()): void {
  if (apis.sidePanel) {
    apis.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
    return;
  }
  // Firefox: the button has no popup, so a click is an onClicked event; toggle() must run inside it.
  const sidebar = apis.sidebarAction;
  if (sidebar) apis.action?.onClicked.addListener(() => void sidebar.toggle().catch(warn));
}

/** Opens the panel; must be called synchronously inside a user gesture (command, click). */
export function openPanel(windowId: number | undefined, apis: PanelApis = browserApis()): Promise<void> {
  if (apis.sidePanel) {
    if (windowId === undefined) return Promise.reject(new Error('No window to open the side panel in'));
    return apis.sidePanel.open({ windowId });
  }
  if (apis.sidebarAction) return apis.sidebarAction.open();
  return Promise.reject(new Error('This browser has no side panel API'));
}
