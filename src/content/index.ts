// Content-script entry: only wiring. The script may be injected again (after the agent grants a site),
// so a live instance is kept and a stale one (orphaned by an extension reload) is replaced.
import { getRuntime } from './runtime';
import { type ContentScript, startContentScript } from './start';

const INSTANCE = '__ownItContentScript';

function main(): void {
  const runtime = getRuntime();
  if (!runtime?.id) return;
  const slot = window as unknown as Record<typeof INSTANCE, ContentScript | undefined>;
  const previous = slot[INSTANCE];
  if (previous?.alive()) return;
  previous?.stop();
  slot[INSTANCE] = startContentScript({ runtime, doc: document });
}

main();
