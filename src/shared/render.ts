// The one door for untrusted HTML: Markdown from articles, packs and imports is rendered and then
// sanitised here, and nothing else in the extension writes HTML into the page.
// The Markdown renderer (src/shared/markdown.ts, escapes everything) loads on first use so it stays out
// of the panel's first paint; its HTML then goes through the allow-list sanitiser (src/shared/sanitize.ts).

import { sanitizeHtml } from './sanitize';

let loaded: Promise<(markdown: string) => string> | undefined;

async function loadRenderer(): Promise<(markdown: string) => string> {
  const { markdownToHtml } = await import('./markdown');
  return (markdown: string) => sanitizeHtml(markdownToHtml(markdown));
}

/** Markdown → sanitised HTML string. */
export async function sanitizeMarkdown(markdown: string): Promise<string> {
  loaded ??= loadRenderer();
  const render = await loaded;
  return render(markdown);
}

/** Renders untrusted Markdown into an element. The only place that assigns innerHTML. */
export async function renderMarkdownInto(element: HTMLElement, markdown: string): Promise<void> {
  element.innerHTML = await sanitizeMarkdown(markdown);
}
