// A live preview of an article's Markdown, rendered and sanitised by src/shared/render.ts (loaded on
// first use, so the options page opens without the renderer). Typing waits a moment before rendering.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';

const DELAY_MS = 150;

export function MarkdownPreview({ markdown, labelledBy }: { markdown: string; labelledBy: string }) {
  const ref = useRef<HTMLElement>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      import('../shared/render')
        .then(async ({ renderMarkdownInto }) => {
          if (!current || !ref.current) return;
          await renderMarkdownInto(ref.current, markdown);
          setProblem(null);
        })
        .catch((error: unknown) => {
          if (current) setProblem(error instanceof Error ? error.message : String(error));
        });
    }, DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [markdown]);

  return (
    <div class="preview-wrap">
      {problem && <p class="field-error">{t('optionsPreviewFailed', problem)}</p>}
      {!markdown.trim() && <p class="muted small">{t('optionsPreviewEmpty')}</p>}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a long article scrolls inside the preview; a keyboard must reach it to scroll it */}
      <section ref={ref} class="article-body preview" aria-labelledby={labelledBy} tabIndex={0} />
    </div>
  );
}
