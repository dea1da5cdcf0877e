// The snippet-shortcut script's entry: injected only on sites where the agent turned shortcuts on (the
// worker registers it, src/background/snippet-keys.ts), apart from the content script, which stays
// small. Injected again into an open tab, it keeps the live instance (kept under a symbol, which no
// element name can shadow) and replaces one orphaned by an extension reload.
import { getRuntime } from '../runtime';
import { type SnippetKeys, startSnippetKeys } from './start';

const INSTANCE = Symbol.for('ownit.snippetKeys');

function main(): void {
  const runtime = getRuntime();
  if (!runtime?.id) return;
  const slot = globalThis as unknown as Record<typeof INSTANCE, SnippetKeys | undefined>;
  const previous = Object.getOwnPropertyDescriptor(slot, INSTANCE)?.value as SnippetKeys | undefined;
  if (typeof previous?.alive === 'function' && previous.alive()) return;
  previous?.stop?.();
  Object.defineProperty(slot, INSTANCE, {
    value: startSnippetKeys(runtime, document),
    configurable: true,
    writable: true,
  });
}

main();
