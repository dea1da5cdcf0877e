// Splits text into sentences with their exact [start, end) offsets, so a nudge can point at one.

export interface SentenceSpan {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'etc',
  'approx',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'vs',
  'inc',
  'ltd',
  'co',
  'ref',
  'tel',
  'ext',
  'dept',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

// A run of sentence-ending marks, closing quotes or brackets, then space or the end; or a line break.
// A run is only tried from its first mark (the look-behind): tried from each mark of a long run not
// followed by a space ("....x"), the scan to the run's end made splitting quadratic in its length.
const BOUNDARY = /(?<![.!?…])[.!?…]+["'”’)\]]*(?=\s|$)|\n/g;

function isAbbreviation(text: string, dot: number): boolean {
  if (text[dot] !== '.') return false;
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1]?.toLowerCase() ?? '';
  if (word === 'no' || word === 'nr') return /^\s*\d/.test(text.slice(dot + 1, dot + 4));
  return ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word);
}

/** Sentences of `text` in order, each trimmed of surrounding whitespace; empty ones are skipped. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const push = (from: number, to: number) => {
    let start = from;
    let end = to;
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if (end > start) spans.push({ start, end });
  };
  let from = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    if (m[0] !== '\n' && m[0].length === 1 && isAbbreviation(text, m.index)) continue;
    const to = m.index + m[0].length;
    push(from, to);
    from = to;
  }
  push(from, text.length);
  return spans;
}
