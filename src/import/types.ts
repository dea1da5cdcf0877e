// What every import parser returns: the items it could read and the problems it found, each problem
// naming the file, the row or line, and the field. Parsers never throw.
import type { Pack, Source } from '../shared/model';

export type PackArticle = Pack['articles'][number];
export type PackPlaybook = Pack['playbooks'][number];
export type PackRule = Pack['rules'][number];
export type PackSnippet = NonNullable<Pack['snippets']>[number];

interface Origin {
  /** "faq.csv:4", "team.json articles[3]". */
  where: string;
  source: Source;
  /** Already checked by parsePack (items of a valid pack), so the plan need not check it again. */
  validated?: boolean;
}

export type ImportItem =
  | ({ kind: 'article'; item: PackArticle } & Origin)
  | ({ kind: 'playbook'; item: PackPlaybook } & Origin)
  | ({ kind: 'rule'; item: PackRule } & Origin)
  | ({ kind: 'snippet'; item: PackSnippet } & Origin);

export type ItemKind = ImportItem['kind'];

export interface ImportIssue {
  severity: 'error' | 'warning';
  file: string;
  /** 1-based line in the file (CSV: the line the row starts on; JSON: where the syntax breaks). */
  line?: number;
  /** 1-based data row for CSV (the header is row 0), or the index in a JSON list. */
  row?: number;
  field?: string;
  message: string;
}

export interface ParseResult {
  items: ImportItem[];
  /** Errors reject a row (or the whole file); warnings only inform. */
  errors: ImportIssue[];
}

/**
 * Largest file an import accepts, so a wrong pick (a video, a database dump) fails fast and clearly.
 * 10,000 articles of the shared benchmark corpus take 65 MB as CSV and 68 MB as a pack, so the cap
 * leaves room for a knowledge base of that size in one file.
 */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/**
 * Most items one file may hold (CSV rows, Markdown files in a .zip), so a file of a million short rows
 * is refused at once, with a clear message, instead of taking minutes and gigabytes to preview.
 * Twice the 10,000-article knowledge base the budgets are measured on.
 */
export const MAX_FILE_ITEMS = 20_000;

/** "faq.csv:4: title: must not be empty" (file:line: field: message, like a compiler), for the CLI and the preview. */
export function describeIssue(issue: ImportIssue): string {
  const at = issue.line !== undefined ? `${issue.file}:${issue.line}` : issue.file;
  const parts = [at];
  if (issue.severity === 'warning') parts.push('warning');
  if (issue.row !== undefined && issue.line === undefined) parts.push(`item ${issue.row}`);
  if (issue.field !== undefined) parts.push(issue.field);
  return `${parts.join(': ')}: ${issue.message}`;
}

export function issue(
  severity: ImportIssue['severity'],
  file: string,
  message: string,
  at: { line?: number; row?: number; field?: string } = {},
): ImportIssue {
  return { severity, file, message, ...at };
}

export { isRecord } from '../shared/records';
export { slugify } from '../shared/text-fields';

/** Tags or keywords from "a; b | c" or a list: trimmed, empty ones dropped, duplicates removed. */
export function splitWords(value: string | readonly unknown[]): string[] {
  const parts = typeof value === 'string' ? value.split(/[;|]/) : value.map((entry) => String(entry));
  return [...new Set(parts.map((part) => part.trim()).filter((part) => part !== ''))];
}

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** The articles among parsed items. */
export function articlesOf(items: readonly ImportItem[]): PackArticle[] {
  return items.flatMap((entry) => (entry.kind === 'article' ? [entry.item] : []));
}
