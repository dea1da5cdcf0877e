// Watching the page for changes that may change its context, and the agent's focus and caret.
import { isEditable } from './reply-box';

export interface WatchOptions {
  doc: Document;
  /** Called (debounced) when the page may have changed. */
  onChange(): void;
  signal: AbortSignal;
  delay?: number;
  /** Upper bound on the wait while the page keeps changing (live chats, clocks). */
  maxWait?: number;
  /** The document whose tab visibility counts (the top one, when `doc` is a frame's). */
  top?: Document;
}

/** Calls `onChange` after DOM changes, typing, selection changes and navigation settle. */
export function watchPage({
  doc,
  onChange,
  signal,
  delay = 400,
  maxWait = 2_000,
  top = doc,
}: WatchOptions): void {
  const view = doc.defaultView;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstAt = 0;
  const run = () => {
    timer = undefined;
    firstAt = 0;
    if (!signal.aborted && top.visibilityState !== 'hidden') onChange();
  };
  const schedule = () => {
    if (signal.aborted) return;
    const now = Date.now();
    if (!firstAt) firstAt = now;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(run, Math.max(0, Math.min(delay, firstAt + maxWait - now)));
  };
  const observer = new MutationObserver(schedule);
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['hidden', 'aria-hidden', 'aria-selected', 'class', 'style'],
  });
  const options = { signal, capture: true, passive: true };
  doc.addEventListener('selectionchange', schedule, options);
  doc.addEventListener('input', schedule, options);
  doc.addEventListener('focusin', schedule, options);
  doc.addEventListener('visibilitychange', schedule, options);
  // Frames (ServiceNow's gsft_main) navigate without touching this document: their load events
  // do not bubble, but reach a capturing listener here.
  doc.addEventListener('load', schedule, options);
  view?.addEventListener('hashchange', schedule, options);
  view?.addEventListener('popstate', schedule, options);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  });
}

export interface FocusTracker {
  /** The editable the agent last focused, while it is still in the page. */
  lastEditable(): Element | undefined;
  /** Whether the agent ever put the caret in `el` (else inserts go at the end). */
  wasFocused(el: Element): boolean;
  /** The caret last seen inside a contenteditable `el`. */
  savedRange(el: Element): Range | undefined;
}

/** Remembers the agent's last editable and caret, which clicking into the side panel would lose. */
export function trackFocus(doc: Document, signal: AbortSignal): FocusTracker {
  let last: Element | undefined;
  let range: Range | undefined;
  const focused: Element[] = [];
  const options = { signal, capture: true, passive: true };
  doc.addEventListener(
    'focusin',
    (event) => {
      const target = event.target as Element | null;
      const editable = target?.closest?.('textarea, input, [contenteditable], [role=textbox]');
      if (editable && isEditable(editable)) {
        last = editable;
        if (!focused.includes(editable)) focused.push(editable);
        if (focused.length > 20) focused.shift();
      }
    },
    options,
  );
  doc.addEventListener(
    'selectionchange',
    () => {
      const selection = doc.getSelection();
      if (selection?.rangeCount && last?.contains(selection.anchorNode))
        range = selection.getRangeAt(0).cloneRange();
    },
    options,
  );
  return {
    lastEditable: () => (last?.isConnected ? last : undefined),
    wasFocused: (el) => focused.some((f) => f.contains(el) || el.contains(f)),
    savedRange: (el) => (range && el.contains(range.commonAncestorContainer) ? range : undefined),
  };
}
