// User Timing marks for the panel's budgets (DESIGN.md "Budgets"), read by scripts/bench-browser.ts and
// visible in DevTools' performance panel:
// - `ownit:ready`: the knowledge base is loaded and rendered (search answers from here on);
// - `ownit:keystroke`: from an input event in the search box to its results in the DOM (the last one
//   is kept; a PerformanceObserver sees them all; detail.chars is the query's length, detail.searchMs the
//   search's part of it, noted by noteSearchTime);
// - `ownit:index-load` (detail: source, replayed) and `ownit:index-save` (knowledge.ts), with
//   `ownit:index-read` / `ownit:index-unpack` for a stored snapshot (storage/search-store.ts), marks
//   `ownit:index-row` / `ownit:index-texts-row` when its two rows arrived and `ownit:index-bytes` when
//   the index row's bytes were read, `ownit:early-start` / `ownit:early-open` when that script started
//   and when its database opened (public/early-index.js),
//   `ownit:db-open` when the panel's database connection opened, `ownit:index-texts` when the texts
//   were attached (after ready).
// - `ownit:page-facts` (page-context.ts): the panel got the page's facts; `ownit:suggest-words` and
//   `ownit:suggest-meaning`: from the facts of a page with new text to its suggestions in the DOM, by
//   words, then ordered with meaning (useSuggestionTimings, in Suggestions.tsx); `ownit:suggest-complete`
//   once the meaning host's small-talk check is in too (it may come after the suggestions with meaning).
// The body's data-index-source says whether the index came from the stored snapshot or a build.
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { KnowledgeState } from './knowledge';

export const READY_MARK = 'ownit:ready';
export const KEYSTROKE_MEASURE = 'ownit:keystroke';
const SEARCH_BOX_ID = 'kb-search';
export const PAGE_FACTS_MARK = 'ownit:page-facts';

/** Milliseconds of the last typed search (Home.tsx), for the keystroke measure's detail. */
let searchMs = Number.NaN;

export function noteSearchTime(ms: number): void {
  searchMs = ms;
}

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
      detail: { chars: query.length, searchMs },
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

/**
 * Measures how long a page with new text takes to show its suggestions: by words (`shown`), then with
 * meaning (`withMeaning`), each once per page text, from the latest page-facts mark before the change;
 * and when the meaning host's answer is complete (`complete`: its small-talk check done too, which may
 * come after the suggestions with meaning), `ownit:suggest-complete`.
 */
export function useSuggestionTimings(
  pageKey: string,
  shown: boolean,
  withMeaning: boolean,
  complete = withMeaning,
): void {
  const page = useRef<{
    key: string;
    start: number;
    words: boolean;
    meaning: boolean;
    complete: boolean;
  } | null>(null);
  useLayoutEffect(() => {
    if (page.current?.key !== pageKey) {
      const marks = performance.getEntriesByName(PAGE_FACTS_MARK);
      const start = marks[marks.length - 1]?.startTime ?? performance.now();
      page.current = { key: pageKey, start, words: false, meaning: false, complete: false };
    }
    const current = page.current;
    if (!pageKey) return;
    const end = performance.now();
    if (shown && !current.words) {
      current.words = true;
      performance.measure('ownit:suggest-words', { start: current.start, end });
    }
    if (shown && withMeaning && !current.meaning) {
      current.meaning = true;
      performance.measure('ownit:suggest-meaning', { start: current.start, end });
    }
    if (shown && complete && !current.complete) {
      current.complete = true;
      performance.measure('ownit:suggest-complete', { start: current.start, end });
    }
  }, [pageKey, shown, withMeaning, complete]);
}
