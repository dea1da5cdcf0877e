// Where a playbook goes in a suggestion list. A playbook is a general procedure for a family of problems
// ("lost or damaged delivery"); an article is the resolution of one of them ("damaged item received").
// When both fit the ticket, the agent needs the specific article first and the procedure right under it.
// Only the playbook moves, only down and only within the shown list: an article never passes an item that
// outscores it, and a playbook never leaves the list for an article that is not in it.
import type { DocRecord } from './doc-table';

export interface Ranked {
  record: DocRecord;
  score: number;
}

/** A playbook and an article serve the same problems when they share a tag (an article's category counts as one). */
export function sameFamily(playbook: DocRecord, article: DocRecord): boolean {
  return article.tags.some((tag) => playbook.tags.includes(tag));
}

/**
 * The ranked list (best first) with each playbook moved down to right under the best article of its family
 * ranked below it in the first `shown`, when that article scores at least `yieldTo` of the playbook's
 * score. The items between them, which all score at least as much as that article, keep their order above
 * it; nothing else moves.
 */
export function playbooksUnderArticles<T extends Ranked>(
  ranked: readonly T[],
  yieldTo: number,
  shown = ranked.length,
): T[] {
  const order = [...ranked];
  const placed = new Set<T>();
  for (let i = 0; i < order.length; ) {
    const playbook = order[i]!;
    if (playbook.record.kind !== 'playbook' || placed.has(playbook)) {
      i++;
      continue;
    }
    placed.add(playbook);
    const j = order.findIndex(
      (item, k) =>
        k > i &&
        k < shown &&
        item.record.kind === 'article' &&
        item.score >= yieldTo * playbook.score &&
        sameFamily(playbook.record, item.record),
    );
    if (j < 0) continue;
    order.splice(i, 1);
    // The article is now at j - 1; the playbook goes right under it, after any playbook placed there
    // before it (which outscored it). The item now at i is looked at next.
    let at = j;
    while (at < order.length && placed.has(order[at]!)) at++;
    order.splice(at, 0, playbook);
  }
  return order;
}
