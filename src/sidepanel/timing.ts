// User Timing marks for the panel's budgets (DESIGN.md "Budgets"), read by scripts/bench-browser.ts and
// visible in DevTools' performance panel:
// - `ownit:ready`: the knowledge base is loaded and rendered (search answers from here on);
// - `ownit:keystroke`: from an input event in the search box to its results in the DOM (the last one
//   is kept; a PerformanceObserver sees them all; detail.chars is the query's length);
// - `ownit:index-load` (detail: source, replayed) and `ownit:index-save` (knowledge.ts), with
//   `ownit:index-read` / `ownit:index-unpack` for a stored snapshot (storage/search-store.ts).
// The body's data-index-source says whether the index came from the stored snapshot or a build.
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { KnowledgeState } from './knowledge';

export const READY_MARK = 'ownit:ready';
export const KEYSTROKE_MEASURE = 'ownit:keystroke';
const SEARCH_BOX_ID = 'kb-search';

export function usePanelTimings(knowledge: KnowledgeState, query: string): void {
  const inputAt = useRef<number | null>(null);

  useEffect(() => {
    // Capture phase: runs before the search box's own handler. When keys come faster than renders, the
    // measure runs from the first key the render answers.
    const onInput = (event: Event) => {
      if ((event.target as Element | null)?.id === SEARCH_BOX_ID) inputAt.current ??= performance.now();
    };
    document.addEventListener('input', onInput, true);
    return () => document.removeEventListener('input', onInput, true);
  }, []);

  const ready = knowledge.status === 'ready';
  // After the DOM holds the results of a new query.
  useLayoutEffect(() => {
    const start = inputAt.current;
    inputAt.current = null;
    if (start === null || !ready) return;
    performance.clearMeasures(KEYSTROKE_MEASURE);
    performance.measure(KEYSTROKE_MEASURE, {
      start,
      end: performance.now(),
      detail: { chars: query.length },
    });
  }, [query]);

  useLayoutEffect(() => {
    if (knowledge.status !== 'ready') return;
    document.body.dataset.indexSource = knowledge.kb.source;
    if (performance.getEntriesByName(READY_MARK).length === 0) {
      performance.mark(READY_MARK, { detail: { source: knowledge.kb.source } });
    }
  }, [knowledge]);
}
