// The views an agent opens from the home screen load their code on first use (or when the panel is idle),
// so the panel's first paint carries only the home screen.
import type { ComponentProps } from 'preact';
import type { ArticleView } from './ArticleView';
import { lazyView } from './lazy';
import type { OwnThisForm } from './OwnThisForm';
import type { PlaybookView } from './PlaybookView';
import type { SnippetView } from './SnippetView';

const LOADING = 'panelLoadingView';
const views = () => import('./views');
const FAILED = 'panelViewFailed';

export const LazyArticleView = lazyView<ComponentProps<typeof ArticleView>>(
  () => views().then((module) => module.ArticleView),
  LOADING,
  FAILED,
);

export const LazyPlaybookView = lazyView<ComponentProps<typeof PlaybookView>>(
  () => views().then((module) => module.PlaybookView),
  LOADING,
  FAILED,
);

export const LazySnippetView = lazyView<ComponentProps<typeof SnippetView>>(
  () => views().then((module) => module.SnippetView),
  LOADING,
  FAILED,
);

export const LazyOwnThisForm = lazyView<ComponentProps<typeof OwnThisForm>>(
  () => views().then((module) => module.OwnThisForm),
  LOADING,
  FAILED,
);

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
