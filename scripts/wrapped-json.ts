// JSON for files people read in the repository: one key or item a line, and long lists of numbers wrapped
// so that no line is wider than `width` characters. JSON.parse gives back the same values as it would from
// JSON.stringify. The trainer writes the second opinion's weights with it (scripts/train-nudges.ts).

const isNumbers = (value: unknown): value is number[] =>
  Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'number');

function write(value: unknown, indent: string, width: number): string {
  const inner = `${indent}  `;
  if (isNumbers(value)) {
    const lines: string[] = [];
    let line = '';
    for (const number of value.map((n) => JSON.stringify(n))) {
      const next = line ? `${line}, ${number}` : number;
      // The last item of a line carries a comma too: leave room for it.
      if (line && inner.length + next.length + 1 > width) {
        lines.push(line);
        line = number;
      } else line = next;
    }
    lines.push(line);
    return `[\n${lines.map((l) => `${inner}${l}`).join(',\n')}\n${indent}]`;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${inner}${write(item, inner, width)}`).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    if (entries.length === 0) return '{}';
    const body = entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${write(item, inner, width)}`);
    return `{\n${body.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/** `value` as JSON with one key or item a line and lists of numbers wrapped at `width` characters. */
export function wrappedJson(value: unknown, width = 200): string {
  return `${write(value, '', width)}\n`;
}
