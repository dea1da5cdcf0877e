// "Save mine as a copy": the agent's text as a new local item beside the one someone else changed; and
// the title check every item form makes.
import { TITLE_MAX } from '../shared/text-fields';

/** A new local item with `title` (already worded and cut to length) and an id of its own. */
export function localCopy<
  T extends { id: string; title: string; version: number; source: string; editedLocally?: boolean },
>(item: T, title: string, id: string): T {
  const copy: T = { ...item, id, title, version: 0, source: 'local' };
  delete copy.editedLocally;
  return copy;
}

/** What is wrong with a title as typed: `missing` (the item's own message) or too long; undefined if fine. */
export function titleError(typed: string, missing: string, tooLong: string): string | undefined {
  const title = typed.trim();
  if (!title) return missing;
  return title.length > TITLE_MAX ? tooLong : undefined;
}
