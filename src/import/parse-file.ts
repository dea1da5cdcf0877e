// One entry point for every import format: sniffs the format, enforces the size cap and dispatches.
// Never throws: anything unexpected becomes an error naming the file.
import { parseFreshdeskCanned, parseZendeskMacros } from './canned-replies';
import { parseCsvArticles } from './csv-articles';
import { detectFormat, detectJsonFormat, type ForcedFormat, type ImportFormat } from './detect';
import { parseHelpdeskExport } from './helpdesk';
import { parseMarkdownArticle } from './markdown-articles';
import { parseMarkdownZip } from './markdown-zip';
import { parseJsonText, parsePackValue } from './pack-file';
import { issue, MAX_FILE_BYTES, type ParseResult } from './types';

export interface FileResult extends ParseResult {
  file: string;
  format: ImportFormat;
}

const SUPPORTED =
  'an Own It pack (.json), a CSV file with a header row, Markdown (.md) files or a .zip of them, or a Zendesk, Freshdesk or Intercom articles export (.json), Zendesk macros or Freshdesk canned responses (.json)';

function sizeOf(content: string | Uint8Array): number {
  // A string's UTF-8 size is at least its length and at most three times it; the length is a fair cap.
  return typeof content === 'string' ? content.length : content.byteLength;
}

function asText(content: string | Uint8Array): string {
  const text = typeof content === 'string' ? content : new TextDecoder('utf-8').decode(content);
  return text.replace(/^\uFEFF/, '');
}

/** (done, total) while a file is read: characters of its text for CSV, reported every few hundred rows. */
export type ParseProgress = (done: number, total: number) => void;

function parseKnown(
  file: string,
  format: ImportFormat,
  content: string | Uint8Array,
  onProgress?: ParseProgress,
  forced?: ForcedFormat,
): FileResult {
  if (format === 'zip') {
    if (typeof content === 'string')
      return { file, format, items: [], errors: [issue('error', file, 'a .zip must be read as bytes')] };
    return { file, format, ...parseMarkdownZip(file, content) };
  }
  const text = asText(content);
  if (format === 'csv') return { file, format, ...parseCsvArticles(file, text, onProgress) };
  if (format === 'markdown') return { file, format, ...parseMarkdownArticle(file, text) };
  const json = parseJsonText(file, text);
  if (!json.ok) return { file, format: forced ?? format, items: [], errors: [json.error] };
  const jsonFormat = forced ?? detectJsonFormat(json.value);
  if (jsonFormat === 'zendesk-macros')
    return { file, format: jsonFormat, ...parseZendeskMacros(file, json.value) };
  if (jsonFormat === 'freshdesk-canned')
    return { file, format: jsonFormat, ...parseFreshdeskCanned(file, json.value) };
  if (jsonFormat === 'pack') return { file, format: jsonFormat, ...parsePackValue(file, json.value) };
  if (jsonFormat === 'zendesk' || jsonFormat === 'freshdesk' || jsonFormat === 'intercom') {
    return { file, format: jsonFormat, ...parseHelpdeskExport(jsonFormat, file, json.value) };
  }
  return {
    file,
    format: 'unknown',
    items: [],
    errors: [issue('error', file, `not a format Own It can import; expected ${SUPPORTED}`)],
  };
}

export function parseImportFile(
  file: string,
  content: string | Uint8Array,
  maxBytes = MAX_FILE_BYTES,
  onProgress?: ParseProgress,
  /** `ownit import --from`: read the file as this format instead of guessing from its shape. */
  forced?: ForcedFormat,
): FileResult {
  const size = sizeOf(content);
  if (size > maxBytes) {
    const mb = (n: number) =>
      n < 1024 * 1024 ? `${Math.ceil(n / 1024)} KB` : `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
    return {
      file,
      format: 'unknown',
      items: [],
      errors: [
        issue(
          'error',
          file,
          `the file is ${mb(size)}; the limit is ${mb(maxBytes)}. Split it into smaller files.`,
        ),
      ],
    };
  }
  try {
    const detected = detectFormat(file, content);
    // A forced JSON format takes the JSON path whatever the file looks like (`pack` stands for it here).
    const format: ImportFormat =
      forced === 'csv' || forced === 'markdown' ? forced : forced && detected !== 'zip' ? 'pack' : detected;
    const head =
      typeof content === 'string'
        ? content.slice(0, 200)
        : new TextDecoder().decode(content.subarray(0, 200));
    if (format === 'unknown' && !/^\uFEFF?\s*[[{]/.test(head)) {
      return {
        file,
        format,
        items: [],
        errors: [issue('error', file, `not a format Own It can import; expected ${SUPPORTED}`)],
      };
    }
    return parseKnown(file, format, content, onProgress, forced);
  } catch (error) {
    return {
      file,
      format: 'unknown',
      items: [],
      errors: [issue('error', file, `could not be read: ${(error as Error)?.message ?? String(error)}`)],
    };
  }
}
