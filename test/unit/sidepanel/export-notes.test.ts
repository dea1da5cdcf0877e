import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  csvCell,
  exportFileName,
  type NotesExport,
  notesToCsv,
  notesToJson,
} from '../../../src/export/notes';
import type { Note } from '../../../src/shared/model';

/** A strict RFC 4180 reader, to check that what we write reads back cell for cell. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') {
      if (cell !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else if (c === '\n' || c === '\r') throw new Error(`bare line break at ${i}`);
    else cell += c;
  }
  if (quoted) throw new Error('unterminated quote');
  if (cell !== '' || row.length > 0) throw new Error('last row has no CRLF');
  return rows;
}

const T0 = Date.UTC(2025, 2, 10, 14, 30);

const plain: Note = {
  id: 'n1',
  ticketKey: 'zendesk#4821',
  site: 'zendesk',
  ticketId: '4821',
  url: 'https://acme.zendesk.com/agent/tickets/4821',
  subject: 'Parcel lost',
  customer: 'Dana Ruiz',
  text: 'Opened a claim with the carrier',
  stage: 'investigate',
  rootCause: 'shipping',
  createdAt: T0,
  commitment: {
    promise: 'Call back Thursday 3pm',
    dueAt: T0 + 3_600_000,
    status: 'done',
    doneAt: T0 + 60_000,
  },
};

const tricky: Note = {
  id: 'n2',
  ticketKey: 'gmail/mail/u/0',
  site: 'gmail',
  url: 'https://mail.google.com/mail/u/0/#inbox/abc',
  subject: 'Refund, "urgent"',
  customer: '=HYPERLINK("https://evil.example","click")',
  text: 'Line one\nLine two, with a comma\r\nand "quotes"',
  stage: 'capture',
  createdAt: T0 - 86_400_000,
};

const late: Note = {
  id: 'n3',
  ticketKey: 'zendesk#77',
  site: 'zendesk',
  ticketId: '77',
  url: 'https://acme.zendesk.com/agent/tickets/77',
  text: '-2 items missing',
  stage: 'follow-up',
  rootCause: '@team',
  createdAt: T0 + 1000,
  commitment: { promise: '+1 call tomorrow', dueAt: T0, status: 'done', doneAt: T0 + 1 },
};

const open: Note = {
  id: 'n4',
  ticketKey: 'zendesk#78',
  site: 'zendesk',
  url: 'https://acme.zendesk.com/agent/tickets/78',
  text: 'Waiting on the warehouse',
  stage: 'resolve',
  createdAt: T0 + 2000,
  commitment: { promise: 'Update by Friday', dueAt: T0 + 5_000_000, status: 'open', snoozedUntil: T0 + 9 },
};

describe('csvCell', () => {
  it('leaves simple text alone', () => {
    expect(csvCell('Dana Ruiz')).toBe('Dana Ruiz');
    expect(csvCell('')).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling quotes (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell('one\r\ntwo')).toBe('"one\r\ntwo"');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=1+1')).toBe(`"'=1+1"`);
    expect(csvCell('+44 20 7946 0000')).toBe(`"'+44 20 7946 0000"`);
    expect(csvCell('-5')).toBe(`"'-5"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('\t=1')).toBe(`"'\t=1"`);
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    expect(csvCell('=HYPERLINK("x","y")')).toBe('"\'=HYPERLINK(""x"",""y"")"');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('quotes a cell with a semicolon, so a spreadsheet splitting on ";" keeps it one cell', () => {
    expect(csvCell('x;=1+1')).toBe('"x;=1+1"');
    expect(csvCell('refund; card')).toBe('"refund; card"');
  });

  it('keeps every risky cell one quoted cell, whatever the separator (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', ' ', ';', ',', '"', '\n', '\r', '=', '+', '-', '@', '\t') }),
        (value) => {
          const cell = csvCell(value);
          if (/[;,"\r\n]/.test(value) || /^[=+\-@\t\r]/.test(value)) {
            expect(cell.startsWith('"') && cell.endsWith('"')).toBe(true);
            expect(cell.slice(1, -1).replace(/""/g, '')).not.toContain('"');
          } else expect(cell).toBe(value);
          // Read back as a spreadsheet would, the value is whole (with the apostrophe when one was added).
          const back = parseCsv(`${cell}\r\n`)[0]?.[0] ?? '';
          expect(back).toBe(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('notesToCsv', () => {
  it('writes the header in the agreed order', () => {
    const [header] = parseCsv(notesToCsv([]));
    expect(header).toEqual([
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
    ]);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(notesToCsv([])).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });

  it('writes one row per note, oldest first, with ISO times and the on-time verdict', () => {
    const rows = parseCsv(notesToCsv([open, late, plain, tricky]));
    expect(rows).toHaveLength(5);
    expect(rows.slice(1).map((r) => r[1])).toEqual([
      'gmail/mail/u/0',
      'zendesk#4821',
      'zendesk#77',
      'zendesk#78',
    ]);
    expect(rows[2]).toEqual([
      '2025-03-10T14:30:00.000Z',
      'zendesk#4821',
      'zendesk',
      '4821',
      'Parcel lost',
      'Dana Ruiz',
      'investigate',
      'shipping',
      'Opened a claim with the carrier',
      'Call back Thursday 3pm',
      '2025-03-10T15:30:00.000Z',
      'done',
      '2025-03-10T14:31:00.000Z',
      'yes',
    ]);
    // Done one millisecond late; formula-like cells carry the defusing quote.
    expect(rows[3]).toEqual([
      '2025-03-10T14:30:01.000Z',
      'zendesk#77',
      'zendesk',
      '77',
      '',
      '',
      'follow-up',
      "'@team",
      "'-2 items missing",
      "'+1 call tomorrow",
      '2025-03-10T14:30:00.000Z',
      'done',
      '2025-03-10T14:30:00.001Z',
      'no',
    ]);
    // Open promise: no done time, no verdict yet.
    expect(rows[4]?.slice(9)).toEqual([
      'Update by Friday',
      new Date(T0 + 5_000_000).toISOString(),
      'open',
      '',
      '',
    ]);
  });

  it('keeps newlines, quotes and commas inside their cell', () => {
    const rows = parseCsv(notesToCsv([tricky]));
    const row = rows[1] ?? [];
    expect(row[4]).toBe('Refund, "urgent"');
    expect(row[5]).toBe('\'=HYPERLINK("https://evil.example","click")');
    expect(row[8]).toBe('Line one\nLine two, with a comma\r\nand "quotes"');
    // A note with no promise leaves the promise columns empty.
    expect(row.slice(9)).toEqual(['', '', '', '', '']);
    expect(row).toHaveLength(CSV_COLUMNS.length);
  });

  it('marks a missed promise as not kept', () => {
    const missed: Note = { ...open, commitment: { promise: 'x', dueAt: T0, status: 'missed' } };
    expect(parseCsv(notesToCsv([missed]))[1]?.[13]).toBe('no');
  });

  it('adds a UTF-8 byte-order mark only when asked', () => {
    expect(notesToCsv([plain]).startsWith('createdAt')).toBe(true);
    expect(notesToCsv([plain], { bom: true }).startsWith('\uFEFFcreatedAt')).toBe(true);
  });
});

describe('notesToJson', () => {
  it('round-trips every field of every note in a versioned envelope', () => {
    const text = notesToJson([open, tricky, plain, late], T0);
    const parsed = JSON.parse(text) as NotesExport;
    expect(parsed.format).toBe('ownit-notes');
    expect(parsed.version).toBe(1);
    expect(parsed.exportedAt).toBe('2025-03-10T14:30:00.000Z');
    expect(parsed.notes).toEqual([tricky, plain, late, open]);
    expect(Object.keys(parsed)).toEqual(['format', 'version', 'exportedAt', 'notes']);
  });

  it('exports an empty list when there are no notes', () => {
    expect((JSON.parse(notesToJson([], T0)) as NotesExport).notes).toEqual([]);
  });
});

describe('exportFileName', () => {
  it('dates the file in local time', () => {
    expect(exportFileName('csv', new Date(2025, 0, 5, 23, 59).getTime())).toBe('ownit-notes-2025-01-05.csv');
    expect(exportFileName('json', new Date(2025, 11, 31, 0, 1).getTime())).toBe(
      'ownit-notes-2025-12-31.json',
    );
  });
});
