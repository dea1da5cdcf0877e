// Articles from a CSV file with a header row. Columns (any order, any case): id, title, body, tags,
// keywords, category, owner, review_by, url. Tags and keywords are separated by `;` or `|`.
import { ARTICLE_TEXT_FIELDS, type ArticleTextField } from '../shared/article-text';
import { parseCsvRecords } from './csv-records';
import {
  type ImportIssue,
  type ImportItem,
  isCalendarDate,
  issue,
  MAX_FILE_ITEMS,
  type PackArticle,
  type ParseResult,
  slugify,
  splitWords,
} from './types';

/** An article's text fields as CSV headers: `reviewBy` is written `review_by`. */
const header = (field: ArticleTextField) =>
  (field === 'reviewBy' ? 'review_by' : field) as Exclude<ArticleTextField, 'reviewBy'> | 'review_by';
/** The columns in the order an export writes them: the id, the article's text fields, its address. */
export const CSV_COLUMNS = ['id', ...ARTICLE_TEXT_FIELDS.map(header), 'url'] as const;
type Column = (typeof CSV_COLUMNS)[number];

/** Header spellings people use, mapped to a column. */
const ALIASES: Record<string, Column> = {
  reviewby: 'review_by',
  'review by': 'review_by',
  'review-by': 'review_by',
  tag: 'tags',
  labels: 'tags',
  keyword: 'keywords',
  content: 'body',
  text: 'body',
  name: 'title',
};

function columnOf(header: string): Column | undefined {
  const name = header.trim().toLowerCase();
  if ((CSV_COLUMNS as readonly string[]).includes(name)) return name as Column;
  return ALIASES[name];
}

/**
 * Our CSV export puts an apostrophe before a cell starting with = + - @ (so a spreadsheet does not run
 * it as a formula); importing takes it off again so an exported file comes back unchanged.
 */
export function unprotectCell(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

export function parseCsvArticles(
  file: string,
  text: string,
  onProgress?: (done: number, total: number) => void,
): ParseResult {
  const errors: ImportIssue[] = [];
  const items: ImportItem[] = [];
  // The header and at most MAX_FILE_ITEMS rows; one more and the file is refused as a whole.
  const { records, unclosedQuoteLine, truncated } = parseCsvRecords(text, onProgress, MAX_FILE_ITEMS + 1);
  if (truncated) {
    const limit = MAX_FILE_ITEMS.toLocaleString('en-US');
    errors.push(
      issue(
        'error',
        file,
        `the file has more than ${limit} rows; the limit is ${limit}. Split it into smaller files.`,
      ),
    );
    return { items, errors };
  }
  if (unclosedQuoteLine !== undefined) {
    errors.push(
      issue('error', file, 'a quoted field is never closed; the rest of the file was not read', {
        line: unclosedQuoteLine,
      }),
    );
  }
  const [header, ...rows] = records;
  if (!header) {
    errors.push(
      issue('error', file, 'the file is empty; expected a header row such as "id,title,body,tags"'),
    );
    return { items, errors };
  }
  const columns = header.fields.map(columnOf);
  header.fields.forEach((name, index) => {
    if (columns[index] === undefined) {
      errors.push(
        issue('warning', file, `unknown column "${name}" is ignored`, { line: header.line, field: name }),
      );
    } else if (columns.indexOf(columns[index]) !== index) {
      errors.push(
        issue('warning', file, `column "${name}" appears twice; the first one is used`, {
          line: header.line,
          field: name,
        }),
      );
    }
  });
  if (!columns.includes('title')) {
    errors.push(
      issue('error', file, 'no "title" column; the header row must name the columns', { line: header.line }),
    );
    return { items, errors };
  }
  rows.forEach((record, index) => {
    const row = index + 1;
    const cells: Partial<Record<Column, string>> = {};
    columns.forEach((column, at) => {
      if (column !== undefined && cells[column] === undefined)
        cells[column] = unprotectCell(record.fields[at] ?? '');
    });
    const at = { line: record.line, row };
    if (record.fields.length > header.fields.length) {
      errors.push(
        issue(
          'warning',
          file,
          `${record.fields.length} cells but ${header.fields.length} columns; extra cells ignored`,
          at,
        ),
      );
    }
    const article = articleOfCells(cells, file, at, errors);
    if (article)
      items.push({ kind: 'article', item: article, where: `${file}:${record.line}`, source: 'local' });
  });
  return { items, errors };
}

function articleOfCells(
  cells: Partial<Record<Column, string>>,
  file: string,
  at: { line: number; row: number },
  errors: ImportIssue[],
): PackArticle | undefined {
  const title = (cells.title ?? '').trim();
  if (title === '') {
    errors.push(issue('error', file, 'must not be empty', { ...at, field: 'title' }));
    return undefined;
  }
  const id = (cells.id ?? '').trim() || slugify(title);
  if (id === '') {
    errors.push(issue('error', file, 'no id, and none can be made from the title', { ...at, field: 'id' }));
    return undefined;
  }
  const reviewBy = (cells.review_by ?? '').trim();
  if (reviewBy !== '' && !isCalendarDate(reviewBy)) {
    errors.push(
      issue('error', file, `"${reviewBy}" is not a date like 2027-03-31`, { ...at, field: 'review_by' }),
    );
    return undefined;
  }
  const article: PackArticle = {
    id,
    title,
    // The body is kept exactly as written (its line breaks and trailing newline are content).
    body: cells.body ?? '',
    tags: splitWords(cells.tags ?? ''),
    keywords: splitWords(cells.keywords ?? ''),
  };
  const category = (cells.category ?? '').trim();
  if (category) article.category = category;
  const owner = (cells.owner ?? '').trim();
  if (owner) article.owner = owner;
  if (reviewBy) article.reviewBy = reviewBy;
  // Checked with the rest of the row by the plan (an address that is not http or https is refused).
  const url = (cells.url ?? '').trim();
  if (url) article.url = url;
  return article;
}
