// The last step of turning HTML into text or Markdown: trailing spaces off every line, no more than one
// blank line in a row, nothing blank at either end.

/** The pieces written so far, joined and tidied. Per line, not one regular expression over the whole text,
 * which could backtrack on long runs of spaces. */
export function tidyLines(parts: readonly string[]): string {
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
