// The extension API for pages that run inside the extension (panel, options, meaning host). Firefox's
// `browser` and MV3 Chrome/Edge's `chrome` both return promises, so no polyfill is needed: this picks
// Firefox's namespace where it exists and Chrome's otherwise, typed with Chrome's types.

const scope = globalThis as { browser?: typeof chrome; chrome?: typeof chrome };

function pick(): typeof chrome {
  return scope.browser ?? (scope.chrome as typeof chrome);
}

// Marked pure so a bundle that imports this module only for a helper beside it (the content script
// imports src/shared/sender.ts for its sender check) leaves the lookup out.
const browser: typeof chrome = /* @__PURE__ */ pick();

export default browser;
