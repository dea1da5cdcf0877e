// The slice of the extension runtime the content script uses: typed, and the same in Chrome and Firefox.
// (Not src/shared/browser.ts: the content script also checks that the runtime is still there, see below.)

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

/** An object that has the runtime's shape (an element named `runtime` does not). */
function isRuntime(value: unknown): value is ContentRuntime {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<ContentRuntime>;
  return (
    typeof candidate.sendMessage === 'function' &&
    typeof candidate.onMessage === 'object' &&
    candidate.onMessage !== null &&
    typeof candidate.onMessage.addListener === 'function'
  );
}

/**
 * The extension runtime (Firefox `browser`, Chrome `chrome`), or undefined outside an extension. Only
 * the global object's own properties are read: a page element with the id `browser` or `chrome` is
 * reachable as `window.browser` through named access (DOM clobbering, `<form id="browser"><input
 * name="runtime">`), and must never stand in for the API.
 */
export function getRuntime(scope: object = globalThis): ContentRuntime | undefined {
  const runtimeOf = (api: unknown) => {
    const runtime =
      typeof api === 'object' && api !== null ? (api as { runtime?: unknown }).runtime : undefined;
    return isRuntime(runtime) ? runtime : undefined;
  };
  for (const name of ['browser', 'chrome']) {
    const own = Object.getOwnPropertyDescriptor(scope, name);
    const found = runtimeOf(own?.get ? own.get.call(scope) : own?.value);
    if (found) return found;
  }
  // A browser that defines the API further up the global's prototype chain: still only an object with
  // the runtime's methods counts (an element named `runtime` has no sendMessage).
  const inherited = scope as { browser?: unknown; chrome?: unknown };
  return runtimeOf(inherited.browser) ?? runtimeOf(inherited.chrome);
}
