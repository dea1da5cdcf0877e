// The stamp of an item's meaning vectors: which phrases they were made from. No database here, so the
// command line and the pack format use it without opening a database.

/** FNV-1a over the phrases: changes when what would be embedded changes. */
export function stampOf(phrases: readonly string[]): string {
  let hash = 0x811c9dc5;
  const text = phrases.join('\n');
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
