import type { JSX, RefObject } from 'preact';
import { useEffect, useReducer, useRef } from 'preact/hooks';
import type { SearchHit } from '../../search';
import { t } from '../../shared/i18n';
import { DraftButton } from './DraftButton';
import { Highlight } from './Highlight';

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
  const setActive = (index: number) => {
    const list = hitsRef.current;
    activeIdRef.current = list[Math.min(Math.max(index, 0), list.length - 1)]?.id ?? null;
    rerender(0);
  };

  // The search box keeps focus while arrows move through results (combobox pattern).
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
          onOpen(hit);
        }
      } else if (event.key === 'Escape') {
        event.preventDefault();
        onClear();
      }
    };
    input.addEventListener('keydown', onKey);
    input.setAttribute('aria-controls', 'search-results');
    input.setAttribute('aria-activedescendant', hits[active] ? `result-${active}` : '');
    return () => {
      input.removeEventListener('keydown', onKey);
      // Cleared search: the box no longer points at a list that is gone.
      input.removeAttribute('aria-controls');
      input.removeAttribute('aria-activedescendant');
    };
  }, [hits, active, onOpen, onClear, inputRef]);

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
          <div
            key={hit.id}
            id={`result-${index}`}
            role="option"
            tabIndex={-1}
            aria-selected={index === active}
            class={index === active ? 'result active' : 'result'}
            onClick={() => onOpen(hit)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') onOpen(hit);
            }}
            onMouseEnter={() => setActive(index)}
          >
            <span class="result-title">
              {hit.kind === 'playbook' && <span class="chip">{t('panelPlaybookChip')}</span>}
              {hit.kind === 'snippet' && <span class="chip">{t('snippetChip')}</span>}
              <Highlight text={hit.title} terms={hit.titleTerms} />
              {hit.stale && <span class="chip warn">{t('panelReviewDue')}</span>}
            </span>
            {hit.excerpt && <span class="result-excerpt">{hit.excerpt}</span>}
          </div>
        ))}
      </div>
    </section>
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
