// Writes an import plan: one transaction over articles, playbooks, rules and snippets, all or nothing.
// Each kind is written in chunks of CHUNK items with progress after each; a chunk larger than the
// change log's bulk threshold is logged as one "everything changed", so a big import stays a few rows.
import type { ImportPlan, PlanRow } from '../import/plan';
import type { ItemKind } from '../import/types';
import type { Article, EmpowermentRule, Playbook, Snippet } from '../shared/model';
import type { OwnItDatabase } from './db';
import { ConflictError } from './repositories';

export interface ApplyOutcome {
  added: number;
  updated: number;
  /** Articles a help-center sync planned as removed (never more than that plan names). */
  removed: number;
}

export interface ApplyOptions {
  /** Called after each chunk is written, inside the transaction; throwing aborts the whole import. */
  onProgress?: (done: number, total: number) => void;
  /** Items per write (tests make it small); every chunk is in the same transaction. */
  chunk?: number;
}

/** Items per bulkPut: big enough to log as one bulk change, small enough for the bar to move. */
export const CHUNK = 1000;

const WRITTEN = new Set<PlanRow['status']>(['new', 'updated']);

/** The items of the plan that apply writes: new and updated rows. */
export function rowsToWrite(plan: ImportPlan): PlanRow[] {
  return plan.rows.filter((row) => WRITTEN.has(row.status) && row.next !== undefined);
}

interface Writable<T> {
  bulkGet(keys: string[]): Promise<(T | undefined)[]>;
  bulkPut(items: readonly T[]): Promise<unknown>;
}

export async function applyImport(
  db: OwnItDatabase,
  plan: ImportPlan,
  options: ApplyOptions = {},
): Promise<ApplyOutcome> {
  const rows = rowsToWrite(plan);
  const chunk = Math.max(1, options.chunk ?? CHUNK);
  const of = (kind: ItemKind) => rows.filter((row) => row.kind === kind);
  return db.transaction('rw', [db.articles, db.playbooks, db.rules, db.snippets], async (tx) => {
    let done = 0;
    const write = async <T extends { id: string; version: number }>(
      table: Writable<T>,
      kindRows: PlanRow[],
    ) => {
      if (kindRows.length === 0) return;
      // The plan was made from what was stored then; if anything moved on since, nothing is written.
      const current = await table.bulkGet(kindRows.map((row) => row.id));
      kindRows.forEach((row, i) => {
        const version = current[i]?.version ?? 0;
        if (version !== row.baseVersion) throw new ConflictError(row.id, version);
      });
      for (let start = 0; start < kindRows.length; start += chunk) {
        const part = kindRows.slice(start, start + chunk);
        await table.bulkPut(part.map((row) => row.next as unknown as T));
        done += part.length;
        options.onProgress?.(done, rows.length);
      }
    };
    await write<Article>(tx.articles, of('article'));
    await write<Playbook>(tx.playbooks, of('playbook'));
    await write<EmpowermentRule>(tx.rules, of('rule'));
    await write<Snippet>(tx.snippets, of('snippet'));
    const removals = plan.rows.filter((row) => row.status === 'removed' && row.kind === 'article');
    if (removals.length > 0) {
      const current = await tx.articles.bulkGet(removals.map((row) => row.id));
      removals.forEach((row, i) => {
        const version = current[i]?.version ?? 0;
        if (version !== row.baseVersion) throw new ConflictError(row.id, version);
      });
      await tx.articles.bulkDelete(removals.map((row) => row.id));
    }
    return {
      added: rows.filter((row) => row.status === 'new').length,
      updated: rows.filter((row) => row.status === 'updated').length,
      removed: removals.length,
    };
  });
}
