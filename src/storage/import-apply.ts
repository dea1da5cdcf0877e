// Writes an import plan: one transaction over articles, playbooks and rules, all or nothing. Each kind
// is one bulkPut, so the search index's change log records the import as one bulk change.
import type { ImportPlan, PlanRow } from '../import/plan';
import type { Article, EmpowermentRule, Playbook } from '../shared/model';
import type { OwnItDatabase } from './db';
import { ConflictError } from './repositories';

export interface ApplyOutcome {
  added: number;
  updated: number;
}

export interface ApplyOptions {
  /** Called after each kind is written, inside the transaction; throwing aborts the whole import. */
  onProgress?: (done: number, total: number) => void;
}

const WRITTEN = new Set<PlanRow['status']>(['new', 'updated']);

/** The items of the plan that apply writes: new and updated rows. */
export function rowsToWrite(plan: ImportPlan): PlanRow[] {
  return plan.rows.filter((row) => WRITTEN.has(row.status) && row.next !== undefined);
}

export async function applyImport(
  db: OwnItDatabase,
  plan: ImportPlan,
  options: ApplyOptions = {},
): Promise<ApplyOutcome> {
  const rows = rowsToWrite(plan);
  const byKind = {
    article: rows.filter((row) => row.kind === 'article'),
    playbook: rows.filter((row) => row.kind === 'playbook'),
    rule: rows.filter((row) => row.kind === 'rule'),
  };
  return db.transaction('rw', [db.articles, db.playbooks, db.rules], async () => {
    let done = 0;
    const write = async <T extends { id: string; version: number }>(
      table: {
        bulkGet(keys: string[]): Promise<(T | undefined)[]>;
        bulkPut(items: readonly T[]): Promise<unknown>;
      },
      kindRows: PlanRow[],
    ) => {
      if (kindRows.length === 0) return;
      // The plan was made from what was stored then; if anything moved on since, nothing is written.
      const current = await table.bulkGet(kindRows.map((row) => row.id));
      kindRows.forEach((row, i) => {
        const version = current[i]?.version ?? 0;
        if (version !== row.baseVersion) throw new ConflictError(row.id, version);
      });
      await table.bulkPut(kindRows.map((row) => row.next as unknown as T));
      done += kindRows.length;
      options.onProgress?.(done, rows.length);
    };
    await write<Article>(db.articles, byKind.article);
    await write<Playbook>(db.playbooks, byKind.playbook);
    await write<EmpowermentRule>(db.rules, byKind.rule);
    return {
      added: rows.filter((row) => row.status === 'new').length,
      updated: rows.filter((row) => row.status === 'updated').length,
    };
  });
}
