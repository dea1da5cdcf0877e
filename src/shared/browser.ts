// The extension API for pages that run inside the extension (panel, options, meaning host). Firefox's
// `browser` and MV3 Chrome/Edge's `chrome` both return promises, so no polyfill is needed: this picks
// Firefox's namespace where it exists and Chrome's otherwise, typed with Chrome's types.

const scope = globalThis as { browser?: typeof chrome; chrome?: typeof chrome };

const browser: typeof chrome = scope.browser ?? (scope.chrome as typeof chrome);

export default browser;
