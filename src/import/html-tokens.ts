// A forgiving HTML tokenizer without a DOM: text, start tags (with attributes) and end tags. Comments,
// doctypes and processing instructions are dropped; the content of script, style and other raw-text
// elements is skipped. Every loop moves forward, so any input is read in linear time.

export type HtmlToken =
  | { type: 'text'; text: string }
  | { type: 'open'; name: string; attrs: Map<string, string>; selfClosing: boolean }
  | { type: 'close'; name: string };

/** Elements whose content is not HTML: skipped up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'plaintext']);

function isNameChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 45 ||
    code === 58
  );
}

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '/';
}

/** Index just after the `>` that ends the tag starting at `from`, skipping quoted attribute values. */
function tagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from; i < html.length; i++) {
    const ch = html[i];
    if (quote !== '') {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '>') {
      return i + 1;
    }
  }
  return html.length;
}

function parseAttributes(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  let i = 0;
  while (i < source.length) {
    while (i < source.length && isSpace(source[i])) i++;
    const start = i;
    while (i < source.length && !isSpace(source[i]) && source[i] !== '=' && source[i] !== '>') i++;
    const name = source.slice(start, i).toLowerCase();
    if (name === '') {
      i++;
      continue;
    }
    while (i < source.length && (source[i] === ' ' || source[i] === '\n' || source[i] === '\t')) i++;
    let value = '';
    if (source[i] === '=') {
      i++;
      while (i < source.length && (source[i] === ' ' || source[i] === '\n' || source[i] === '\t')) i++;
      const quote = source[i];
      if (quote === '"' || quote === "'") {
        const close = source.indexOf(quote, i + 1);
        const end = close < 0 ? source.length : close;
        value = source.slice(i + 1, end);
        i = end + 1;
      } else {
        const valueStart = i;
        while (i < source.length && !isSpace(source[i]) && source[i] !== '>') i++;
        value = source.slice(valueStart, i);
      }
    }
    if (!attrs.has(name)) attrs.set(name, value);
  }
  return attrs;
}

/** Where `</name` (any case) next starts at or after `from`, or the end of the text. */
function findEndTag(html: string, name: string, from: number): number {
  for (let at = html.indexOf('</', from); at >= 0; at = html.indexOf('</', at + 2)) {
    if (html.slice(at + 2, at + 2 + name.length).toLowerCase() === name) return at;
  }
  return html.length;
}

export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      tokens.push({ type: 'text', text: html.slice(i) });
      break;
    }
    if (lt > i) tokens.push({ type: 'text', text: html.slice(i, lt) });
    const next = html[lt + 1];
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    if (next === '!' || next === '?') {
      i = tagEnd(html, lt + 2);
      continue;
    }
    const closing = next === '/';
    const nameStart = lt + (closing ? 2 : 1);
    let nameEnd = nameStart;
    // A tag name starts with a letter ("a < 3" and "<3" are text).
    const first = html.charCodeAt(nameStart) | 0x20;
    if (first >= 97 && first <= 122) {
      while (nameEnd < html.length && isNameChar(html.charCodeAt(nameEnd))) nameEnd++;
    }
    if (nameEnd === nameStart) {
      // "a < b" or "</ >": not a tag, keep the character as text.
      tokens.push({ type: 'text', text: '<' });
      i = lt + 1;
      continue;
    }
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    const end = tagEnd(html, nameEnd);
    if (closing) {
      tokens.push({ type: 'close', name });
      i = end;
      continue;
    }
    const inside = html.slice(nameEnd, html[end - 1] === '>' ? end - 1 : end);
    const selfClosing = inside.trimEnd().endsWith('/');
    tokens.push({ type: 'open', name, attrs: parseAttributes(inside), selfClosing });
    i = end;
    if (RAW_TEXT.has(name) && !selfClosing) {
      const endTag = findEndTag(html, name, i);
      i = endTag >= html.length ? html.length : tagEnd(html, endTag + 2);
      tokens.push({ type: 'close', name });
    }
  }
  return tokens;
}
