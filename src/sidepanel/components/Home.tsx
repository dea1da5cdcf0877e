// The panel's home screen: nudges on the open draft, the search box (with a topic filter), and under it
// either the results or the page's suggestions and My cases. Searches that find nothing are recorded as
// knowledge gaps once the agent stops typing.
import type { RefObject } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Nudge } from '../../nudges';
import type { SearchHit } from '../../search';
import { t } from '../../shared/i18n';
import { database } from '../../storage/db';
import { events } from '../../storage/repositories';
import type { KnowledgeState } from '../knowledge';
import { meaningBusy } from '../meaning';
import type { PageState } from '../page-context';
import { ticketKeyOf } from '../ticket';
import { noteSearchTime } from '../timing';
import { MyCases } from './MyCases';
import { memo } from './memo';
import { Nudges } from './Nudges';
import { SearchResults } from './SearchResults';
import { Suggestions } from './Suggestions';

const EMPTY_SEARCH_DELAY = 1_500;
/**
 * How long, at most, the suggestions wait for the page's nudges when the panel opens: the cards sit above
 * them, and one arriving after them would push the list down under the agent's pointer.
 */
export const NUDGE_WAIT_MS = 1_000;

interface Props {
  page: PageState;
  knowledge: KnowledgeState;
  nudges: Nudge[];
  /** Whether the page's nudges are known (useNudges). */
  nudgesSettled: boolean;
  query: string;
  onQuery(query: string): void;
  tag: string;
  onTag(tag: string): void;
  searchRef: RefObject<HTMLInputElement | null>;
  onOpen(hit: Pick<SearchHit, 'id' | 'kind'>): void;
}

export function Home({
  page,
  knowledge,
  nudges,
  nudgesSettled,
  query,
  onQuery,
  tag,
  onTag,
  searchRef,
  onOpen,
}: Props) {
  const kb = knowledge.status === 'ready' ? knowledge.kb : undefined;
  const context = page.status === 'ready' ? page.context : undefined;
  // A page with words a nudge could be about holds its suggestions until its nudges are known, for at
  // most NUDGE_WAIT_MS from when they could show.
  const nudgeable = Boolean(context?.customerMessage?.trim() || context?.draft?.trim());
  // The wait is per page: one the panel follows next (another tab or ticket) waits for its own nudges.
  const pageKey = page.status === 'ready' && context ? `${page.tabId} ${ticketKeyOf(context)}` : '';
  const wouldShow = Boolean(kb) && nudgeable && !nudgesSettled;
  const [waitedFor, setWaitedFor] = useState<string | null>(null);
  const waited = waitedFor === pageKey;
  useEffect(() => {
    if (!wouldShow || waited) return;
    const timer = setTimeout(() => setWaitedFor(pageKey), NUDGE_WAIT_MS);
    return () => clearTimeout(timer);
  }, [wouldShow, waited, pageKey]);
  const holdSuggestions = nudgeable && !nudgesSettled && !waited;
  // Every index change gives a new `kb`, so these only run again when the query, filter or index changes.
  const hits = useMemo(() => {
    if (!kb || !query.trim()) return [];
    const start = performance.now();
    const found = kb.index.search(query, { limit: 20, tag: tag || undefined });
    noteSearchTime(performance.now() - start);
    return found;
  }, [kb, query, tag]);
  const topics = useMemo(() => kb?.index.tagCounts(25) ?? [], [kb]);

  useEffect(() => {
    const text = query.trim();
    if (!kb || text.length < 3 || hits.length > 0) return;
    const timer = setTimeout(() => void events.record(database(), 'search-empty', text), EMPTY_SEARCH_DELAY);
    return () => clearTimeout(timer);
  }, [kb, query, hits.length]);

  return (
    <main class="home">
      {page.status === 'ready' && nudges.length > 0 && (
        <Nudges nudges={nudges} context={page.context} tabId={page.tabId} />
      )}
      <div class="search">
        <label for="kb-search" class="visually-hidden">
          {t('panelSearchLabel')}
        </label>
        <input
          id="kb-search"
          ref={searchRef}
          type="search"
          placeholder={t('panelSearchPlaceholder')}
          autocomplete="off"
          spellcheck={false}
          value={query}
          disabled={knowledge.status === 'error'}
          onInput={(event) => {
            meaningBusy();
            onQuery(event.currentTarget.value);
          }}
        />
        {kb && query.trim() && <TagFilter tags={topics} value={tag} onChange={onTag} />}
      </div>
      {query.trim() ? (
        knowledge.status === 'loading' ? (
          <p class="muted" role="status">
            {t('panelLoadingArticles')}
          </p>
        ) : (
          <SearchResults
            hits={hits}
            query={query}
            suggestion={kb && hits.length === 0 ? kb.index.didYouMean(query) : null}
            onOpen={onOpen}
            onQuery={onQuery}
            onClear={() => onQuery('')}
            inputRef={searchRef}
          />
        )
      ) : (
        <>
          <Suggestions
            page={page}
            knowledge={knowledge}
            context={context}
            hold={holdSuggestions}
            onOpen={onOpen}
          />
          <MyCases ticketKey={context ? ticketKeyOf(context) : undefined} />
        </>
      )}
    </main>
  );
}

/** The topic filter: the same choices at every key (not rendered again while they are). */
const TagFilter = memo(function TagFilter({
  tags,
  value,
  onChange,
}: {
  tags: { tag: string; count: number }[];
  value: string;
  onChange(tag: string): void;
}) {
  if (tags.length === 0) return null;
  return (
    <select
      class="tag-filter"
      aria-label={t('panelFilterTopic')}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
    >
      <option value="">{t('panelAllTopics')}</option>
      {tags.map(({ tag, count }) => (
        <option key={tag} value={tag}>
          {tag} ({count})
        </option>
      ))}
    </select>
  );
});
