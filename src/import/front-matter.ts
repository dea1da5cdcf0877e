// The small YAML subset used in Markdown front matter: `key: value` lines where a value is plain text,
// a quoted string, an inline list (`[a, b]` or `["a", "b"]`), or `- item` lines under an empty key.

export type FrontValue = string | string[];

export interface FrontMatter {
  fields: Map<string, { value: FrontValue; line: number }>;
  /** Lines that are not `key: value`, with their 1-based line number in the file. */
  badLines: { line: number; text: string }[];
  body: string;
  /** Line in the file where the body starts. */
  bodyLine: number;
  /** False when the file has no front matter at all. */
  present: boolean;
  /** True when an opening `---` is never closed. */
  unclosed: boolean;
}

function unquote(raw: string): string {
  const text = raw.trim();
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) {
    try {
      const value: unknown = JSON.parse(text);
      if (typeof value === 'string') return value;
    } catch {
      // Not JSON-escaped: take what is between the quotes.
    }
    return text.slice(1, -1);
  }
  if (text.length >= 2 && text.startsWith("'") && text.endsWith("'"))
    return text.slice(1, -1).replaceAll("''", "'");
  return text;
}

function inlineList(raw: string): string[] {
  try {
    const value: unknown = JSON.parse(raw);
    if (Array.isArray(value) && value.every((entry) => typeof entry === 'string')) return value;
  } catch {
    // Not JSON: a YAML flow list of plain or quoted words.
  }
  return raw
    .slice(1, -1)
    .split(',')
    .map(unquote)
    .filter((entry) => entry !== '');
}

export function parseFrontMatter(input: string): FrontMatter {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const fields: FrontMatter['fields'] = new Map();
  const badLines: FrontMatter['badLines'] = [];
  if (lines[0]?.trim() !== '---') {
    return { fields, badLines, body: text, bodyLine: 1, present: false, unclosed: false };
  }
  let end = -1;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '---' || line === '...') {
      end = i;
      break;
    }
  }
  if (end < 0) return { fields, badLines, body: text, bodyLine: 1, present: true, unclosed: true };
  let listKey: string | undefined;
  for (let i = 1; i < end; i++) {
    const raw = lines[i]!;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const entry = listKey === undefined ? undefined : fields.get(listKey);
    if (trimmed.startsWith('- ') && entry && Array.isArray(entry.value)) {
      entry.value.push(unquote(trimmed.slice(2)));
      continue;
    }
    const colon = raw.indexOf(':');
    const key = colon > 0 ? raw.slice(0, colon).trim().toLowerCase() : '';
    if (key === '' || /\s/.test(key) || raw.startsWith(' ')) {
      badLines.push({ line: i + 1, text: trimmed });
      continue;
    }
    const value = raw.slice(colon + 1).trim();
    listKey = undefined;
    if (value === '') {
      fields.set(key, { value: [], line: i + 1 });
      listKey = key;
    } else if (value.startsWith('[') && value.endsWith(']')) {
      fields.set(key, { value: inlineList(value), line: i + 1 });
    } else {
      fields.set(key, { value: unquote(value), line: i + 1 });
    }
  }
  return {
    fields,
    badLines,
    body: lines.slice(end + 1).join('\n'),
    bodyLine: end + 2,
    present: true,
    unclosed: false,
  };
}
