// `ownit nudge --rules <rules.json> --cases <cases.json>`: the nudge engine over a file of cases.
// Rules are a JSON array of empowerment rules or an Own It pack (its `rules`), checked with the pack
// validator; cases are [{"id", "text"?, "draft"?}]. One JSON line per case.
import { analyse, type NudgeRule } from '../nudges/index';
import { parseRulesFile } from '../shared/rules-file';
import { checkFlags, type ParsedArgs, requireFlag } from './args';
import { CliError } from './cli-error';
import { jsonLine, type WriteLine } from './output';
import { readJson } from './read-files';

export const NUDGE_USAGE = 'ownit nudge --rules <rules.json|pack.json> --cases <cases.json>';

export interface NudgeCase {
  id: string | number;
  text?: string;
  draft?: string;
}

const MAX_ERRORS = 20;

/** Rules from a JSON array of rules or an Own It pack; errors name the file, the rule and the field. */
export function readRules(data: unknown, source: string): NudgeRule[] {
  const result = parseRulesFile(data);
  if (!result.ok) throw new CliError(result.errors.map((e) => `${source}: ${e}`).join('\n'));
  return result.rules as NudgeRule[];
}

/** Cases [{id, text?, draft?}]; errors name the file, the case and the field. */
export function readCases(data: unknown, source: string): NudgeCase[] {
  if (!Array.isArray(data))
    throw new CliError(`${source}: expected a JSON array like [{"id": "1", "draft": "…"}].`);
  const errors: string[] = [];
  data.forEach((item, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      errors.push(`${source}: [${i}]: expected an object with "id" and "text" or "draft"`);
      return;
    }
    const { id, text, draft } = item as Record<string, unknown>;
    if (typeof id !== 'string' && typeof id !== 'number')
      errors.push(`${source}: [${i}].id: must be a string or a number`);
    if (text !== undefined && typeof text !== 'string')
      errors.push(`${source}: [${i}].text: must be a string`);
    if (draft !== undefined && typeof draft !== 'string')
      errors.push(`${source}: [${i}].draft: must be a string`);
  });
  if (errors.length > 0) throw new CliError(errors.slice(0, MAX_ERRORS).join('\n'));
  return data as NudgeCase[];
}

export async function runNudgeCommand(args: ParsedArgs, write: WriteLine): Promise<void> {
  checkFlags(args, ['rules', 'cases'], NUDGE_USAGE);
  const rulesPath = requireFlag(args, 'rules', NUDGE_USAGE);
  const casesPath = requireFlag(args, 'cases', NUDGE_USAGE);
  const [rulesData, casesData] = await Promise.all([readJson(rulesPath), readJson(casesPath)]);
  const rules = readRules(rulesData, rulesPath);
  const cases = readCases(casesData, casesPath);
  for (const c of cases) {
    const nudges = analyse({ text: c.text, draft: c.draft }, rules).map((n) => ({
      kind: n.kind,
      ...(n.rule !== undefined ? { rule: n.rule } : {}),
      ...(n.amount !== undefined ? { amount: n.amount } : {}),
      ...(n.currency !== undefined ? { currency: n.currency } : {}),
      message: n.message,
    }));
    jsonLine(write, { id: c.id, nudges });
  }
}
