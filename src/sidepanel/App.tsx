import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SearchHit } from '../search';
import browser from '../shared/browser';
import { t } from '../shared/i18n';
import { type PanelIntent, takeIntent, watchIntents } from '../shared/intents';
import { database } from '../storage/db';
import { events } from '../storage/repositories';
import {
  LazyArticleView,
  LazyInsights,
  LazyOwnThisForm,
  LazyPlaybookView,
  LazyShortcutHelp,
  LazySnippetView,
  LazyWelcome,
  preloadViews,
} from './components/lazy-views';
import { MyCases } from './components/MyCases';
import { Nudges } from './components/Nudges';
import { SearchResults } from './components/SearchResults';
import { Suggestions } from './components/Suggestions';
import { welcomePending } from './first-run';
import { useKbItem } from './kb-item';
import { followKnowledge, type KnowledgeState } from './knowledge';
import { meaningBusy } from './meaning';
import { followPage, type PageState } from './page-context';
import { ticketKeyOf } from './ticket';
import { usePanelTimings } from './timing';
import { useNudges } from './use-nudges';

type View =
  | { name: 'home' }
  | { name: 'item'; hit: Pick<SearchHit, 'id' | 'kind'> }
  | { name: 'note'; text?: string }
  | { name: 'insights' };

const EMPTY_SEARCH_DELAY = 1_500;

export function App() {
  const [knowledge, setKnowledge] = useState<KnowledgeState>({ status: 'loading' });
  const [page, setPage] = useState<PageState>({ status: 'loading' });
  const [view, setView] = useState<View>({ name: 'home' });
  const [query, setQuery] = useState('');
  const [tag, setTag] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  const [welcome, setWelcome] = useState(false);
  const [help, setHelp] = useState(false);

  useEffect(() => {
    welcomePending()
      .then(setWelcome)
      .catch(() => undefined);
  }, []);

  useEffect(
    () =>
      followKnowledge(
        (kb) => setKnowledge({ status: 'ready', kb }),
        (error: unknown) =>
          setKnowledge({
            status: 'error',
            message: t('panelKbOpenFailed', describe(error)),
          }),
      ),
    [],
  );
  usePanelTimings(knowledge, query);

  useEffect(() => followPage(setPage), []);

  const applyIntent = useCallback((intent: PanelIntent) => {
    if (intent.kind === 'own-this') setView({ name: 'note' });
    else {
      setView({ name: 'home' });
      setQuery(intent.text);
    }
  }, []);

  // The views behind the home screen load while the agent is still reading it.
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 500));
    idle(() => preloadViews());
  }, []);

  useEffect(() => {
    void takeIntent()
      .then((intent) => intent && applyIntent(intent))
      .catch(() => undefined);
    return watchIntents(applyIntent);
  }, [applyIntent]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
      if (event.key === '?' && !typing) {
        event.preventDefault();
        setHelp(true);
      } else if (event.key === '/' && !typing) {
        event.preventDefault();
        setView({ name: 'home' });
        requestAnimationFrame(() => searchRef.current?.focus());
      } else if (event.key === 'Escape' && view.name !== 'home' && !typing) {
        setView({ name: 'home' });
        requestAnimationFrame(() => searchRef.current?.focus());
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [view]);

  const kb = knowledge.status === 'ready' ? knowledge.kb : undefined;
  const item = useKbItem(kb, view.name === 'item' ? view.hit : undefined);
  // Every index change gives a new `kb`, so these only run again when the query, filter or index changes.
  const hits = useMemo(
    () => (kb && query.trim() ? kb.index.search(query, { limit: 20, tag: tag || undefined }) : []),
    [kb, query, tag],
  );
  const topics = useMemo(() => kb?.index.tagCounts(25) ?? [], [kb]);

  useEffect(() => {
    const text = query.trim();
    if (!kb || text.length < 3 || hits.length > 0) return;
    const timer = setTimeout(() => void events.record(database(), 'search-empty', text), EMPTY_SEARCH_DELAY);
    return () => clearTimeout(timer);
  }, [kb, query, hits.length]);

  const open = useCallback((hit: Pick<SearchHit, 'id' | 'kind'>) => {
    setView({ name: 'item', hit });
    if (hit.kind === 'article')
      void events.record(database(), 'article-opened', hit.id).catch(() => undefined);
  }, []);

  const back = useCallback(() => {
    setView({ name: 'home' });
    requestAnimationFrame(() => searchRef.current?.focus());
  }, []);

  const context = page.status === 'ready' ? page.context : undefined;
  const nudges = useNudges(kb, context);

  return (
    <div class="panel">
      <header class="topbar">
        <span class="brand" aria-hidden="true">
          <span class="brand-mark">✓</span> <span class="brand-name">{t('extName')}</span>
        </span>
        <span class="topbar-actions">
          <button
            type="button"
            title={t('panelManage')}
            aria-label={t('panelManage')}
            onClick={() => void browser.runtime.openOptionsPage()}
          >
            ⚙
          </button>
          <button type="button" onClick={() => setView({ name: 'insights' })}>
            {t('panelInsights')}
          </button>
          <button type="button" class="primary" onClick={() => setView({ name: 'note' })}>
            {t('panelOwnThis')}
          </button>
        </span>
      </header>
      {knowledge.status === 'error' && (
        <p class="banner error" role="alert">
          {knowledge.message}
        </p>
      )}
      {help && <LazyShortcutHelp onClose={() => setHelp(false)} />}
      {welcome ? (
        <LazyWelcome
          page={page}
          onDone={() => {
            setWelcome(false);
            requestAnimationFrame(() => searchRef.current?.focus());
          }}
        />
      ) : view.name === 'insights' ? (
        <LazyInsights onBack={back} titleOf={(id) => kb?.titleOf(id)} />
      ) : view.name === 'note' ? (
        <LazyOwnThisForm page={page} initialText={view.text} onDone={() => back()} />
      ) : view.name === 'item' && kb && item.loaded ? (
        view.hit.kind === 'article' ? (
          <LazyArticleView article={item.article} page={page} onBack={back} />
        ) : view.hit.kind === 'snippet' ? (
          <LazySnippetView snippet={item.snippet} page={page} onBack={back} />
        ) : (
          <LazyPlaybookView
            playbook={item.playbook}
            page={page}
            onBack={back}
            onCommit={(text) => setView({ name: 'note', text })}
          />
        )
      ) : (
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
                setQuery(event.currentTarget.value);
              }}
            />
            {kb && query.trim() && <TagFilter tags={topics} value={tag} onChange={setTag} />}
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
                onOpen={open}
                onQuery={setQuery}
                onClear={() => setQuery('')}
                inputRef={searchRef}
              />
            )
          ) : (
            <>
              <Suggestions page={page} knowledge={knowledge} context={context} onOpen={open} />
              <MyCases ticketKey={context ? ticketKeyOf(context) : undefined} />
            </>
          )}
        </main>
      )}
    </div>
  );
}

function TagFilter({
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
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
