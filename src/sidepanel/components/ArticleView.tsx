import { useEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '../../shared/model';
import { renderMarkdownInto } from '../../shared/render';
import { database } from '../../storage/db';
import { events } from '../../storage/repositories';
import { insertIntoPage, type PageState } from '../page-context';
import { fillSnippet } from '../ticket';
import { BackBar, MissingItem } from './BackBar';

interface Props {
  article: Article | undefined;
  page: PageState;
  onBack(): void;
}

export function ArticleView({ article, page, onBack }: Props) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<string>('');
  const [renderError, setRenderError] = useState<string>('');

  useEffect(() => {
    const element = bodyRef.current;
    if (!element || !article) return;
    let cancelled = false;
    renderMarkdownInto(element, article.body)
      .then(() => {
        if (!cancelled) addSnippetActions(element);
      })
      .catch((error: unknown) => {
        if (!cancelled) setRenderError(`This article could not be shown: ${String(error)}`);
      });
    return () => {
      cancelled = true;
    };
  }, [article]);

  function addSnippetActions(root: HTMLElement) {
    const context = page.status === 'ready' ? page.context : undefined;
    const tabId = page.status === 'ready' ? page.tabId : undefined;
    for (const code of root.querySelectorAll<HTMLElement>('pre > code.language-snippet')) {
      const pre = code.parentElement as HTMLElement;
      pre.classList.add('snippet');
      const bar = document.createElement('div');
      bar.className = 'snippet-actions';
      const text = () => fillSnippet(code.textContent ?? '', context, '').trim();
      bar.append(
        actionButton('Copy reply', async () => {
          await navigator.clipboard.writeText(text());
          void events.record(database(), 'snippet-copied', article?.id).catch(() => undefined);
          return 'Reply copied to the clipboard.';
        }),
      );
      if (tabId !== undefined) {
        bar.append(
          actionButton('Insert into reply', async () => {
            const problem = await insertIntoPage(tabId, text());
            return problem ?? 'Inserted into the page’s reply box.';
          }),
        );
      }
      pre.after(bar);
    }
  }

  function actionButton(label: string, run: () => Promise<string>): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.addEventListener('click', () => {
      run()
        .then(setStatus)
        .catch((error: unknown) => setStatus(`Could not ${label.toLowerCase()}: ${String(error)}`));
    });
    return button;
  }

  if (!article) {
    return <MissingItem kind="article" onBack={onBack} />;
  }

  const stale = article.reviewBy !== undefined && article.reviewBy < new Date().toISOString().slice(0, 10);
  return (
    <main class="detail">
      <BackBar onBack={onBack} />
      <article aria-labelledby="article-title">
        <h1 id="article-title">{article.title}</h1>
        <p class="meta">
          {article.category && <span class="chip">{article.category}</span>}
          {stale && <span class="chip warn">Review due since {article.reviewBy}</span>}
          {article.owner && <span>Owner: {article.owner}</span>}
        </p>
        {renderError && (
          <p class="banner error" role="alert">
            {renderError}
          </p>
        )}
        <div class="article-body" ref={bodyRef} />
      </article>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}
