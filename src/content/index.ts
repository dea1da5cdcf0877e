// Content-script entry: only wiring. The script may be injected again (after the agent grants a site),
// so a live instance is kept and a stale one (orphaned by an extension reload) is replaced.
//
// It runs at document_start and takes hold of the extension API at once: a page whose elements are
// named `browser` or `chrome` (DOM clobbering, `<form id="browser"><input name="runtime">`) can keep
// Chrome from defining those names in the script's world when it is created after they exist. Before the
// page has any elements nothing can shadow them; the page is read once its DOM is parsed.
import { getRuntime } from './runtime';
import { type ContentScript, startContentScript } from './start';

// Kept under a symbol, which no element id or name can shadow (named access covers string names only),
// in the content script's own world, which the page does not see.
const INSTANCE = Symbol.for('ownit.contentScript');

function start(runtime: NonNullable<ReturnType<typeof getRuntime>>): void {
  if (!runtime.id) return;
  const slot = globalThis as unknown as Record<typeof INSTANCE, ContentScript | undefined>;
  const found = Object.getOwnPropertyDescriptor(slot, INSTANCE)?.value as ContentScript | undefined;
  const previous = typeof found?.alive === 'function' ? found : undefined;
  if (previous?.alive()) return;
  previous?.stop();
  Object.defineProperty(slot, INSTANCE, {
    value: startContentScript({ runtime, doc: document }),
    configurable: true,
    writable: true,
  });
}

function main(): void {
  const runtime = getRuntime();
  if (!runtime?.id) return;
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => start(runtime), { once: true });
  } else start(runtime);
}

main();
