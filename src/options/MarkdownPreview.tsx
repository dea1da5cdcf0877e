// A live preview of an article's Markdown, rendered and sanitised by src/shared/render.ts (loaded on
// first use, so the options page opens without the renderer). Typing waits a moment before rendering.
import { useEffect, useRef, useState } from 'preact/hooks';

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
      {problem && <p class="field-error">The preview is not available ({problem}); your text is safe.</p>}
      {!markdown.trim() && <p class="muted small">The preview shows here as you write.</p>}
      <section ref={ref} class="article-body preview" aria-labelledby={labelledBy} />
    </div>
  );
}
