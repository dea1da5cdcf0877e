// A .zip of Markdown files (a folder exported from a wiki, say). The archive is read without trusting
// it (src/import/zip-entries.ts): entries that overlap or disagree with their headers refuse the whole
// file, the number of Markdown files and their unpacked total are capped, each entry counts the larger
// of its declared and its real size, and inflating stops at the declared size and at the cap.
// macOS resource forks, dotfiles and non-Markdown entries are skipped.
import { parseMarkdownArticle } from './markdown-articles';
import { type ImportIssue, type ImportItem, issue, MAX_FILE_ITEMS, type ParseResult } from './types';
import { OverBudget, readZipEntries, unpackEntry, ZipProblem } from './zip-entries';

export const MAX_ZIP_ENTRIES = MAX_FILE_ITEMS;
export const MAX_ZIP_BYTES = 100 * 1024 * 1024;
/** Entries of any kind (folders and skipped files too) an archive may list. */
export const MAX_ZIP_LISTED = 4 * MAX_ZIP_ENTRIES;

const MARKDOWN = /\.(md|markdown)$/i;

function skipReason(name: string): string | undefined {
  if (name.endsWith('/')) return ''; // a folder entry: nothing to say
  if (name.startsWith('__MACOSX/') || name.split('/').some((part) => part.startsWith('.'))) return '';
  if (!MARKDOWN.test(name)) return 'not a Markdown (.md) file; skipped';
  return undefined;
}

const refuse = (file: string, message: string): ParseResult => ({
  items: [],
  errors: [issue('error', file, message)],
});

const TOO_BIG = `more than ${MAX_ZIP_BYTES / 1024 / 1024} MB once unpacked`;

export function parseMarkdownZip(file: string, bytes: Uint8Array): ParseResult {
  const errors: ImportIssue[] = [];
  const items: ImportItem[] = [];
  let entries: ReturnType<typeof readZipEntries>;
  try {
    entries = readZipEntries(bytes, MAX_ZIP_LISTED);
  } catch (error) {
    if (error instanceof ZipProblem) return refuse(file, `not a readable .zip file (${error.message})`);
    throw error;
  }
  const wanted = [];
  const names = new Set<string>();
  let declared = 0;
  for (const entry of entries) {
    const reason = skipReason(entry.name);
    if (reason !== undefined) {
      if (reason !== '') errors.push(issue('warning', `${file}/${entry.name}`, reason));
      continue;
    }
    if (entry.encrypted || (entry.method !== 0 && entry.method !== 8)) {
      const why = entry.encrypted ? 'is encrypted' : 'uses a compression method other than deflate';
      errors.push(issue('warning', `${file}/${entry.name}`, `${why}; skipped`));
      continue;
    }
    if (names.has(entry.name)) return refuse(file, `not a readable .zip file (it lists ${entry.name} twice)`);
    names.add(entry.name);
    wanted.push(entry);
    declared += entry.size;
    const tooBig =
      wanted.length > MAX_ZIP_ENTRIES
        ? `more than ${MAX_ZIP_ENTRIES} Markdown files`
        : declared > MAX_ZIP_BYTES
          ? TOO_BIG
          : undefined;
    if (tooBig) return refuse(file, `the archive holds ${tooBig}; split it into smaller ones`);
  }
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const texts = new Map<string, string>();
  let unpacked = 0;
  for (const entry of wanted) {
    let content: Uint8Array;
    try {
      content = unpackEntry(bytes, entry, MAX_ZIP_BYTES - unpacked);
    } catch (error) {
      if (error instanceof OverBudget)
        return refuse(file, `the archive holds ${TOO_BIG}; split it into smaller ones`);
      if (error instanceof ZipProblem) return refuse(file, `not a readable .zip file (${error.message})`);
      throw error;
    }
    unpacked += Math.max(entry.size, content.length);
    texts.set(entry.name, decoder.decode(content));
  }
  for (const name of [...texts.keys()].sort()) {
    const result = parseMarkdownArticle(`${file}/${name}`, texts.get(name)!);
    items.push(...result.items);
    errors.push(...result.errors);
  }
  if (wanted.length === 0) errors.push(issue('error', file, 'the archive holds no Markdown (.md) files'));
  return { items, errors };
}
