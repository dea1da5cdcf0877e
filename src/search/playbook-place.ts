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
 * The ranked list (best first) with the best article of each playbook's family ranked below it moved up to
 * the playbook's place, the playbook right under it, when that article scores at least `yieldTo` of the
 * playbook's score. The pair keeps the playbook's place, so an article from below the shown list comes in.
 */
export function playbooksUnderArticles<T extends Ranked>(ranked: readonly T[], yieldTo: number): T[] {
  const order = [...ranked];
  for (let i = 0; i < order.length; i++) {
    const playbook = order[i]!;
    if (playbook.record.kind !== 'playbook') continue;
    const j = order.findIndex(
      (item, k) =>
        k > i &&
        item.record.kind === 'article' &&
        item.score >= yieldTo * playbook.score &&
        sameFamily(playbook.record, item.record),
    );
    if (j < 0) continue;
    const [article] = order.splice(j, 1);
    order.splice(i, 0, article!);
    // The playbook is now at i + 1, under its article, and is not moved again.
    i++;
  }
  return order;
}
