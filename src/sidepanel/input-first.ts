// The panel's work after it is ready, kept out of the agent's way (docs/architecture.md, "Search", issue
// 18): each piece runs in a task of its own that gives pending input its turn first, and work a keystroke
// does not need waits until typing pauses.

/** How long after the last key the agent counts as typing. */
export const TYPING_PAUSE_MS = 400;

let lastKeyAt = Number.NEGATIVE_INFINITY;
let watching = false;
const onTyped = new Set<() => void>();

function watchKeys(): void {
  if (watching || typeof document === 'undefined') return;
  watching = true;
  const typed = () => {
    lastKeyAt = performance.now();
    for (const listener of onTyped) listener();
  };
  document.addEventListener('keydown', typed, true);
  document.addEventListener('input', typed, true);
}

/** Whether a key was pressed in the panel within TYPING_PAUSE_MS. */
export function typing(): boolean {
  watchKeys();
  return performance.now() - lastKeyAt < TYPING_PAUSE_MS;
}

/** Calls `listener` at every key from now on; returns a function that stops it. */
export function onKey(listener: () => void): () => void {
  watchKeys();
  onTyped.add(listener);
  return () => {
    onTyped.delete(listener);
  };
}

type Scheduler = {
  yield?: () => Promise<void>;
  postTask?: (task: () => void, options: { priority: 'background' }) => Promise<void>;
};

/**
 * Resolves in a new task, after input already waiting is handled: `scheduler.yield` where the browser has
 * it, else a message to itself (a task queued behind the input, with none of setTimeout's clamping;
 * Firefox and older Chromium).
 */
export function yieldToInput(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      done();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Resolves in a new task once the page has nothing more urgent to do: a background task where the browser
 * schedules by priority (`scheduler.postTask`), so that the page's own work and messages go first; else as
 * yieldToInput.
 */
export function yieldToAll(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.postTask === 'function')
    return scheduler.postTask(() => undefined, { priority: 'background' });
  return yieldToInput();
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Resolves once the agent is not typing (no key for TYPING_PAUSE_MS), in a task of its own after pending
 * input.
 */
export async function typingPaused(): Promise<void> {
  watchKeys();
  await yieldToInput();
  for (let wait = TYPING_PAUSE_MS - (performance.now() - lastKeyAt); wait > 0; ) {
    await sleep(wait);
    wait = TYPING_PAUSE_MS - (performance.now() - lastKeyAt);
  }
}

/**
 * Runs `task` once the agent is not typing and the browser has a moment (an idle period, or at most
 * `timeout` ms later when none comes).
 */
export function whenTypingPauses(task: () => void, timeout = 2_000): void {
  void typingPaused().then(() => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => void runWhenPaused(task), { timeout });
    else setTimeout(() => void runWhenPaused(task), 50);
  });
}

/** The idle callback came while keys were typed: waits for the pause again before running. */
async function runWhenPaused(task: () => void): Promise<void> {
  if (typing()) await typingPaused();
  task();
}
