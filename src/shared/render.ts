// The one door for untrusted HTML: Markdown from articles, packs and imports is rendered and then
// sanitised here, and nothing else in the extension writes HTML into the page.
// The Markdown renderer (src/shared/markdown.ts, escapes everything) and DOMPurify load on first use so
// they stay out of the panel's first paint.

const ALLOWED_TAGS = [
  'a',
  'b',
  'blockquote',
  'br',
  'code',
  'del',
  'em',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'li',
  'ol',
  'p',
  'pre',
  'strong',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'ul',
];

let loaded: Promise<(markdown: string) => string> | undefined;

async function loadRenderer(): Promise<(markdown: string) => string> {
  const [{ markdownToHtml }, { default: createPurifier }] = await Promise.all([
    import('./markdown'),
    import('dompurify'),
  ]);
  const purifier = createPurifier(window);
  // DOMPurify hands back its input untouched where it cannot work; fail closed instead.
  if (!purifier.isSupported) throw new Error('this page cannot sanitise HTML safely');
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') {
      const href = node.getAttribute('href') ?? '';
      if (!/^(https?:|mailto:)/i.test(href)) node.removeAttribute('href');
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  return (markdown: string) => {
    return purifier.sanitize(markdownToHtml(markdown), {
      ALLOWED_TAGS,
      ALLOWED_ATTR: ['href', 'class', 'title', 'target', 'rel', 'start'],
      ALLOW_DATA_ATTR: false,
    });
  };
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
