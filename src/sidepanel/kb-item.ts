// The article, playbook or snippet the agent opened, read from the database by id (the panel keeps no bodies).
import { useEffect, useState } from 'preact/hooks';
import type { SearchHit } from '../search';
import type { Article, Playbook, Snippet } from '../shared/model';
import type { Knowledge } from './knowledge';

export interface KbItem {
  /** False until the opened item has been read; then article, playbook or snippet (undefined: deleted). */
  loaded: boolean;
  article?: Article;
  playbook?: Playbook;
  snippet?: Snippet;
}

type Found = Omit<KbItem, 'loaded'>;

type Opened = Pick<SearchHit, 'id' | 'kind'>;

export function useKbItem(kb: Knowledge | undefined, opened: Opened | undefined): KbItem {
  const key = opened ? `${opened.kind}:${opened.id}` : '';
  const [item, setItem] = useState<{ key: string } & Found>({ key: '' });
  const ready = kb !== undefined;

  // Read again when another item opens, not each time the index changes (kb is then a new object).
  useEffect(() => {
    if (!kb || !opened) return;
    let current = true;
    const read: Promise<Found> =
      opened.kind === 'article'
        ? kb.article(opened.id).then((article) => ({ article }))
        : opened.kind === 'snippet'
          ? kb.snippet(opened.id).then((snippet) => ({ snippet }))
          : kb.playbook(opened.id).then((playbook) => ({ playbook }));
    read
      .catch((error: unknown) => {
        console.warn('Own It: could not read', key, error);
        return {};
      })
      .then((found) => {
        if (current) setItem({ key, ...found });
      });
    return () => {
      current = false;
    };
  }, [key, ready]);

  return item.key === key && key !== ''
    ? { loaded: true, article: item.article, playbook: item.playbook, snippet: item.snippet }
    : { loaded: false };
}
