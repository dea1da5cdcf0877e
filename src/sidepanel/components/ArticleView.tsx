import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { Article, PageContext } from '../../shared/model';
import { renderMarkdownInto } from '../../shared/render';
import { database } from '../../storage/db';
import { learnFromUse } from '../../storage/learned';
import type { PageState } from '../page-context';
import { DetailPage, MissingItem } from './BackBar';
import { LinkActions } from './LinkActions';
import { SnippetFiller } from './SnippetFiller';

interface Props {
  article: Article | undefined;
  page: PageState;
  onBack(): void;
}

export function ArticleView({ article, page, onBack }: Props) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const fillers = useRef<{ mount: HTMLElement; snippet: string }[]>([]);
  const [status, setStatus] = useState<string>('');
  const [renderError, setRenderError] = useState<string>('');

  useEffect(() => {
    const element = bodyRef.current;
    if (!element || !article) return;
    let cancelled = false;
    renderMarkdownInto(element, article.body)
      .then(() => {
        if (cancelled) return;
        placeSnippets(element);
        drawSnippets();
      })
      .catch((error: unknown) => {
        if (!cancelled) setRenderError(t('panelArticleNotShown', String(error)));
      });
    return () => {
      cancelled = true;
      for (const { mount } of fillers.current) render(null, mount);
      fillers.current = [];
    };
  }, [article]);

  /** Each fenced snippet is swapped for a place where its filler is drawn. */
  function placeSnippets(root: HTMLElement): void {
    fillers.current = [...root.querySelectorAll<HTMLElement>('pre > code.language-snippet')].map((code) => {
      const mount = document.createElement('div');
      (code.parentElement as HTMLElement).replaceWith(mount);
      return { mount, snippet: code.textContent ?? '' };
    });
  }

  /**
   * Draws (or redraws with the page's latest facts, keeping what the agent typed) each snippet's filler:
   * page facts fill in, the other fields are asked for, and Copy / Insert wait until they are answered.
   */
  function drawSnippets(): void {
    const context = page.status === 'ready' ? page.context : undefined;
    const tabId = page.status === 'ready' ? page.tabId : undefined;
    for (const { mount, snippet } of fillers.current) {
      render(
        <SnippetFiller
          snippet={snippet}
          context={context}
          tabId={tabId}
          reply
          subject={article?.id}
          onStatus={setStatus}
          onUsed={() => void learn(context)}
        />,
        mount,
      );
    }
  }

  useEffect(drawSnippets, [page]);

  /** The article was used on this ticket: the customer's wording becomes one of its phrasings. */
  async function learn(context: PageContext | undefined): Promise<void> {
    const kept = await learnFromUse(database(), article?.id, context);
    if (kept) setStatus((before) => `${before} ${t('panelPhrasingLearned')}`.trim());
  }

  if (!article) {
    return <MissingItem kind="article" onBack={onBack} />;
  }

  const stale = article.reviewBy !== undefined && article.reviewBy < new Date().toISOString().slice(0, 10);
  return (
    <DetailPage
      kind="article"
      title={article.title}
      status={status}
      onBack={onBack}
      meta={
        <>
          {article.category && <span class="chip">{article.category}</span>}
          {stale && <span class="chip warn">{t('panelReviewDueSince', article.reviewBy ?? '')}</span>}
          {article.owner && <span>{t('panelOwnerIs', article.owner)}</span>}
        </>
      }
    >
      {article.url && (
        <LinkActions
          title={article.title}
          url={article.url}
          tabId={page.status === 'ready' ? page.tabId : undefined}
        />
      )}
      {renderError && (
        <p class="banner error" role="alert">
          {renderError}
        </p>
      )}
      <div class="article-body" ref={bodyRef} />
    </DetailPage>
  );
}
