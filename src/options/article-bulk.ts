// Bulk changes to the selected articles. Each article is saved on its own version, so one changed in
// another window meanwhile is left as it is and counted, never overwritten.
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

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Added “vip” to 3 articles; 1 already had it; 1 from a team pack was left as it is." */
export function describeOutcome(outcome: BulkOutcome, tag: string, mode: 'add' | 'remove'): string {
  const parts = [
    mode === 'add'
      ? `Added “${tag}” to ${count(outcome.changed, 'article', 'articles')}`
      : `Removed “${tag}” from ${count(outcome.changed, 'article', 'articles')}`,
  ];
  if (outcome.unchanged) {
    parts.push(`${outcome.unchanged} ${mode === 'add' ? 'already had it' : 'did not have it'}`);
  }
  if (outcome.readOnly) {
    parts.push(
      `${count(outcome.readOnly, 'team-pack article was', 'team-pack articles were')} left as the pack has it`,
    );
  }
  if (outcome.conflicts) {
    parts.push(
      `${count(outcome.conflicts, 'article was', 'articles were')} changed in another window meanwhile and left alone; try again`,
    );
  }
  return `${parts.join('; ')}.`;
}
