// Bulk changes to the selected articles. Each article is saved on its own version, so one changed in
// another window meanwhile is left as it is and counted, never overwritten.
import { t } from '../shared/i18n';
import type { Article } from '../shared/model';
import type { OwnItDatabase } from '../storage/db';
import { articles, ConflictError } from '../storage/repositories';
import { isReadOnly, withoutTag, withTag } from './article-list';

export interface BulkOutcome {
  changed: number;
  /** Already had the tag (add) or did not have it (remove). */
  unchanged: number;
  /** A team pack's articles, read-only here. */
  readOnly: number;
  /** Changed in another window since the list was read. */
  conflicts: number;
}

export async function changeTag(
  db: OwnItDatabase,
  selected: readonly Article[],
  tag: string,
  mode: 'add' | 'remove',
): Promise<BulkOutcome> {
  const outcome: BulkOutcome = { changed: 0, unchanged: 0, readOnly: 0, conflicts: 0 };
  for (const article of selected) {
    if (isReadOnly(article)) {
      outcome.readOnly++;
      continue;
    }
    const next = mode === 'add' ? withTag(article, tag) : withoutTag(article, tag);
    if (!next) {
      outcome.unchanged++;
      continue;
    }
    try {
      await articles.save(db, next, article.version);
      outcome.changed++;
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      outcome.conflicts++;
    }
  }
  return outcome;
}

/** The key for one or for many, so each language words its own plural. */
const plural = (n: number, one: string, many: string) => t(n === 1 ? one : many, n);

/** "Added “vip” to 3 articles; 1 already had it; 1 team-pack article was left as the pack has it." */
export function describeOutcome(outcome: BulkOutcome, tag: string, mode: 'add' | 'remove'): string {
  const { changed, unchanged, readOnly, conflicts } = outcome;
  const parts = [
    mode === 'add'
      ? t(changed === 1 ? 'optionsBulkAddedOne' : 'optionsBulkAddedMany', tag, changed)
      : t(changed === 1 ? 'optionsBulkRemovedOne' : 'optionsBulkRemovedMany', tag, changed),
  ];
  if (unchanged) {
    parts.push(
      mode === 'add'
        ? plural(unchanged, 'optionsBulkHadItOne', 'optionsBulkHadItMany')
        : plural(unchanged, 'optionsBulkLackedItOne', 'optionsBulkLackedItMany'),
    );
  }
  if (readOnly) parts.push(plural(readOnly, 'optionsBulkReadOnlyOne', 'optionsBulkReadOnlyMany'));
  if (conflicts) parts.push(plural(conflicts, 'optionsBulkConflictOne', 'optionsBulkConflictMany'));
  // Each part is a clause of its own; "; " and the full stop read the same in the languages shipped.
  return `${parts.join('; ')}.`;
}
