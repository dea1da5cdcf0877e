// Articles from Markdown files with front matter (title, tags, keywords, category, owner, review_by, url, id).
// A file without a title in its front matter takes the first `# heading`, else its file name.
import { type FrontValue, parseFrontMatter } from './front-matter';
import {
  type ImportIssue,
  isCalendarDate,
  issue,
  type PackArticle,
  type ParseResult,
  slugify,
  splitWords,
} from './types';

const KNOWN_KEYS = new Set([
  'id',
  'title',
  'tags',
  'keywords',
  'category',
  'owner',
  'review_by',
  'reviewby',
  'url',
]);

function asText(value: FrontValue | undefined): string {
  if (value === undefined) return '';
  return (Array.isArray(value) ? value.join(', ') : value).trim();
}

function asWords(value: FrontValue | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value)
    ? splitWords(value)
    : splitWords(value.replace(/^\[|\]$/g, '').replace(/,/g, ';'));
}

function baseName(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.replace(/\.(md|markdown)$/i, '');
}

/** The first `# heading` and the body without it, or undefined when there is none. */
function firstHeading(body: string): { title: string; rest: string } | undefined {
  const match = /^#[ \t]+(.+)$/m.exec(body);
  if (!match) return undefined;
  // "# Title ##" closes with hashes; cut them without a backtracking regex.
  let title = match[1]!.trimEnd();
  let end = title.length;
  while (end > 0 && title[end - 1] === '#') end--;
  if (end < title.length && (title[end - 1] === ' ' || title[end - 1] === '\t')) title = title.slice(0, end);
  title = title.trim();
  if (title === '') return undefined;
  return { title, rest: (body.slice(0, match.index) + body.slice(match.index + match[0].length)).trim() };
}

export function parseMarkdownArticle(file: string, text: string): ParseResult {
  const errors: ImportIssue[] = [];
  const front = parseFrontMatter(text);
  if (front.unclosed) {
    errors.push(
      issue('error', file, 'the front matter starting with "---" is never closed by another "---"', {
        line: 1,
      }),
    );
    return { items: [], errors };
  }
  for (const bad of front.badLines) {
    errors.push(
      issue('warning', file, `front matter line "${bad.text.slice(0, 60)}" is not "key: value"; ignored`, {
        line: bad.line,
      }),
    );
  }
  for (const [key, entry] of front.fields) {
    if (!KNOWN_KEYS.has(key))
      errors.push(
        issue('warning', file, `unknown front matter key "${key}" is ignored`, {
          line: entry.line,
          field: key,
        }),
      );
  }
  const field = (key: string) => front.fields.get(key);
  // The exact inverse of the export (src/export/markdown-zip.ts): one blank line after the front matter
  // and one final line break are layout, not content.
  let body = front.present ? front.body.replace(/^\n/, '').replace(/\n$/, '') : front.body.trim();
  let title = asText(field('title')?.value);
  if (title === '') {
    const heading = firstHeading(body);
    if (heading) {
      title = heading.title;
      body = heading.rest;
    } else {
      title = baseName(file).replace(/[-_]+/g, ' ').trim();
    }
  }
  if (title === '') {
    errors.push(
      issue('error', file, 'no title in the front matter, no "# heading" and no usable file name', {
        field: 'title',
      }),
    );
    return { items: [], errors };
  }
  const id = asText(field('id')?.value) || slugify(baseName(file)) || slugify(title);
  if (id === '') {
    errors.push(
      issue('error', file, 'no id, and none can be made from the file name or title', { field: 'id' }),
    );
    return { items: [], errors };
  }
  const reviewEntry = field('review_by') ?? field('reviewby');
  const reviewBy = asText(reviewEntry?.value);
  if (reviewBy !== '' && !isCalendarDate(reviewBy)) {
    errors.push(
      issue('error', file, `"${reviewBy}" is not a date like 2027-03-31`, {
        line: reviewEntry?.line,
        field: 'review_by',
      }),
    );
    return { items: [], errors };
  }
  const article: PackArticle = {
    id,
    title,
    body,
    tags: asWords(field('tags')?.value),
    keywords: asWords(field('keywords')?.value),
  };
  const category = asText(field('category')?.value);
  if (category) article.category = category;
  const owner = asText(field('owner')?.value);
  if (owner) article.owner = owner;
  if (reviewBy) article.reviewBy = reviewBy;
  const url = asText(field('url')?.value);
  if (url) article.url = url;
  return { items: [{ kind: 'article', item: article, where: file, source: 'local' }], errors };
}
