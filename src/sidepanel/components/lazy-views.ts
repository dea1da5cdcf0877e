// The views an agent opens from the home screen load their code on first use (or when the panel is idle),
// so the panel's first paint carries only the home screen.
import type { ComponentProps, ComponentType } from 'preact';
import { lazyView } from './lazy';

const LOADING = 'panelLoadingView';
const FAILED = 'panelViewFailed';

type Views = typeof import('./views');

/** One view of the chunk behind the home screen (views.ts), loaded on first use. */
const fromViews = <K extends keyof Views>(name: K) =>
  lazyView<ComponentProps<Views[K]>>(
    () =>
      import('./views').then((module) => module[name] as unknown as ComponentType<ComponentProps<Views[K]>>),
    LOADING,
    FAILED,
  );

export const LazyArticleView = fromViews('ArticleView');
export const LazyPlaybookView = fromViews('PlaybookView');
export const LazySnippetView = fromViews('SnippetView');
export const LazyOwnThisForm = fromViews('OwnThisForm');

/** Fetches every view's code; called once the panel has painted and is idle. */
export function preloadViews(): void {
  for (const view of [LazyArticleView, LazyPlaybookView, LazySnippetView, LazyOwnThisForm])
    void view.preload();
}

/** The first-run welcome: loaded only when it is due. */
export const LazyWelcome = lazyView<ComponentProps<typeof import('./Welcome').Welcome>>(
  () => import('./Welcome').then((module) => module.Welcome),
  LOADING,
  FAILED,
);

/** The `?` list of keyboard shortcuts. */
export const LazyShortcutHelp = lazyView<ComponentProps<typeof import('./ShortcutHelp').ShortcutHelp>>(
  () => import('./ShortcutHelp').then((module) => module.ShortcutHelp),
  LOADING,
  FAILED,
);
