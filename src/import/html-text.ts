// HTML as plain text, for snippets (which are never rendered as HTML): paragraphs and line breaks kept,
// list items as "- ", a link as "text (address)" when the address is not its text. Linear, never throws.
import { decodeHtmlEntities } from './entities';
import { tokenizeHtml } from './html-tokens';
import { tidyLines } from './tidy-lines';

const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'table',
  'tr',
  'pre',
]);
const DROPPED = new Set(['script', 'style', 'head', 'title', 'template', 'noscript']);

export function htmlToText(html: string): string {
  // Pieces, not one growing string: only the last pieces are ever looked at, so it stays linear.
  const parts: string[] = [];
  let dropping = 0;
  let link: { href: string; from: number } | undefined;
  const trimEnd = () => {
    while (parts.length > 0) {
      const last = (parts.at(-1) as string).replace(/[ \t]+$/, '');
      if (last) {
        parts[parts.length - 1] = last;
        return;
      }
      parts.pop();
    }
  };
  const trailingNewlines = () => {
    let count = 0;
    for (let i = parts.length - 1; i >= 0 && count < 2; i--) {
      const part = parts[i] as string;
      const stripped = part.replace(/\n+$/, '');
      count += part.length - stripped.length;
      if (stripped) break;
    }
    return count;
  };
  /** Ends the line; `blank` leaves an empty line after it (a paragraph), never more than one. */
  const lineBreak = (blank: boolean) => {
    trimEnd();
    if (parts.length === 0) return;
    if (blank) parts.push('\n'.repeat(Math.max(0, 2 - trailingNewlines())));
    else parts.push('\n');
  };
  for (const token of tokenizeHtml(String(html ?? ''))) {
    if (token.type === 'open' && DROPPED.has(token.name)) {
      if (!token.selfClosing) dropping++;
      continue;
    }
    if (token.type === 'close' && DROPPED.has(token.name)) {
      dropping = Math.max(0, dropping - 1);
      continue;
    }
    if (dropping > 0) continue;
    if (token.type === 'text') {
      const text = decodeHtmlEntities(token.text.replace(/\s+/g, ' ')).replace(/\u00a0/g, ' ');
      const atLineStart = parts.length === 0 || (parts.at(-1) as string).endsWith('\n');
      parts.push(atLineStart ? text.trimStart() : text);
    } else if (token.type === 'open') {
      if (token.name === 'br') lineBreak(false);
      else if (token.name === 'li') {
        if (trailingNewlines() === 0) lineBreak(false);
        parts.push('- ');
      } else if (BLOCK.has(token.name)) lineBreak(true);
      else if (token.name === 'a') link = { href: token.attrs.get('href') ?? '', from: parts.length };
    } else if (token.name === 'a' && link) {
      const label = parts.slice(link.from).join('').trim();
      const href = link.href.trim();
      if (/^(?:https?:|mailto:)/i.test(href) && href !== label && `mailto:${label}` !== href)
        parts.push(` (${href})`);
      link = undefined;
    } else if (token.name === 'li') {
      if (trailingNewlines() === 0) lineBreak(false);
    } else if (BLOCK.has(token.name)) lineBreak(true);
  }
  return tidyLines(parts);
}
