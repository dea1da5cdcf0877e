import { describe, expect, it, vi } from 'vitest';
import { configurePanel, openPanel, type PanelApis } from '../../../src/background/side-panel';

/** Chrome/Edge: a sidePanel API and a toolbar action. */
function chromeLike() {
  const sidePanel = {
    setPanelBehavior: vi.fn(async (_behavior: { openPanelOnActionClick: boolean }) => undefined),
    open: vi.fn(async (_options: { windowId: number }) => undefined),
  };
  const clicks: (() => void)[] = [];
  const action = { onClicked: { addListener: vi.fn((listener: () => void) => clicks.push(listener)) } };
  return { apis: { sidePanel, action } satisfies PanelApis, sidePanel, action, clicks };
}

/** Firefox: sidebarAction and a toolbar action, no sidePanel. */
function firefoxLike() {
  let open = false;
  const sidebarAction = {
    open: vi.fn(async () => {
      open = true;
    }),
    toggle: vi.fn(async () => {
      open = !open;
    }),
  };
  const clicks: (() => void)[] = [];
  const action = { onClicked: { addListener: vi.fn((listener: () => void) => clicks.push(listener)) } };
  return { apis: { sidebarAction, action } satisfies PanelApis, sidebarAction, clicks, isOpen: () => open };
}

describe('the side panel adapter on Chrome and Edge', () => {
  it('lets the toolbar button open the side panel and adds no click handler of its own', () => {
    const chrome = chromeLike();
    configurePanel(chrome.apis);
    expect(chrome.sidePanel.setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
    expect(chrome.clicks).toHaveLength(0);
  });

  it('opens the panel in the window of the command or menu click', async () => {
    const chrome = chromeLike();
    await openPanel(7, chrome.apis);
    expect(chrome.sidePanel.open).toHaveBeenCalledWith({ windowId: 7 });
  });

  it('says why when there is no window to open the panel in', async () => {
    const chrome = chromeLike();
    await expect(openPanel(undefined, chrome.apis)).rejects.toThrow(/No window/);
    expect(chrome.sidePanel.open).not.toHaveBeenCalled();
  });
});

describe('the side panel adapter on Firefox', () => {
  it('toggles the sidebar on each toolbar click, inside the click itself', async () => {
    const firefox = firefoxLike();
    configurePanel(firefox.apis);
    expect(firefox.clicks).toHaveLength(1);
    firefox.clicks[0]?.();
    // Called synchronously in the click handler: Firefox only opens a sidebar during a user action.
    expect(firefox.sidebarAction.toggle).toHaveBeenCalledTimes(1);
    await Promise.resolve();
    expect(firefox.isOpen()).toBe(true);
    firefox.clicks[0]?.();
    await Promise.resolve();
    expect(firefox.isOpen()).toBe(false);
  });

  it('opens the sidebar from a command with or without a window id', async () => {
    const firefox = firefoxLike();
    await openPanel(3, firefox.apis);
    expect(firefox.isOpen()).toBe(true);
    await openPanel(undefined, firefox.apis);
    expect(firefox.sidebarAction.open).toHaveBeenCalledTimes(2);
  });

  it('warns instead of throwing when the sidebar refuses to open', async () => {
    const firefox = firefoxLike();
    firefox.sidebarAction.toggle.mockRejectedValueOnce(new Error('not a user action'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    configurePanel(firefox.apis);
    firefox.clicks[0]?.();
    await vi.waitFor(() =>
      expect(warn).toHaveBeenCalledWith('Own It: could not open the panel', expect.any(Error)),
    );
    warn.mockRestore();
  });
});

describe('a browser with neither panel API', () => {
  it('rejects with a clear message and configures nothing', async () => {
    expect(() => configurePanel({})).not.toThrow();
    await expect(openPanel(1, {})).rejects.toThrow(/no side panel API/);
  });
});

describe('feature detection from the globals', () => {
  it('picks sidebarAction from `browser` when `chrome` has no sidePanel', async () => {
    const firefox = firefoxLike();
    vi.stubGlobal('chrome', { action: firefox.apis.action });
    vi.stubGlobal('browser', { sidebarAction: firefox.sidebarAction, action: firefox.apis.action });
    try {
      await openPanel(undefined);
      expect(firefox.sidebarAction.open).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('prefers sidePanel when the browser has it', async () => {
    const chrome = chromeLike();
    vi.stubGlobal('chrome', { sidePanel: chrome.sidePanel, action: chrome.action });
    try {
      await openPanel(9);
      expect(chrome.sidePanel.open).toHaveBeenCalledWith({ windowId: 9 });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
