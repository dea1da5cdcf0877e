// Export of the agent's notes and commitments as CSV (for a spreadsheet) and JSON (complete, for tools).
// Pure; `downloadFile` (re-exported from src/shared/download.ts) is the one helper that touches the DOM.
import type { Note } from '../shared/model';

export const CSV_COLUMNS = [
  'createdAt',
  'ticketKey',
  'site',
  'ticketId',
  'subject',
  'customer',
  'stage',
  'rootCause',
  'text',
  'promise',
  'dueAt',
  'status',
  'doneAt',
  'keptOnTime',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

export const NOTES_FORMAT = 'ownit-notes';
export const NOTES_FORMAT_VERSION = 1;

export interface NotesExport {
  format: typeof NOTES_FORMAT;
  version: typeof NOTES_FORMAT_VERSION;
  /** ISO 8601, UTC. */
  exportedAt: string;
  notes: Note[];
}

/**
 * A spreadsheet runs a cell that starts with one of these as a formula (`=HYPERLINK(…)` in a customer
 * name, say). OWASP's list: = + - @, plus tab and carriage return.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: neutralised against formula injection, then quoted when it holds a comma, a semicolon
 * (the separator of European spreadsheets, where `x;=1+1` would become two cells and run the second), a
 * quote or a line break, or when it had to be neutralised (so the apostrophe and the text stay one cell
 * whatever separator the spreadsheet picks). Quotes inside are doubled (RFC 4180).
 */
export function csvCell(value: string): string {
  const risky = FORMULA_START.test(value);
  const safe = risky ? `'${value}` : value;
  return risky || /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function iso(ms: number | undefined): string {
  return ms === undefined || !Number.isFinite(ms) ? '' : new Date(ms).toISOString();
}

/** 'yes' / 'no' once a promise is settled, '' while it is open or when there is none. */
function keptOnTime(note: Note): string {
  const promise = note.commitment;
  if (!promise) return '';
  if (promise.status === 'missed') return 'no';
  if (promise.status !== 'done') return '';
  return promise.doneAt !== undefined && promise.doneAt <= promise.dueAt ? 'yes' : 'no';
}

export function csvRow(note: Note): Record<CsvColumn, string> {
  const promise = note.commitment;
  return {
    createdAt: iso(note.createdAt),
    ticketKey: note.ticketKey,
    site: note.site,
    ticketId: note.ticketId ?? '',
    subject: note.subject ?? '',
    customer: note.customer ?? '',
    stage: note.stage,
    rootCause: note.rootCause ?? '',
    text: note.text,
    promise: promise?.promise ?? '',
    dueAt: iso(promise?.dueAt),
    status: promise?.status ?? '',
    doneAt: iso(promise?.doneAt),
    keptOnTime: keptOnTime(note),
  };
}

function byCreation(notes: readonly Note[]): Note[] {
  return [...notes].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/**
 * RFC 4180 CSV: a header row, one row per note (oldest first), CRLF line ends. `bom` prepends a UTF-8
 * byte-order mark so spreadsheet apps read accented names correctly.
 */
export function notesToCsv(notes: readonly Note[], options: { bom?: boolean } = {}): string {
  const lines = [CSV_COLUMNS.map(csvCell).join(',')];
  for (const note of byCreation(notes)) {
    const row = csvRow(note);
    lines.push(CSV_COLUMNS.map((column) => csvCell(row[column])).join(','));
  }
  return `${options.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}

/** Every field of every note, oldest first. */
export function notesToJson(notes: readonly Note[], now = Date.now()): string {
  const document: NotesExport = {
    format: NOTES_FORMAT,
    version: NOTES_FORMAT_VERSION,
    exportedAt: new Date(now).toISOString(),
    notes: byCreation(notes),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** `ownit-notes-2025-03-14.csv`, dated in the agent's local time. */
export function exportFileName(extension: 'csv' | 'json', now = Date.now()): string {
  const date = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `ownit-notes-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.${extension}`;
}

export { downloadFile } from '../shared/download';
