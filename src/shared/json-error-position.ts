// Finds where a JSON text stops being valid, to report "line 3, column 7: unexpected 'x'".
// JSON.parse's own messages differ between Node versions and can quote the entire input.

export interface JsonSyntaxProblem {
  line: number;
  column: number;
  message: string;
}

class Stop extends Error {
  constructor(readonly at: number) {
    super('stop');
  }
}

/** The first syntax problem in text, or null when text is valid JSON. */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | null {
  let i = 0;
  const fail = (): never => {
    throw new Stop(i);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const literal = (word: string) => {
    for (const ch of word) {
      if (text[i] !== ch) fail();
      i++;
    }
  };
  const stringValue = () => {
    i++; // opening quote
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === '"') {
        i++;
        return;
      }
      if (ch === '\\') {
        i++;
        const escaped = text[i];
        if (escaped === 'u') {
          for (let k = 1; k <= 4; k++) if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) fail();
          i += 5;
          continue;
        }
        if (escaped === undefined || !'"\\/bfnrt'.includes(escaped)) fail();
        i++;
        continue;
      }
      if (ch < ' ') fail();
      i++;
    }
    fail();
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) fail();
    i += match![0].length;
  };
  /** An object's or array's members after its opening bracket: `each` reads one, then "," or `close`. */
  const members = (close: string, each: () => void): void => {
    i++;
    space();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      each();
      space();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === close) {
        i++;
        return;
      }
      fail();
    }
  };
  const value = (depth: number): void => {
    if (depth > 2000) fail();
    space();
    const ch = text[i];
    if (ch === '{') {
      members('}', () => {
        space();
        if (text[i] !== '"') fail();
        stringValue();
        space();
        if (text[i] !== ':') fail();
        i++;
        value(depth + 1);
      });
      return;
    }
    if (ch === '[') {
      members(']', () => value(depth + 1));
      return;
    }
    if (ch === '"') stringValue();
    else if (ch === 't') literal('true');
    else if (ch === 'f') literal('false');
    else if (ch === 'n') literal('null');
    else number();
  };
  try {
    value(0);
    space();
    if (i < text.length) fail();
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return describe(text, error.at);
  }
}

function describe(text: string, at: number): JsonSyntaxProblem {
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  const ch = text[at];
  const message = ch === undefined ? 'unexpected end of input' : `unexpected ${JSON.stringify(ch)}`;
  return { line, column, message };
}
