// Ids for new articles and playbooks, made from the title the agent typed.
import { slugify } from './text-fields';

/** "Refund request" → "refund-request", then "…-2", "…-3" when taken; `fallback` for a title of no letters. */
export function uniqueItemId(title: string, taken: Iterable<string>, fallback: string): string {
  const used = new Set(taken);
  const base = /[a-z0-9]/i.test(title.normalize('NFKD')) ? slugify(title, 60) : fallback;
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`;
    if (!used.has(id)) return id;
  }
}
