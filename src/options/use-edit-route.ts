// Opens the article named by `#articles/edit/<id>` once the list is loaded, and again whenever the
// address changes to one. The address then goes back to `#articles`, so a reload does not reopen it.
import { useEffect, useRef } from 'preact/hooks';
import type { Article } from '../shared/model';
import { editTargetOf } from './article-route';

export function useEditRoute(
  items: readonly Article[] | null,
  open: (article: Article) => void,
  missing: (id: string) => void,
): void {
  const latest = useRef({ items, open, missing });
  latest.current = { items, open, missing };
  const ready = items !== null;

  useEffect(() => {
    if (!ready) return;
    const follow = () => {
      const id = editTargetOf(location.hash);
      const { items: list, open: show, missing: gone } = latest.current;
      if (id === null || !list) return;
      history.replaceState(null, '', '#articles');
      const article = list.find((item) => item.id === id);
      if (article) show(article);
      else gone(id);
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [ready]);
}
