// The one door for untrusted HTML: Markdown from articles, packs and imports is rendered and then
// sanitised here, and nothing in the extension writes HTML text into the page.
// The Markdown renderer (src/shared/markdown.ts, escapes everything), then the allow-list sanitiser
// (src/shared/sanitize.ts). Both come with this module, which the panel's views and the options page's
// preview load on first use, so neither is in a first paint.

import { markdownToHtml } from './markdown';
import { sanitizedNodes, sanitizeHtml } from './sanitize';

/** Markdown → sanitised HTML string. */
export async function sanitizeMarkdown(markdown: string): Promise<string> {
  return sanitizeHtml(markdownToHtml(markdown));
}

/**
 * Renders untrusted Markdown into an element: the sanitiser's own nodes are put in place, so the HTML is
 * parsed once, by the sanitiser, and never written back as text to be parsed again.
 */
export async function renderMarkdownInto(element: HTMLElement, markdown: string): Promise<void> {
  element.replaceChildren(sanitizedNodes(markdownToHtml(markdown), element.ownerDocument));
}
