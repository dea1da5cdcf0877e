import type { JSX, RefObject } from 'preact';
import { useCallback, useEffect, useReducer, useRef } from 'preact/hooks';
import type { SearchHit } from '../../search';
import { t } from '../../shared/i18n';
import { DraftButton } from './DraftButton';
import { Highlight } from './Highlight';
import { memo } from './memo';

interface Props {
  hits: SearchHit[];
  query: string;
  suggestion: string | null;
  onOpen(hit: SearchHit): void;
  onQuery(text: string): void;
  onClear(): void;
  inputRef: RefObject<HTMLInputElement | null>;
}

export function SearchResults({ hits, query, suggestion, onOpen, onQuery, onClear, inputRef }: Props) {
  // The active result is remembered by id, not position: if the list re-ranks while the agent is on it
  // (the stored index catching up, a filter), Enter still opens what is highlighted.
  // Keys can arrive faster than renders: the handler reads the latest choice from a ref; the state only
  // asks for a render.
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const activeIdRef = useRef<string | null>(null);
  const hitsRef = useRef(hits);
  hitsRef.current = hits;
  const queryRef = useRef(query);
  if (queryRef.current !== query) {
    // A new query starts at the top. Reset during render, not in an effect, so an arrow key pressed
    // right after the last letter is never undone by a late reset.
    queryRef.current = query;
    activeIdRef.current = null;
  }
  const indexOf = (id: string | null) =>
    id === null
      ? 0
      : Math.max(
          0,
          hitsRef.current.findIndex((hit) => hit.id === id),
        );
  const active = indexOf(activeIdRef.current);
  const setActive = useCallback((index: number) => {
    const list = hitsRef.current;
    activeIdRef.current = list[Math.min(Math.max(index, 0), list.length - 1)]?.id ?? null;
    rerender(0);
  }, []);
  const onOpenRef = useRef(onOpen);
  onOpenRef.current = onOpen;
  const onClearRef = useRef(onClear);
  onClearRef.current = onClear;

  // The search box keeps focus while arrows move through results (combobox pattern). One listener while
  // the list is shown: it reads the latest results and handlers, so typing does not replace it at every key.
  useEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        setActive(indexOf(activeIdRef.current) + 1);
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        setActive(indexOf(activeIdRef.current) - 1);
      } else if (event.key === 'Enter') {
        const hit = hitsRef.current[indexOf(activeIdRef.current)];
        if (hit) {
          event.preventDefault();
          onOpenRef.current(hit);
        }
      } else if (event.key === 'Escape') {
        event.preventDefault();
        onClearRef.current();
      }
    };
    input.addEventListener('keydown', onKey);
    input.setAttribute('aria-controls', 'search-results');
    return () => {
      input.removeEventListener('keydown', onKey);
      // Cleared search: the box no longer points at a list that is gone.
      input.removeAttribute('aria-controls');
      input.removeAttribute('aria-activedescendant');
    };
  }, [inputRef, setActive]);
  const activeDescendant = hits[active] ? `result-${active}` : '';
  useEffect(() => {
    inputRef.current?.setAttribute('aria-activedescendant', activeDescendant);
  }, [inputRef, activeDescendant]);

  if (hits.length === 0) {
    return (
      <section id="search-results" class="results-empty" aria-live="polite">
        <p>{around('panelNoMatch', <strong>{query.trim()}</strong>)}</p>
        {suggestion && (
          <p>
            {around(
              'panelDidYouMean',
              <button type="button" class="link" onClick={() => onQuery(suggestion)}>
                {suggestion}
              </button>,
            )}
          </p>
        )}
        <p class="muted">{t('panelNoMatchHint')}</p>
        <p>
          <DraftButton from={{ search: query }} label={t('captureDraftAbout', query.trim())} />
        </p>
      </section>
    );
  }

  return (
    <section aria-label={t('panelSearchResults')}>
      <p class="visually-hidden" aria-live="polite">
        {hits.length === 1 ? t('panelResultsOne') : t('panelResultsMany', hits.length)}
      </p>
      <div id="search-results" class="results" role="listbox" aria-label={t('panelSearchResults')}>
        {hits.map((hit, index) => (
          <ResultRow
            key={hit.id}
            hit={hit}
            index={index}
            active={index === active}
            onOpen={onOpen}
            onHover={setActive}
          />
        ))}
      </div>
    </section>
  );
}

interface RowProps {
  hit: SearchHit;
  index: number;
  active: boolean;
  onOpen(hit: SearchHit): void;
  onHover(index: number): void;
}

/**
 * One result. A row whose hit shows the same as before (the search gives new hit objects at every key) is
 * not rendered again: as the agent types, most rows stay.
 */
const ResultRow = memo(
  ({ hit, index, active, onOpen, onHover }: RowProps) => (
    <div
      id={`result-${index}`}
      role="option"
      tabIndex={-1}
      aria-selected={active}
      class={active ? 'result active' : 'result'}
      onClick={() => onOpen(hit)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onOpen(hit);
      }}
      onMouseEnter={() => onHover(index)}
    >
      <span class="result-title">
        {hit.kind === 'playbook' && <span class="chip">{t('panelPlaybookChip')}</span>}
        {hit.kind === 'snippet' && <span class="chip">{t('snippetChip')}</span>}
        <Highlight text={hit.title} terms={hit.titleTerms} />
        {hit.stale && <span class="chip warn">{t('panelReviewDue')}</span>}
      </span>
      {hit.excerpt && <span class="result-excerpt">{hit.excerpt}</span>}
    </div>
  ),
  (previous, next) =>
    previous.index === next.index &&
    previous.active === next.active &&
    previous.onOpen === next.onOpen &&
    previous.onHover === next.onHover &&
    sameHitShown(previous.hit, next.hit),
);

/** Whether two hits show the same (their scores aside, which no row shows). */
function sameHitShown(a: SearchHit, b: SearchHit): boolean {
  return (
    a === b ||
    (a.id === b.id &&
      a.kind === b.kind &&
      a.title === b.title &&
      a.stale === b.stale &&
      a.excerpt === b.excerpt &&
      a.titleTerms.length === b.titleTerms.length &&
      a.titleTerms.every((term, i) => term === b.titleTerms[i]))
  );
}

const MARK = '\u0001';

/** A whole sentence with an element (the query, a button) where its one placeholder goes. */
function around(key: string, part: JSX.Element) {
  const [before = '', after = ''] = t(key, MARK).split(MARK);
  return (
    <>
      {before}
      {part}
      {after}
    </>
  );
}
