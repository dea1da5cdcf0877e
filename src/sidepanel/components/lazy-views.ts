// The views an agent opens from the home screen load their code on first use (or when the panel is idle),
// so the panel's first paint carries only the home screen.
import type { ComponentProps, ComponentType } from 'preact';
import type { Article } from '../../shared/model';
import type { DraftSource } from '../start-draft';
import { lazyView } from './lazy';

const LOADING = 'panelLoadingView';
const FAILED = 'panelViewFailed';

type Views = typeof import('./views');

type ViewName = Exclude<keyof Views, 'startDraft'>;

/** One view of the chunk behind the home screen (views.ts), loaded on first use. */
const fromViews = <K extends ViewName>(name: K, loading = LOADING, failed = FAILED) =>
  lazyView<ComponentProps<Views[K]>>(
    () =>
      import('./views').then((module) => module[name] as unknown as ComponentType<ComponentProps<Views[K]>>),
    loading,
    failed,
  );

export const LazyArticleView = fromViews('ArticleView');
export const LazyPlaybookView = fromViews('PlaybookView');
export const LazySnippetView = fromViews('SnippetView');
export const LazyOwnThisForm = fromViews('OwnThisForm');

/** The first-run welcome: loaded only when it is due. */
export const LazyWelcome = lazyView<ComponentProps<typeof import('./Welcome').Welcome>>(
  () => import('./Welcome').then((module) => module.Welcome),
  LOADING,
  FAILED,
);

/** The `?` list of keyboard shortcuts. */
export const LazyShortcutHelp = fromViews('ShortcutHelp');

/** Insights (charts, export). */
export const LazyInsights = fromViews('Insights', 'panelLoadingInsights', 'panelInsightsFailed');

/** Fetches the views' code; called once the panel has painted and is idle. */
export function preloadViews(): void {
  for (const view of [
    LazyArticleView,
    LazyPlaybookView,
    LazySnippetView,
    LazyOwnThisForm,
    LazyInsights,
    LazyShortcutHelp,
  ])
    void view.preload();
}

/** What "Draft an article" runs, from the same chunk. */
export async function startDraft(from: DraftSource): Promise<Article> {
  const views = await import('./views');
  return views.startDraft(from);
}
