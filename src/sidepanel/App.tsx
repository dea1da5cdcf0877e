// The side panel: follows the knowledge base and the open tab, and shows one view at a time (home, an
// item, "I own this", Insights, the first-run welcome), loading all but home after the first paint.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { SearchHit, SearchIndex } from '../search';
import { t } from '../shared/i18n';
import { type PanelIntent, takeIntent, watchIntents } from '../shared/intents';
import { database } from '../storage/db';
import { events } from '../storage/repositories';
import { Home } from './components/Home';
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
import { TopBar } from './components/TopBar';
import { welcomePending } from './first-run';
import { whenTypingPauses } from './input-first';
import { useKbItem } from './kb-item';
import { followKnowledge, type KnowledgeState } from './knowledge';
import { followPage, type PageState } from './page-context';
import { usePanelTimings } from './timing';
import { useNudges } from './use-nudges';
import { usePanelKeys } from './use-panel-keys';
import { warmExcerpts, warmTyping } from './warm-typing';

type View =
  | { name: 'home' }
  | { name: 'item'; hit: Pick<SearchHit, 'id' | 'kind'> }
  | { name: 'note'; text?: string }
  | { name: 'insights' };

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

  // The views behind the home screen load while the agent is still reading it, not while typing.
  useEffect(() => {
    whenTypingPauses(() => {
      const start = performance.now();
      preloadViews();
      performance.measure('ownit:views-preload', { start });
    });
  }, []);

  useEffect(() => {
    void takeIntent()
      .then((intent) => intent && applyIntent(intent))
      .catch(() => undefined);
    return watchIntents(applyIntent);
  }, [applyIntent]);

  const toSearch = useCallback(() => {
    setView({ name: 'home' });
    requestAnimationFrame(() => searchRef.current?.focus());
  }, []);
  usePanelKeys({
    onHelp: () => setHelp(true),
    onSearch: toSearch,
    onBack: view.name === 'home' ? undefined : toSearch,
  });

  const kb = knowledge.status === 'ready' ? knowledge.kb : undefined;
  useTypingWarmUp(kb?.index);
  const item = useKbItem(kb, view.name === 'item' ? view.hit : undefined);
  const open = useCallback((hit: Pick<SearchHit, 'id' | 'kind'>) => {
    setView({ name: 'item', hit });
    if (hit.kind === 'article')
      void events.record(database(), 'article-opened', hit.id).catch(() => undefined);
  }, []);

  const context = page.status === 'ready' ? page.context : undefined;
  const { nudges, settled: nudgesSettled } = useNudges(kb, context);
  const toInsights = useCallback(() => setView({ name: 'insights' }), []);
  const toNote = useCallback(() => setView({ name: 'note' }), []);

  return (
    <div class="panel">
      <TopBar onInsights={toInsights} onOwnThis={toNote} />
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
            toSearch();
          }}
        />
      ) : view.name === 'insights' ? (
        <LazyInsights onBack={toSearch} titleOf={(id) => kb?.titleOf(id)} />
      ) : view.name === 'note' ? (
        <LazyOwnThisForm page={page} initialText={view.text} onDone={toSearch} />
      ) : view.name === 'item' && kb && item.loaded ? (
        view.hit.kind === 'article' ? (
          <LazyArticleView article={item.article} page={page} onBack={toSearch} />
        ) : view.hit.kind === 'snippet' ? (
          <LazySnippetView snippet={item.snippet} page={page} onBack={toSearch} />
        ) : (
          <LazyPlaybookView
            playbook={item.playbook}
            page={page}
            onBack={toSearch}
            onCommit={(text) => setView({ name: 'note', text })}
          />
        )
      ) : (
        <Home
          page={page}
          knowledge={knowledge}
          nudges={nudges}
          nudgesSettled={nudgesSettled}
          query={query}
          onQuery={setQuery}
          tag={tag}
          onTag={setTag}
          searchRef={searchRef}
          onOpen={open}
        />
      )}
    </div>
  );
}

/**
 * Once the panel is ready, the typing path's code is run before the agent's first key (warm-typing.tsx),
 * and its excerpts' part once a stored index's texts are attached; not again once the agent typed.
 */
function useTypingWarmUp(index: SearchIndex | undefined): void {
  const warm = useRef<{ running?: Promise<boolean>; excerpts: boolean }>({ excerpts: false });
  const hasTexts = index?.hasTexts ?? false;
  useEffect(() => {
    if (!index) return;
    const state = warm.current;
    if (!state.running) {
      state.excerpts = hasTexts;
      state.running = warmTyping(index);
    } else if (hasTexts && !state.excerpts) {
      state.excerpts = true;
      // After the first warm-up, and only when the agent did not type meanwhile.
      state.running = state.running.then((finished) => finished && warmExcerpts(index));
    }
  }, [index, hasTexts]);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
