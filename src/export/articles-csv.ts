// Articles as CSV with the columns the CSV importer reads, safe to open in a spreadsheet: cells that
// would run as formulas get an apostrophe (the importer takes it off again).
import { CSV_COLUMNS } from '../import/csv-articles';
import { articleFieldsAsText } from '../shared/article-text';
import type { Pack } from '../shared/model';
import { csvCell } from './notes';

type PackArticle = Pack['articles'][number];

function cells(article: PackArticle): Record<(typeof CSV_COLUMNS)[number], string> {
  const { reviewBy, ...text } = articleFieldsAsText(article, '; ');
  return { id: article.id, ...text, review_by: reviewBy, url: article.url ?? '' };
}

/** RFC 4180 with CRLF line ends and a byte-order mark so spreadsheet apps read accents correctly. */
export function articlesToCsv(articles: readonly PackArticle[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const article of articles) {
    const row = cells(article);
    lines.push(CSV_COLUMNS.map((column) => csvCell(row[column])).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
