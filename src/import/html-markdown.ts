// HTML (helpdesk article bodies) to Markdown-ish text, without a DOM, so the CLI in Node and the
// extension share it. Kept: headings, paragraphs, nested lists, http(s)/mailto links, bold/italic,
// code and pre, tables as pipe rows; images become their alt text. Script, style, iframe, object and
// similar elements go with their content. The result is rendered later through src/shared/render.ts
// (its allow-list sanitiser), so this is a second line of defence, not the only one.
import { decodeHtmlEntities as decodeEntities } from './entities';
import { type HtmlToken, tokenizeHtml } from './html-tokens';
import { tidyLines } from './tidy-lines';

/** Elements dropped together with everything inside them. */
const DROPPED = new Set([
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'template',
  'noscript',
  'head',
  'video',
  'audio',
  'canvas',
  'select',
  'button',
  'form',
  'frameset',
  'applet',
]);
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'blockquote',
  'figure',
  'figcaption',
  'dl',
  'dt',
  'dd',
  'address',
  'details',
  'summary',
  'center',
]);
const VOID = new Set([
  'br',
  'hr',
  'img',
  'input',
  'meta',
  'link',
  'area',
  'base',
  'col',
  'source',
  'track',
  'wbr',
  'param',
]);
const SAFE_LINK = /^(https?:|mailto:)/i;

interface Table {
  rows: string[][];
  headerRows: number;
  row: string[] | undefined;
  rowHasHeader: boolean;
}

class MarkdownWriter {
  private parts: string[] = [];
  /** Buffers for table cells being written; text goes to the innermost. */
  private cells: string[][] = [];
  private lists: { ordered: boolean; count: number }[] = [];
  private links: (string | null)[] = [];
  private tables: Table[] = [];
  private pre = 0;

  private write(text: string): void {
    (this.cells.at(-1) ?? this.parts).push(text);
  }

  private break(lines: 1 | 2): void {
    if (this.cells.length > 0) {
      this.write(' ');
      return;
    }
    this.write(lines === 2 && this.lists.length === 0 ? '\n\n' : '\n');
    if (this.lists.length > 0) this.write('  '.repeat(this.lists.length));
  }

  text(raw: string): void {
    const decoded = decodeEntities(raw);
    if (this.pre > 0) {
      this.write(decoded);
      return;
    }
    // Decoded "&lt;script&gt;" stays text: an escaped angle bracket cannot become a tag in Markdown.
    this.write(decoded.replace(/[\s\u00a0]+/g, ' ').replace(/</g, '&lt;'));
  }

  open(name: string, attrs: Map<string, string>): void {
    if (/^h[1-6]$/.test(name)) {
      this.break(2);
      this.write(`${'#'.repeat(Number(name[1]))} `);
    } else if (BLOCKS.has(name)) {
      this.break(2);
      if (name === 'blockquote') this.write('> ');
    } else if (name === 'br') this.break(1);
    else if (name === 'hr') {
      this.break(2);
      this.write('---');
      this.break(2);
    } else if (name === 'ul' || name === 'ol') {
      if (this.lists.length === 0) this.break(2);
      this.lists.push({ ordered: name === 'ol', count: 0 });
    } else if (name === 'li') {
      const list = this.lists.at(-1);
      const depth = Math.max(0, this.lists.length - 1);
      this.write(`\n${'  '.repeat(depth)}`);
      if (list) list.count++;
      this.write(list?.ordered ? `${list.count}. ` : '- ');
    } else if (name === 'strong' || name === 'b') this.write('**');
    else if (name === 'em' || name === 'i') this.write('*');
    else if (name === 'code' && this.pre === 0) this.write('`');
    else if (name === 'pre') {
      this.break(2);
      this.write('```\n');
      this.pre++;
    } else if (name === 'a') {
      const href = (attrs.get('href') ?? '').trim();
      const safe = SAFE_LINK.test(href) ? href.replace(/[\s()<>]/g, (ch) => encodeURIComponent(ch)) : null;
      this.links.push(safe);
      if (safe) this.write('[');
    } else if (name === 'img') {
      const alt = decodeEntities(attrs.get('alt') ?? '').trim();
      if (alt) this.write(alt.replace(/</g, '&lt;'));
    } else if (name === 'table') {
      this.break(2);
      this.tables.push({ rows: [], headerRows: 0, row: undefined, rowHasHeader: false });
    } else if (name === 'tr') {
      const table = this.tables.at(-1);
      if (table) {
        this.closeRow(table);
        table.row = [];
        table.rowHasHeader = false;
      }
    } else if ((name === 'td' || name === 'th') && this.tables.length > 0) {
      const table = this.tables.at(-1)!;
      table.row ??= [];
      if (name === 'th') table.rowHasHeader = true;
      this.cells.push([]);
    }
  }

  close(name: string): void {
    if (/^h[1-6]$/.test(name) || BLOCKS.has(name)) this.break(2);
    else if (name === 'ul' || name === 'ol') {
      this.lists.pop();
      if (this.lists.length === 0) this.break(2);
    } else if (name === 'strong' || name === 'b') this.write('**');
    else if (name === 'em' || name === 'i') this.write('*');
    else if (name === 'code' && this.pre === 0) this.write('`');
    else if (name === 'pre' && this.pre > 0) {
      this.pre--;
      this.write('\n```');
      this.break(2);
    } else if (name === 'a' && this.links.length > 0) {
      const href = this.links.pop();
      if (href) this.write(`](${href})`);
    } else if ((name === 'td' || name === 'th') && this.cells.length > 0) {
      const cell = this.cells.pop()!.join('').replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
      this.tables.at(-1)?.row?.push(cell);
    } else if (name === 'tr') {
      const table = this.tables.at(-1);
      if (table) this.closeRow(table);
    } else if (name === 'table') {
      const table = this.tables.pop();
      if (table) this.writeTable(table);
    }
  }

  private closeRow(table: Table): void {
    while (this.cells.length > 0) this.close('td');
    if (table.row && table.row.length > 0) {
      if (table.rowHasHeader && table.rows.length === table.headerRows) table.headerRows++;
      table.rows.push(table.row);
    }
    table.row = undefined;
  }

  private writeTable(table: Table): void {
    this.closeRow(table);
    const width = Math.max(0, ...table.rows.map((row) => row.length));
    if (width === 0) return;
    const line = (row: string[]) =>
      `| ${Array.from({ length: width }, (_, i) => row[i] ?? '').join(' | ')} |`;
    const lines = table.rows.map(line);
    lines.splice(Math.max(1, table.headerRows), 0, `|${' --- |'.repeat(width)}`);
    this.break(2);
    this.write(lines.join('\n'));
    this.break(2);
  }

  finish(): string {
    while (this.tables.length > 0) this.close('table');
    while (this.pre > 0) this.close('pre');
    return tidyLines(this.parts);
  }
}

export function htmlToMarkdown(html: string): string {
  const writer = new MarkdownWriter();
  let dropping: { name: string; depth: number } | undefined;
  const tokens: HtmlToken[] = tokenizeHtml(html);
  for (const token of tokens) {
    if (dropping) {
      if (token.type === 'open' && token.name === dropping.name && !token.selfClosing) dropping.depth++;
      if (token.type === 'close' && token.name === dropping.name && --dropping.depth === 0)
        dropping = undefined;
      continue;
    }
    if (token.type === 'text') writer.text(token.text);
    else if (token.type === 'close') writer.close(token.name);
    else if (DROPPED.has(token.name)) {
      if (!token.selfClosing && !VOID.has(token.name)) dropping = { name: token.name, depth: 1 };
    } else if (
      token.name === 'script' ||
      token.name === 'style' ||
      token.name === 'textarea' ||
      token.name === 'title'
    ) {
      // Raw-text elements: the tokenizer already skipped their content.
    } else writer.open(token.name, token.attrs);
  }
  return writer.finish();
}
