// The Articles section's own address: `#articles/edit/<id>` opens that article in the editor (the panel's
// "Draft an article" opens the options page there).

const EDIT = /^#?articles\/edit\/(.+)$/;

/** The id of the article the address asks to edit, or null. */
export function editTargetOf(hash: string): string | null {
  const match = EDIT.exec(hash);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}
