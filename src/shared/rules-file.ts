// The empowerment-rules interchange file: a JSON array with one object per rule,
// {"id","action","label","limit":{"amount","currency"},"per","above","keywords":[…]} (plus the optional
// "period", "guidance" and "escalation"), or an Own It pack whose "rules" are read. Shared by `ownit nudge --rules`
// and the options page's rule import/export; checked with the pack validator.
import type { EmpowermentRule } from './model';
import { parsePack } from './pack-schema';

export type InterchangeRule = Omit<EmpowermentRule, 'updatedAt' | 'version' | 'source' | 'editedLocally'>;

export type RulesFileResult = { ok: true; rules: InterchangeRule[] } | { ok: false; errors: string[] };

/** Reads parsed JSON as rules; errors name the rule and field ("[3].limit.amount: must not be negative"). */
export function parseRulesFile(data: unknown): RulesFileResult {
  const bare = Array.isArray(data);
  const rules = bare ? data : (data as { rules?: unknown } | null)?.rules;
  if (!Array.isArray(rules)) {
    return { ok: false, errors: ['expected a JSON array of rules or an Own It pack with "rules"'] };
  }
  const pack = bare
    ? { format: 'ownit-pack', formatVersion: 1, id: 'rules', name: 'rules', version: '1', rules }
    : data;
  const result = parsePack(pack);
  if (result.ok) return { ok: true, rules: result.pack.rules };
  // A bare array is reported as "[3].limit", a pack as "rules[3].limit".
  const errors = bare
    ? result.errors.filter((e) => e.startsWith('rules')).map((e) => e.slice('rules'.length))
    : result.errors;
  return { ok: false, errors: errors.length > 0 ? errors : ['invalid rules'] };
}

/** The interchange form of stored rules: what a team shares, without local bookkeeping. */
export function rulesToInterchange(rules: readonly EmpowermentRule[]): InterchangeRule[] {
  return rules.map(({ id, action, label, limit, per, period, above, guidance, escalation, keywords }) => ({
    id,
    action,
    label,
    limit,
    per,
    ...(period ? { period } : {}),
    above,
    guidance,
    escalation,
    keywords,
  }));
}

export function rulesFileJson(rules: readonly EmpowermentRule[]): string {
  return `${JSON.stringify(rulesToInterchange(rules), null, 2)}\n`;
}
