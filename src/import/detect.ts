// Which importer a file needs, from its name and its first bytes, so one Import button takes any of them.
import { isRecord } from './types';

export type ImportFormat =
  | 'pack'
  | 'csv'
  | 'markdown'
  | 'zip'
  | 'zendesk'
  | 'freshdesk'
  | 'intercom'
  | 'zendesk-macros'
  | 'freshdesk-canned'
  | 'unknown';

/** Formats `ownit import --from` may force (a .zip is told by its bytes, never forced). */
export const FORCEABLE_FORMATS = [
  'pack',
  'csv',
  'markdown',
  'zendesk',
  'freshdesk',
  'intercom',
  'zendesk-macros',
  'freshdesk-canned',
] as const satisfies readonly ImportFormat[];
export type ForcedFormat = (typeof FORCEABLE_FORMATS)[number];

/** A Zendesk macro or a Freshdesk canned response (or a folder of them), by its keys. */
function cannedShape(entry: Record<string, unknown>): ImportFormat | undefined {
  if (Array.isArray(entry.actions) && 'title' in entry) return 'zendesk-macros';
  if ('content_html' in entry || ('content' in entry && 'folder_id' in entry)) return 'freshdesk-canned';
  if (Array.isArray(entry.canned_responses) || (Array.isArray(entry.responses) && 'name' in entry))
    return 'freshdesk-canned';
  return undefined;
}

function startsWithZipMagic(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 3 || bytes[2] === 5) &&
    (bytes[3] === 4 || bytes[3] === 6)
  );
}

/** The format of already parsed JSON: a pack, one of the helpdesk exports, or unknown. */
export function detectJsonFormat(data: unknown): ImportFormat {
  if (isRecord(data)) {
    if (data.format === 'ownit-pack') return 'pack';
    if (Array.isArray(data.macros) || isRecord(data.macro)) return 'zendesk-macros';
    if (Array.isArray(data.canned_responses)) return 'freshdesk-canned';
    if (data.type === 'list' && Array.isArray(data.data)) return 'intercom';
    if (Array.isArray(data.articles)) {
      const first = data.articles.find(isRecord);
      if (first && ('description' in first || 'folder_id' in first)) return 'freshdesk';
      return 'zendesk';
    }
    if (Array.isArray(data.data)) return 'intercom';
    return 'unknown';
  }
  if (Array.isArray(data)) {
    const first = data.find(isRecord);
    if (!first) return 'unknown';
    const canned = cannedShape(first);
    if (canned) return canned;
    if ('folder_id' in first || 'description_text' in first || ('description' in first && 'status' in first))
      return 'freshdesk';
    if ('label_names' in first || 'section_id' in first || 'html_url' in first) return 'zendesk';
    if ('state' in first || first.type === 'article' || 'parent_id' in first) return 'intercom';
    return 'unknown';
  }
  return 'unknown';
}

/**
 * The format of a file before parsing. JSON content needs `detectJsonFormat` to tell packs from
 * helpdesk exports, so for JSON this answers from the text's shape cheaply and `parseImportFile` refines.
 */
export function detectFormat(fileName: string, content: string | Uint8Array): ImportFormat {
  const name = fileName.toLowerCase();
  if (typeof content !== 'string' && startsWithZipMagic(content)) return 'zip';
  if (name.endsWith('.zip')) return 'zip';
  if (name.endsWith('.md') || name.endsWith('.markdown')) return 'markdown';
  if (name.endsWith('.csv') || name.endsWith('.tsv')) return 'csv';
  // Only the start of the file decides; a 60 MB pack is not copied to look at its first brace.
  const text =
    typeof content === 'string'
      ? content.slice(0, 8192)
      : new TextDecoder().decode(content.subarray(0, 8192));
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (name.endsWith('.json') || start.startsWith('{') || start.startsWith('[')) {
    const head = start.slice(0, 4096);
    if (/"format"\s*:\s*"ownit-pack"/.test(head)) return 'pack';
    if (/"macros?"\s*:|"comment_value/.test(head)) return 'zendesk-macros';
    if (/"content_html"|"canned_responses"/.test(head)) return 'freshdesk-canned';
    if (/"type"\s*:\s*"list"/.test(head) || /"state"\s*:/.test(head)) return 'intercom';
    if (/"label_names"|"section_id"|"html_url"/.test(head)) return 'zendesk';
    if (/"folder_id"|"description_text"/.test(head)) return 'freshdesk';
    return 'unknown';
  }
  if (start.startsWith('---') || start.startsWith('#')) return 'markdown';
  const head = start.slice(0, 4096);
  const firstLine = head.slice(0, head.search(/\r?\n|$/)).toLowerCase();
  if (/(^|[,;"])\s*title\s*("|[,;]|$)/.test(firstLine)) return 'csv';
  return 'unknown';
}
