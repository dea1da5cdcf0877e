// Articles as Markdown files with front matter, zipped: one `<id>.md` per article. Values are written as
// JSON strings and lists, which the front matter reader takes back exactly.
import { zipSync } from 'fflate';
import { slugify } from '../import/types';
import type { Pack } from '../shared/model';

type PackArticle = Pack['articles'][number];

export function articleToMarkdown(article: PackArticle): string {
  const lines = ['---', `id: ${JSON.stringify(article.id)}`, `title: ${JSON.stringify(article.title)}`];
  if (article.tags.length > 0) lines.push(`tags: ${JSON.stringify(article.tags)}`);
  if (article.keywords.length > 0) lines.push(`keywords: ${JSON.stringify(article.keywords)}`);
  if (article.category) lines.push(`category: ${JSON.stringify(article.category)}`);
  if (article.owner) lines.push(`owner: ${JSON.stringify(article.owner)}`);
  if (article.reviewBy) lines.push(`review_by: ${article.reviewBy}`);
  if (article.url) lines.push(`url: ${JSON.stringify(article.url)}`);
  // A blank line after the front matter and a final line break, both taken off again on import.
  lines.push('---', '', `${article.body}\n`);
  return lines.join('\n');
}

/** File names from ids, made unique; ids that make no usable name fall back to their position. */
function fileNames(articles: readonly PackArticle[]): string[] {
  const used = new Set<string>();
  return articles.map((article, index) => {
    const base = slugify(article.id) || `article-${index + 1}`;
    let name = `${base}.md`;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}.md`;
    used.add(name);
    return name;
  });
}

export function articlesToMarkdownZip(articles: readonly PackArticle[], mtime = new Date()): Uint8Array {
  const encoder = new TextEncoder();
  const names = fileNames(articles);
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {};
  articles.forEach((article, i) => {
    files[names[i]!] = [encoder.encode(articleToMarkdown(article)), { mtime }];
  });
  return zipSync(files, { level: 6 });
}
