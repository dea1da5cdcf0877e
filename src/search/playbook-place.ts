// Where a playbook goes in a suggestion list. A playbook is a general procedure for a family of problems
// ("lost or damaged delivery"); an article is the resolution of one of them ("damaged item received").
// When both fit the ticket, the agent needs the specific article first and the procedure right under it.
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
 * The ranked list (best first) with each playbook moved to just under the first article of its family
 * ranked below it that scores at least `yieldTo` of the playbook's score. Articles keep their order.
 */
export function playbooksUnderArticles<T extends Ranked>(ranked: readonly T[], yieldTo: number): T[] {
  const order = [...ranked];
  const placed = new Set<T>();
  for (let i = 0; i < order.length; i++) {
    const playbook = order[i]!;
    if (playbook.record.kind !== 'playbook' || placed.has(playbook)) continue;
    const j = order.findIndex(
      (item, k) =>
        k > i &&
        item.record.kind === 'article' &&
        item.score >= yieldTo * playbook.score &&
        sameFamily(playbook.record, item.record),
    );
    if (j < 0) continue;
    placed.add(playbook);
    order.splice(i, 1);
    order.splice(j, 0, playbook);
    // The item now at i moved up from i + 1 and is looked at next.
    i--;
  }
  return order;
}
