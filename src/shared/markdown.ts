// Markdown → HTML for articles: the subset support articles use (headings, paragraphs, nested lists,
// fenced code, block quotes, tables, rules, emphasis, code, links). Pure and small so the panel stays
// inside its bundle budget. Every piece of text is escaped here and raw HTML is shown as text, never
// passed through; the result still goes through the allow-list sanitiser (src/shared/sanitize.ts).

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const SAFE_URL = /^(https?:\/\/|mailto:)/i;

function link(href: string, label: string, title?: string): string {
  const url = href.trim();
  if (!SAFE_URL.test(url)) return label;
  const titled = title ? ` title="${escapeHtml(title)}"` : '';
  return `<a href="${escapeHtml(url)}"${titled}>${label}</a>`;
}

// Inline spans, in priority order. Each pattern is anchored at the current position (sticky flag)
// and bounded, so a long line is scanned once without backtracking across it.
type Span = [RegExp, (m: RegExpExecArray) => string];
const SPANS: Span[] = [
  [/\\([\\`*_{}[\]()#+\-.!~|<>])/y, (m) => escapeHtml(m[1] ?? '')],
  [
    /(`{1,8})([^`]|[^`][\s\S]{0,2000}?[^`])\1(?!`)/y,
    (m) => `<code>${escapeHtml((m[2] ?? '').trim())}</code>`,
  ],
  [
    /\[([^\][]{0,500})\]\(\s*<?((?:[^\s()<>]|\([^\s()<>]{0,200}\)){1,2000})>?(?:\s+"([^"]{0,300})")?\s*\)/y,
    (m) => link(m[2] ?? '', inline(m[1] ?? ''), m[3]),
  ],
  [/!\[([^\][]{0,500})\]\([^()\s]{0,2000}(?:\s+"[^"]{0,300}")?\)/y, (m) => escapeHtml(m[1] ?? '')],
  [/&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/iy, (m) => m[0]],
  [/<((?:https?:\/\/|mailto:)[^\s<>]{1,2000})>/y, (m) => link(m[1] ?? '', escapeHtml(m[1] ?? ''))],
  [/https?:\/\/[^\s<>()]{1,2000}[^\s<>().,;:!?'"*_~]/y, (m) => link(m[0], escapeHtml(m[0]))],
  [/\*\*\*(?=\S)([\s\S]{0,2000}?\S)\*\*\*/y, (m) => `<em><strong>${inline(m[1] ?? '')}</strong></em>`],
  [/(\*\*|__)(?=\S)([\s\S]{0,2000}?\S)\1/y, (m) => `<strong>${inline(m[2] ?? '')}</strong>`],
  [/~~(?=\S)([\s\S]{0,2000}?\S)~~/y, (m) => `<del>${inline(m[1] ?? '')}</del>`],
  [/\*(?=[^\s*])([\s\S]{0,2000}?[^\s*])\*(?!\*)/y, (m) => `<em>${inline(m[1] ?? '')}</em>`],
  [
    /(?<![\p{L}\p{N}])_(?=[^\s_])([\s\S]{0,500}?[^\s_])_(?![\p{L}\p{N}])/uy,
    (m) => `<em>${inline(m[1] ?? '')}</em>`,
  ],
  [/ {2,}\n|\\\n/y, () => '<br>'],
];

const SPAN_START = /[\\`[!&<h*_~ ]/;

/** Renders inline Markdown of one block (already without its block markers). */
export function inline(text: string): string {
  let out = '';
  let plain = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i] ?? '';
    let matched = false;
    if (SPAN_START.test(c)) {
      for (const [pattern, render] of SPANS) {
        pattern.lastIndex = i;
        const m = pattern.exec(text);
        if (m && m[0].length > 0) {
          out += escapeHtml(text.slice(plain, i)) + render(m);
          i += m[0].length;
          plain = i;
          matched = true;
          break;
        }
      }
    }
    if (!matched) i++;
  }
  return out + escapeHtml(text.slice(plain));
}

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([\w-]*)/;
const HEADING = /^ {0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$/;
const RULE = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/;
const QUOTE = /^ {0,3}> ?/;
const ITEM = /^( *)([-*+]|\d{1,9}[.)])(?: +|$)/;
/** One cell of a table's divider row: dashes, an optional colon at either end, spaces around. */
const DIVIDER_CELL = /^ *:?-+:? *$/;

/**
 * A table's divider row (`| --- | :-: |`): cells split on `|`, each a run of dashes, with at least one
 * `|` besides an opening one. Split and checked cell by cell, so it takes linear time on any line (a
 * single pattern for the whole row backtracked exponentially on rows like `-|------…x`).
 */
export function isTableDivider(line: string): boolean {
  let start = 0;
  let end = line.length;
  while (line[start] === ' ') start++;
  while (end > start && line[end - 1] === ' ') end--;
  if (line[start] === '|') start++;
  const closed = end > start && line[end - 1] === '|';
  if (closed) end--;
  const row = line.slice(start, end);
  const parts = row.split('|');
  if (parts.length < 2 && !closed) return false;
  return parts.every((part) => DIVIDER_CELL.test(part));
}

function isBlockStart(line: string): boolean {
  return FENCE.test(line) || HEADING.test(line) || RULE.test(line) || QUOTE.test(line) || ITEM.test(line);
}

function cells(row: string): string[] {
  let trimmed = row.trim();
  if (trimmed.startsWith('|')) trimmed = trimmed.slice(1);
  if (trimmed.endsWith('|') && !trimmed.endsWith('\\|')) trimmed = trimmed.slice(0, -1);
  return trimmed.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

function table(header: string, rows: string[]): string {
  const head = cells(header);
  const row = (line: string, tag: 'td' | 'th') => {
    const values = cells(line);
    return `<tr>${head.map((_, i) => `<${tag}>${inline(values[i] ?? '')}</${tag}>`).join('')}</tr>`;
  };
  const body = rows.map((line) => row(line, 'td')).join('');
  return `<table><thead>${row(header, 'th')}</thead>${body ? `<tbody>${body}</tbody>` : ''}</table>`;
}

/** Renders a list starting at `start`; returns the HTML and the index of the first line after it. */
function leading(line: string): number {
  return line.length - line.trimStart().length;
}

function list(lines: string[], start: number, depth: number): [string, number] {
  const first = ITEM.exec(lines[start] ?? '');
  const indent = first?.[1]?.length ?? 0;
  const ordered = /\d/.test(first?.[2] ?? '');
  const number = Number.parseInt(first?.[2] ?? '1', 10);
  const items: string[][] = [];
  let contentIndent = indent + 2;
  let i = start;
  let loose = false;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const marker = ITEM.exec(line);
    if (marker && !RULE.test(line) && leading(line) === indent && /\d/.test(marker[2] ?? '') === ordered) {
      items.push([line.slice(marker[0].length)]);
      contentIndent = Math.max(marker[0].length, indent + 2);
      i++;
      continue;
    }
    const current = items[items.length - 1];
    if (!current) break;
    if (line.trim() === '') {
      // A blank line ends the list unless the next line belongs to this item or is its next item.
      const next = lines[i + 1] ?? '';
      const continues = next.trim() !== '' && leading(next) > indent;
      const sibling = ITEM.test(next) && leading(next) === indent;
      if (!continues && !sibling) break;
      loose = true;
      current.push('');
      i++;
      continue;
    }
    if (leading(line) > indent) {
      current.push(line.slice(Math.min(leading(line), contentIndent)));
    } else if (!isBlockStart(line) && current[current.length - 1] !== '') {
      current.push(line.trim()); // a lazy continuation of the item's paragraph
    } else {
      break;
    }
    i++;
  }
  const tag = ordered ? 'ol' : 'ul';
  const startAttr = ordered && number !== 1 ? ` start="${number}"` : '';
  const body = items
    .map((item) => {
      const inner = blocks(item, depth + 1);
      const tight = loose ? inner : inner.replace(/^<p>([\s\S]*?)<\/p>/, '$1');
      return `<li>${tight}</li>`;
    })
    .join('');
  return [`<${tag}${startAttr}>${body}</${tag}>`, i];
}

const MAX_DEPTH = 20;

function blocks(lines: string[], depth: number): string {
  if (depth > MAX_DEPTH) return `<p>${escapeHtml(lines.join('\n'))}</p>`;
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (line.trim() === '') {
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const close = new RegExp(`^ {0,3}${fence[1]?.[0] === '`' ? '`' : '~'}{${fence[1]?.length ?? 3},}\\s*$`);
      const body: string[] = [];
      i++;
      while (i < lines.length && !close.test(lines[i] ?? '')) body.push(lines[i++] ?? '');
      i++;
      const info = fence[2] ? ` class="language-${escapeHtml(fence[2])}"` : '';
      out.push(`<pre><code${info}>${escapeHtml(body.join('\n'))}${body.length ? '\n' : ''}</code></pre>`);
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const level = heading[1]?.length ?? 1;
      out.push(`<h${level}>${inline(heading[2] ?? '')}</h${level}>`);
      i++;
      continue;
    }
    if (RULE.test(line)) {
      out.push('<hr>');
      i++;
      continue;
    }
    if (QUOTE.test(line)) {
      const quoted: string[] = [];
      while (i < lines.length && (lines[i] ?? '').trim() !== '') {
        quoted.push((lines[i] ?? '').replace(QUOTE, ''));
        i++;
      }
      out.push(`<blockquote>${blocks(quoted, depth + 1)}</blockquote>`);
      continue;
    }
    if (ITEM.test(line)) {
      const [html, next] = list(lines, i, depth);
      out.push(html);
      i = next;
      continue;
    }
    if (line.includes('|') && isTableDivider(lines[i + 1] ?? '')) {
      const rows: string[] = [];
      i += 2;
      while (i < lines.length && (lines[i] ?? '').includes('|') && (lines[i] ?? '').trim() !== '') {
        rows.push(lines[i++] ?? '');
      }
      out.push(table(line, rows));
      continue;
    }
    const paragraph: string[] = [];
    while (
      i < lines.length &&
      (lines[i] ?? '').trim() !== '' &&
      (paragraph.length === 0 || !isBlockStart(lines[i] ?? ''))
    ) {
      paragraph.push(lines[i++] ?? '');
    }
    out.push(`<p>${inline(paragraph.map((l) => l.replace(/^ +/, '')).join('\n'))}</p>`);
  }
  return out.join('\n');
}

/** Markdown → HTML (escaped, only tags from the renderer's own small set). */
export function markdownToHtml(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').replace(/\t/g, '    ').split('\n');
  return blocks(lines, 0);
}
