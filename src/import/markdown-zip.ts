// A .zip of Markdown files (a folder exported from a wiki, say). Entry count and total size are capped
// before anything is inflated; macOS resource forks, dotfiles and non-Markdown entries are skipped.
import { unzipSync } from 'fflate';
import { parseMarkdownArticle } from './markdown-articles';
import { type ImportIssue, type ImportItem, issue, MAX_FILE_ITEMS, type ParseResult } from './types';

export const MAX_ZIP_ENTRIES = MAX_FILE_ITEMS;
export const MAX_ZIP_BYTES = 100 * 1024 * 1024;

const MARKDOWN = /\.(md|markdown)$/i;

function skipReason(name: string): string | undefined {
  if (name.endsWith('/')) return ''; // a folder entry: nothing to say
  if (name.startsWith('__MACOSX/') || name.split('/').some((part) => part.startsWith('.'))) return '';
  if (!MARKDOWN.test(name)) return 'not a Markdown (.md) file; skipped';
  return undefined;
}

export function parseMarkdownZip(file: string, bytes: Uint8Array): ParseResult {
  const errors: ImportIssue[] = [];
  const items: ImportItem[] = [];
  let entries = 0;
  let total = 0;
  let tooBig: string | undefined;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(info) {
        const reason = skipReason(info.name);
        if (reason !== undefined) {
          if (reason !== '') errors.push(issue('warning', `${file}/${info.name}`, reason));
          return false;
        }
        entries++;
        total += info.originalSize;
        if (entries > MAX_ZIP_ENTRIES) tooBig = `more than ${MAX_ZIP_ENTRIES} Markdown files`;
        else if (total > MAX_ZIP_BYTES) tooBig = `more than ${MAX_ZIP_BYTES / 1024 / 1024} MB once unpacked`;
        if (tooBig !== undefined) return false;
        if (info.compression === 0 || info.compression === 8) return true;
        errors.push(
          issue('warning', `${file}/${info.name}`, 'uses a compression method other than deflate; skipped'),
        );
        return false;
      },
    });
  } catch (error) {
    return {
      items,
      errors: [issue('error', file, `not a readable .zip file (${(error as Error).message})`)],
    };
  }
  if (tooBig !== undefined) {
    return {
      items,
      errors: [issue('error', file, `the archive holds ${tooBig}; split it into smaller ones`)],
    };
  }
  const decoder = new TextDecoder('utf-8', { fatal: false });
  for (const name of Object.keys(files).sort()) {
    const result = parseMarkdownArticle(`${file}/${name}`, decoder.decode(files[name]));
    items.push(...result.items);
    errors.push(...result.errors);
  }
  if (entries === 0) errors.push(issue('error', file, 'the archive holds no Markdown (.md) files'));
  return { items, errors };
}
