// The one door for untrusted HTML: Markdown from articles, packs and imports is rendered and then
// sanitised here, and nothing else in the extension writes HTML into the page.
// The Markdown renderer (src/shared/markdown.ts, escapes everything), then the allow-list sanitiser
// (src/shared/sanitize.ts). Both come with this module, which the panel's views and the options page's
// preview load on first use, so neither is in a first paint.

import { markdownToHtml } from './markdown';
import { sanitizeHtml } from './sanitize';

/** Markdown → sanitised HTML string. */
export async function sanitizeMarkdown(markdown: string): Promise<string> {
  return sanitizeHtml(markdownToHtml(markdown));
}

/** Renders untrusted Markdown into an element. The only place that assigns innerHTML. */
export async function renderMarkdownInto(element: HTMLElement, markdown: string): Promise<void> {
  element.innerHTML = await sanitizeMarkdown(markdown);
}
