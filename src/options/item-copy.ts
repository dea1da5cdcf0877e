// "Save mine as a copy": the agent's text as a new local item beside the one someone else changed.

/** A new local item with `title` (already worded and cut to length) and an id of its own. */
export function localCopy<
  T extends { id: string; title: string; version: number; source: string; editedLocally?: boolean },
>(item: T, title: string, id: string): T {
  const copy: T = { ...item, id, title, version: 0, source: 'local' };
  delete copy.editedLocally;
  return copy;
}
