// RFC 4180 records: quoted fields with embedded delimiters, line breaks and doubled quotes; CRLF or LF
// line ends; a leading byte-order mark. One pass over the text, no regular expressions, so any input
// finishes in linear time.

export interface CsvRecord {
  fields: string[];
  /** 1-based line the record starts on. */
  line: number;
}

export interface CsvRecords {
  records: CsvRecord[];
  delimiter: ',' | ';';
  /** Set when a quoted field is never closed; records up to that one are still returned. */
  unclosedQuoteLine?: number;
  /** Set when the text holds more than `maxRecords` records: reading stopped there. */
  truncated?: boolean;
}

/** `;` when the header line has more semicolons than commas outside quotes (European spreadsheets). */
export function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/** Records between progress reports while parsing. */
const PROGRESS_RECORDS = 250;

/** With `onProgress`, reports (characters read, all characters) every few hundred records. */
/** With `maxRecords`, stops (and says `truncated`) at the record after that many. */
export function parseCsvRecords(
  input: string,
  onProgress?: (done: number, total: number) => void,
  maxRecords = Number.POSITIVE_INFINITY,
): CsvRecords {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quoteLine = 0;
  let inQuotes = false;
  let fieldStarted = false;

  const endRecord = () => {
    fields.push(field);
    // A blank line is no record.
    if (!(fields.length === 1 && fields[0] === '' && !fieldStarted)) {
      records.push({ fields, line: recordLine });
      if (onProgress && records.length % PROGRESS_RECORDS === 0) onProgress(i, text.length);
    }
    fields = [];
    field = '';
    fieldStarted = false;
  };

  while (i < text.length) {
    if (records.length > maxRecords)
      return { records: records.slice(0, maxRecords), delimiter, truncated: true };
    if (inQuotes) {
      const close = text.indexOf('"', i);
      if (close < 0) {
        i = text.length;
        break;
      }
      const chunk = text.slice(i, close);
      line += countLineFeeds(chunk);
      field += chunk.includes('\r\n') ? chunk.replaceAll('\r\n', '\n') : chunk;
      if (text[close + 1] === '"') {
        field += '"';
        i = close + 2;
      } else {
        inQuotes = false;
        i = close + 1;
      }
      continue;
    }
    const ch = text[i]!;
    if (ch === '"' && field === '') {
      inQuotes = true;
      fieldStarted = true;
      quoteLine = line;
      i++;
    } else if (ch === delimiter) {
      fields.push(field);
      field = '';
      fieldStarted = true;
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      // Plain text up to the next delimiter or line end. A stray quote inside an unquoted field is
      // kept as text (lenient, like spreadsheet apps).
      let j = i + 1;
      while (j < text.length) {
        const next = text[j];
        if (next === delimiter || next === '\n' || next === '\r') break;
        j++;
      }
      field += text.slice(i, j);
      fieldStarted = true;
      i = j;
    }
  }
  if (inQuotes) return { records, delimiter, unclosedQuoteLine: quoteLine };
  if (field !== '' || fields.length > 0 || fieldStarted) endRecord();
  if (records.length > maxRecords)
    return { records: records.slice(0, maxRecords), delimiter, truncated: true };
  return { records, delimiter };
}

function countLineFeeds(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  return count;
}
