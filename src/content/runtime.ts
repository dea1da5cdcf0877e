// The slice of the extension runtime the content script uses: typed, and the same in Chrome and Firefox.
// (chrome.* directly instead of webextension-polyfill keeps the content bundle small.)

export interface MessageSender {
  id?: string;
}

/** A runtime.onMessage listener: answers via sendResponse and returns false (answered synchronously). */
export type MessageListener = (
  message: unknown,
  sender: MessageSender,
  sendResponse: (response?: unknown) => void,
) => boolean | undefined;

export interface ContentRuntime {
  /** Undefined once the extension was reloaded or removed and this script is orphaned. */
  readonly id?: string;
  sendMessage(message: unknown): Promise<unknown> | undefined;
  onMessage: {
    addListener(listener: MessageListener): void;
    removeListener(listener: MessageListener): void;
  };
}

/** The extension runtime (Firefox `browser`, Chrome `chrome`), or undefined outside an extension. */
export function getRuntime(): ContentRuntime | undefined {
  const scope = globalThis as {
    browser?: { runtime?: ContentRuntime };
    chrome?: { runtime?: ContentRuntime };
  };
  return scope.browser?.runtime ?? scope.chrome?.runtime;
}
