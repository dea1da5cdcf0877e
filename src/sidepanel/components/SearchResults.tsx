import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchHit } from '../../search';
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
  const [active, setActiveState] = useState(0);
  // Keys can arrive faster than renders: the handler reads the latest position from a ref.
  const activeRef = useRef(0);
  const setActive = (next: number | ((current: number) => number)) => {
    activeRef.current = typeof next === 'function' ? next(activeRef.current) : next;
    setActiveState(activeRef.current);
  };
  // A new query starts at the top.
  useEffect(() => setActive(0), [query]);

  // The search box keeps focus while arrows move through results (combobox pattern).
  useEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        setActive((i) => Math.min(i + 1, hits.length - 1));
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        setActive((i) => Math.max(i - 1, 0));
      } else if (event.key === 'Enter') {
        const hit = hits[activeRef.current];
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
    return () => input.removeEventListener('keydown', onKey);
  }, [hits, active, onOpen, onClear, inputRef]);

  if (hits.length === 0) {
    return (
      <section class="results-empty" aria-live="polite">
        <p>
          No article matches <strong>“{query.trim()}”</strong>.
        </p>
        {suggestion && (
          <p>
            Did you mean{' '}
            <button type="button" class="link" onClick={() => onQuery(suggestion)}>
              {suggestion}
            </button>
            ?
          </p>
        )}
        <p class="muted">
          Try fewer or different words. This search is saved as a knowledge gap for your team.
        </p>
      </section>
    );
  }

  return (
    <section aria-label="Search results">
      <p class="visually-hidden" aria-live="polite">
        {hits.length} results
      </p>
      <div id="search-results" class="results" role="listbox" aria-label="Search results">
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
              {hit.kind === 'playbook' && <span class="chip">Playbook</span>}
              <Highlight text={hit.title} terms={hit.titleTerms} />
              {hit.stale && <span class="chip warn">Review due</span>}
            </span>
            {hit.excerpt && <span class="result-excerpt">{hit.excerpt}</span>}
          </div>
        ))}
      </div>
    </section>
  );
}
