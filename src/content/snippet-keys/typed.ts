// Finding a snippet shortcut the agent just typed (`;refund`) in the text before the caret. Pure.

/** Where the typed shortcut sits in the text: [start, end) is replaced; `after` is typed after it. */
export interface TypedShortcut {
  start: number;
  end: number;
  shortcut: string;
  /** The space or mark that ended it ('' when it expanded as soon as it was complete). */
  after: string;
}

const NAME_CHAR = /[\p{Ll}\p{Lo}\d_-]/u;
const ENDS = /[\s.,!?:)]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function nameBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && start > end - 32 && NAME_CHAR.test(text[start - 1] as string)) start--;
  return text.slice(start, end);
}

/**
 * The shortcut that ends at the caret (`text` is everything before it). It expands as soon as it is
 * complete unless a longer shortcut starts with it (`;refund` and `;refund-eu`): then a space or mark
 * after it expands it. The prefix must start a word: `a;refund` is left alone.
 */
export function typedShortcut(
  text: string,
  prefix: string,
  shortcuts: ReadonlySet<string>,
): TypedShortcut | undefined {
  if (!prefix || shortcuts.size === 0) return undefined;
  const last = text.at(-1) ?? '';
  const ended = ENDS.test(last);
  const end = ended ? text.length - 1 : text.length;
  const name = nameBefore(text, end);
  if (!name || !shortcuts.has(name)) return undefined;
  const start = end - name.length - prefix.length;
  if (start < 0 || text.slice(start, start + prefix.length) !== prefix) return undefined;
  if (start > 0 && WORD_CHAR.test(text[start - 1] as string)) return undefined;
  if (!ended) {
    for (const other of shortcuts) if (other !== name && other.startsWith(name)) return undefined;
  }
  return { start, end: text.length, shortcut: name, after: ended ? last : '' };
}
