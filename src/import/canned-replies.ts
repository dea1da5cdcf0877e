// Canned replies from other helpdesks as snippets: Zendesk macros (the macros API's JSON) and Freshdesk
// canned responses (the canned responses API's JSON). Only the reply text is kept (a macro's ticket
// field changes are not Own It's business); placeholders become Own It's fields (placeholders.ts).
// Ids get the helpdesk's prefix, so importing a newer export updates the same snippets. Never throws.
import { htmlToText } from './html-text';
import { mapPlaceholders } from './placeholders';
import {
  type ImportIssue,
  type ImportItem,
  isRecord,
  issue,
  type PackSnippet,
  type ParseResult,
  splitWords,
} from './types';

export type CannedFormat = 'zendesk-macros' | 'freshdesk-canned';

const MAX_BODY = 5_000;

const idText = (value: unknown): string =>
  typeof value === 'number' && Number.isFinite(value)
    ? String(value)
    : typeof value === 'string'
      ? value.trim().slice(0, 80)
      : '';
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The macros of a macros API answer: `{"macros":[…]}`, `{"macro":{…}}` or a bare list. */
export function zendeskMacros(data: unknown): unknown[] | undefined {
  if (Array.isArray(data)) return data;
  if (!isRecord(data)) return undefined;
  if (Array.isArray(data.macros)) return data.macros;
  if (isRecord(data.macro)) return [data.macro];
  return undefined;
}

/** A Zendesk comment action's text: a string, or `["channel:all", "text"]`. */
function commentOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const texts = value.filter((v): v is string => typeof v === 'string');
    return texts.find((t) => !/^channel:/.test(t)) ?? '';
  }
  return '';
}

/** The reply a macro writes: its plain comment, else its HTML comment as text. */
function macroReply(actions: unknown): string {
  if (!Array.isArray(actions)) return '';
  let plain = '';
  let html = '';
  for (const action of actions) {
    if (!isRecord(action)) continue;
    if (action.field === 'comment_value' && !plain) plain = commentOf(action.value).trim();
    if (action.field === 'comment_value_html' && !html) html = htmlToText(commentOf(action.value));
  }
  return plain || html;
}

interface Counts {
  inactive: number;
  noReply: number;
  unmapped: Set<string>;
  logic: string[];
}

function snippetOf(
  prefix: string,
  raw: Record<string, unknown>,
  title: string,
  reply: string,
  tags: string[],
  counts: Counts,
): PackSnippet | { field: string; message: string } {
  const id = idText(raw.id);
  if (id === '') return { field: 'id', message: 'missing id' };
  if (title === '') return { field: 'title', message: 'must not be empty' };
  const mapped = mapPlaceholders(reply);
  for (const name of mapped.unmapped) counts.unmapped.add(name);
  if (mapped.logic) counts.logic.push(title);
  if (mapped.text.length > MAX_BODY)
    return {
      field: 'body',
      message: `the reply is ${mapped.text.length} characters; a snippet holds at most ${MAX_BODY}`,
    };
  return { id: `${prefix}-${id}`, title: title.slice(0, 300), body: mapped.text, tags };
}

function finish(file: string, items: ImportItem[], errors: ImportIssue[], counts: Counts): ParseResult {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (counts.inactive > 0)
    errors.push(issue('warning', file, `${plural(counts.inactive, 'inactive macro')} skipped`));
  if (counts.noReply > 0)
    errors.push(
      issue(
        'warning',
        file,
        `${plural(counts.noReply, 'item')} with no reply text skipped (they only change ticket fields)`,
      ),
    );
  if (counts.unmapped.size > 0) {
    const names = [...counts.unmapped].slice(0, 10).join(', ');
    errors.push(
      issue(
        'warning',
        file,
        `placeholders the page does not answer become fields asked when inserting: ${names}${counts.unmapped.size > 10 ? ', …' : ''}`,
      ),
    );
  }
  if (counts.logic.length > 0) {
    errors.push(
      issue(
        'warning',
        file,
        `template logic ({% … %}) is kept as text, check: ${counts.logic.slice(0, 5).join('; ')}`,
      ),
    );
  }
  return { items, errors };
}

const newCounts = (): Counts => ({ inactive: 0, noReply: 0, unmapped: new Set(), logic: [] });

export function parseZendeskMacros(file: string, data: unknown): ParseResult {
  const rows = zendeskMacros(data);
  if (!rows)
    return { items: [], errors: [issue('error', file, 'expected a Zendesk macros list ({"macros":[…]})')] };
  const items: ImportItem[] = [];
  const errors: ImportIssue[] = [];
  const counts = newCounts();
  rows.forEach((raw, row) => {
    if (!isRecord(raw)) {
      errors.push(issue('error', file, 'expected a macro object', { row }));
      return;
    }
    if (raw.active === false) {
      counts.inactive++;
      return;
    }
    const reply = macroReply(raw.actions);
    if (!reply) {
      counts.noReply++;
      return;
    }
    // "Billing::Refund approved": the path is the macro's category in Zendesk's menu.
    const path = str(raw.title)
      .split('::')
      .map((part) => part.trim())
      .filter(Boolean);
    const title = path.at(-1) ?? '';
    const snippet = snippetOf(
      'zendesk-macro',
      raw,
      title,
      reply,
      splitWords(path.slice(0, -1).map((part) => part.slice(0, 120))),
      counts,
    );
    if ('message' in snippet)
      errors.push(issue('error', file, snippet.message, { row, field: snippet.field }));
    else items.push({ kind: 'snippet', item: snippet, where: `${file} item ${row}`, source: 'local' });
  });
  return finish(file, items, errors, counts);
}

interface CannedRow {
  raw: unknown;
  folder?: string;
}

/**
 * The responses of a canned responses answer: a list of responses (a folder's `/responses`), a folder
 * with `canned_responses`, `{"canned_responses":[…]}`, or a list of folders each holding its responses.
 */
export function freshdeskCanned(data: unknown): CannedRow[] | undefined {
  const folderRows = (folder: Record<string, unknown>): CannedRow[] | undefined => {
    const list = Array.isArray(folder.canned_responses)
      ? folder.canned_responses
      : Array.isArray(folder.responses)
        ? folder.responses
        : undefined;
    const name = str(folder.name).trim();
    return list?.map((raw) => (name ? { raw, folder: name } : { raw }));
  };
  if (isRecord(data)) return folderRows(data);
  if (!Array.isArray(data)) return undefined;
  const rows: CannedRow[] = [];
  for (const entry of data) {
    const inside = isRecord(entry) && !('title' in entry) ? folderRows(entry) : undefined;
    if (inside) rows.push(...inside);
    else rows.push({ raw: entry });
  }
  return rows;
}

export function parseFreshdeskCanned(file: string, data: unknown): ParseResult {
  const rows = freshdeskCanned(data);
  if (!rows)
    return {
      items: [],
      errors: [issue('error', file, 'expected Freshdesk canned responses ([{"title","content_html"},…])')],
    };
  const items: ImportItem[] = [];
  const errors: ImportIssue[] = [];
  const counts = newCounts();
  rows.forEach(({ raw, folder }, row) => {
    if (!isRecord(raw)) {
      errors.push(issue('error', file, 'expected a canned response object', { row }));
      return;
    }
    const html = str(raw.content_html);
    const reply = html.trim() ? htmlToText(html) : str(raw.content).trim();
    if (!reply) {
      if ('content_html' in raw || 'content' in raw) counts.noReply++;
      else
        errors.push(
          issue(
            'error',
            file,
            'has no content: export each folder with /canned_response_folders/{id}/responses',
            {
              row,
              field: 'content_html',
            },
          ),
        );
      return;
    }
    const snippet = snippetOf(
      'freshdesk-canned',
      raw,
      str(raw.title).trim(),
      reply,
      folder ? [folder.slice(0, 120)] : [],
      counts,
    );
    if ('message' in snippet)
      errors.push(issue('error', file, snippet.message, { row, field: snippet.field }));
    else items.push({ kind: 'snippet', item: snippet, where: `${file} item ${row}`, source: 'local' });
  });
  return finish(file, items, errors, counts);
}
