// Importing an empowerment-rules interchange file (src/shared/rules-file.ts): a preview of what it
// changes, then one transaction that writes all of it or nothing.
import type { EmpowermentRule } from '../shared/model';
import type { InterchangeRule } from '../shared/rules-file';
import type { OwnItDatabase } from './db';

export interface RulesImportPlan {
  added: InterchangeRule[];
  changed: InterchangeRule[];
  unchanged: InterchangeRule[];
}

const CONTENT_KEYS = [
  'action',
  'label',
  'limit',
  'per',
  'period',
  'above',
  'guidance',
  'escalation',
  'keywords',
] as const;

function sameContent(stored: EmpowermentRule, incoming: InterchangeRule): boolean {
  return CONTENT_KEYS.every(
    (key) => JSON.stringify(stored[key] ?? null) === JSON.stringify(incoming[key] ?? null),
  );
}

export function planRulesImport(
  stored: readonly EmpowermentRule[],
  incoming: readonly InterchangeRule[],
): RulesImportPlan {
  const byId = new Map(stored.map((rule) => [rule.id, rule]));
  const plan: RulesImportPlan = { added: [], changed: [], unchanged: [] };
  for (const rule of incoming) {
    const existing = byId.get(rule.id);
    if (!existing) plan.added.push(rule);
    else if (sameContent(existing, rule)) plan.unchanged.push(rule);
    else plan.changed.push(rule);
  }
  return plan;
}

/**
 * Writes the file's new and changed rules in one transaction. A changed starter or team-pack rule becomes
 * the agent's override (`editedLocally`), as an edit in the form would; new rules are the agent's own.
 */
export async function applyRulesImport(
  db: OwnItDatabase,
  incoming: readonly InterchangeRule[],
  now = Date.now(),
): Promise<RulesImportPlan> {
  return db.transaction('rw', [db.rules], async (tx) => {
    const stored = await tx.rules.bulkGet(incoming.map((rule) => rule.id));
    const plan = planRulesImport(
      stored.filter((rule): rule is EmpowermentRule => rule !== undefined),
      incoming,
    );
    const byId = new Map(stored.filter((rule) => rule !== undefined).map((rule) => [rule.id, rule]));
    const writes = [...plan.added, ...plan.changed].map((rule): EmpowermentRule => {
      const before = byId.get(rule.id);
      return {
        ...rule,
        source: before?.source ?? 'local',
        version: (before?.version ?? 0) + 1,
        updatedAt: now,
        editedLocally: before && before.source !== 'local' ? true : before?.editedLocally,
      };
    });
    await tx.rules.bulkPut(writes);
    return plan;
  });
}
