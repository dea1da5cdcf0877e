// Help-center exports: Zendesk Guide articles, Freshdesk solution articles and Intercom articles. HTML
// bodies become Markdown; drafts are skipped (counted in one warning); ids get the helpdesk's prefix
// (`zendesk-123`) so importing a newer export updates the same articles.
import { htmlToMarkdown } from './html-markdown';
import {
  type ImportIssue,
  type ImportItem,
  isRecord,
  issue,
  type PackArticle,
  type ParseResult,
  splitWords,
} from './types';

export type Helpdesk = 'zendesk' | 'freshdesk' | 'intercom';

interface Mapped {
  article?: PackArticle;
  draft?: boolean;
  problem?: { field: string; message: string };
}

const idText = (value: unknown): string =>
  typeof value === 'number' && Number.isFinite(value)
    ? String(value)
    : typeof value === 'string'
      ? value.trim()
      : '';
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const list = (value: unknown): string[] =>
  Array.isArray(value)
    ? splitWords(value.filter((entry) => typeof entry === 'string' || typeof entry === 'number'))
    : [];

/** An http(s) address of at most 2,000 characters, or undefined. */
export function publicUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 2_000) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function build(
  prefix: Helpdesk,
  raw: Record<string, unknown>,
  body: string,
  tags: string[],
  category: string,
): Mapped {
  const id = idText(raw.id);
  if (id === '') return { problem: { field: 'id', message: 'missing id' } };
  const title = text(raw.title).trim();
  if (title === '') return { problem: { field: 'title', message: 'must not be empty' } };
  const article: PackArticle = { id: `${prefix}-${id}`, title, body, tags, keywords: [] };
  if (category) article.category = category;
  // The public address the export names (Zendesk `html_url`, Intercom `url`), kept for "Insert link".
  const url = publicUrl(prefix === 'zendesk' ? raw.html_url : prefix === 'intercom' ? raw.url : undefined);
  if (url) article.url = url;
  return { article };
}

function zendesk(raw: Record<string, unknown>): Mapped {
  if (raw.draft === true) return { draft: true };
  const section = idText(raw.section_id);
  return build(
    'zendesk',
    raw,
    htmlToMarkdown(text(raw.body)),
    list(raw.label_names),
    section ? `section ${section}` : '',
  );
}

function freshdesk(raw: Record<string, unknown>): Mapped {
  if (raw.status !== undefined && raw.status !== 2) return { draft: true };
  const html = text(raw.description);
  const body = html !== '' ? htmlToMarkdown(html) : text(raw.description_text).trim();
  const folder = idText(raw.folder_id);
  return build('freshdesk', raw, body, list(raw.tags), folder ? `folder ${folder}` : '');
}

function intercom(raw: Record<string, unknown>): Mapped {
  if (raw.state !== undefined && raw.state !== 'published') return { draft: true };
  const description = text(raw.description).trim();
  const body = htmlToMarkdown(text(raw.body));
  const mapped = build(
    'intercom',
    raw,
    description && !body.includes(description) ? `${description}\n\n${body}` : body,
    [],
    '',
  );
  return mapped;
}

const MAPPERS: Record<Helpdesk, (raw: Record<string, unknown>) => Mapped> = { zendesk, freshdesk, intercom };

/** The list of articles inside an export, or undefined when the shape is not this helpdesk's. */
export function helpdeskArticles(kind: Helpdesk, data: unknown): unknown[] | undefined {
  if (Array.isArray(data)) return data;
  if (!isRecord(data)) return undefined;
  if (kind === 'zendesk' && Array.isArray(data.articles)) return data.articles;
  if (kind === 'intercom' && Array.isArray(data.data)) return data.data;
  if (kind === 'freshdesk' && Array.isArray(data.articles)) return data.articles;
  return undefined;
}

const LABEL: Record<Helpdesk, string> = {
  zendesk: 'a Zendesk articles export ({"articles":[…]})',
  freshdesk: 'a Freshdesk solution articles list ([…])',
  intercom: 'an Intercom articles export ({"type":"list","data":[…]})',
};

export function parseHelpdeskExport(kind: Helpdesk, file: string, data: unknown): ParseResult {
  const errors: ImportIssue[] = [];
  const items: ImportItem[] = [];
  const rows = helpdeskArticles(kind, data);
  if (!rows) return { items, errors: [issue('error', file, `expected ${LABEL[kind]}`)] };
  let drafts = 0;
  rows.forEach((raw, row) => {
    if (!isRecord(raw)) {
      errors.push(issue('error', file, 'expected an article object', { row }));
      return;
    }
    const mapped = MAPPERS[kind](raw);
    if (mapped.draft) drafts++;
    else if (mapped.problem)
      errors.push(issue('error', file, mapped.problem.message, { row, field: mapped.problem.field }));
    else if (mapped.article)
      items.push({ kind: 'article', item: mapped.article, where: `${file} item ${row}`, source: 'local' });
  });
  if (drafts > 0) {
    errors.push(
      issue('warning', file, `${drafts} draft or unpublished article${drafts === 1 ? '' : 's'} skipped`),
    );
  }
  return { items, errors };
}
