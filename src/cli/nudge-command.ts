// `ownit nudge --rules <rules.json> --cases <cases.json> [--meaning on|off]`: the nudge engine over a
// file of cases. Rules are a JSON array of empowerment rules or an Own It pack (its `rules`, and its
// team `phrases` for the handoff nudges), checked with the pack validator; cases are
// [{"id", "text"?, "draft"?}]. One JSON line per case. Unless
// `--meaning off`, the learned second opinion (src/meaning/second-opinion.ts, the same as the panel's)
// adds the handoff and can't nudges the phrases missed; those carry `"source": "meaning"`.
import { analyse, type Nudge, type NudgeRule } from '../nudges/index';
import { mergeTeamPhrases, type TeamPhrases } from '../nudges/team-phrases';
import { parseRulesFile } from '../shared/rules-file';
import { checkFlags, type ParsedArgs, requireFlag } from './args';
import { CliError, EXIT_USAGE } from './cli-error';
import { jsonLine, type WriteLine } from './output';
import { readJson } from './read-files';

export const NUDGE_USAGE =
  'ownit nudge --rules <rules.json|pack.json> --cases <cases.json> [--meaning on|off]';

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

/** A pack's team phrases (already checked by `readRules`); a bare array of rules has none. */
export function packPhrases(data: unknown): TeamPhrases | undefined {
  if (Array.isArray(data) || typeof data !== 'object' || data === null) return undefined;
  const phrases = (data as { phrases?: unknown }).phrases;
  return phrases && typeof phrases === 'object' ? mergeTeamPhrases(phrases as TeamPhrases) : undefined;
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
  checkFlags(args, ['rules', 'cases', 'meaning'], NUDGE_USAGE);
  const rulesPath = requireFlag(args, 'rules', NUDGE_USAGE);
  const casesPath = requireFlag(args, 'cases', NUDGE_USAGE);
  const meaning = args.flags.get('meaning') ?? 'on';
  if (meaning !== 'on' && meaning !== 'off')
    throw new CliError(`--meaning is "on" or "off". ${NUDGE_USAGE}`, EXIT_USAGE);
  const [rulesData, casesData] = await Promise.all([readJson(rulesPath), readJson(casesPath)]);
  const rules = readRules(rulesData, rulesPath);
  const phrases = packPhrases(rulesData);
  const cases = readCases(casesData, casesPath);
  const opinion = meaning === 'on' ? await nodeSecondOpinion() : null;
  for (const c of cases) {
    const found = analyse({ text: c.text, draft: c.draft }, rules, { phrases });
    const added = opinion ? await opinion(c.draft, found) : [];
    const nudges = [...found, ...added].map((n) => ({
      kind: n.kind,
      ...(n.rule !== undefined ? { rule: n.rule } : {}),
      ...(n.amount !== undefined ? { amount: n.amount } : {}),
      ...(n.currency !== undefined ? { currency: n.currency } : {}),
      ...(n.source !== undefined ? { source: n.source } : {}),
      message: n.message,
    }));
    jsonLine(write, { id: c.id, nudges });
  }
}

/** The second opinion in Node: the encoder is loaded once (about a second), on first use. */
export async function nodeSecondOpinion(): Promise<
  (draft: string | undefined, nudges: readonly Nudge[]) => Promise<Nudge[]>
> {
  const [{ nodeEncoder }, { OPINION_MODEL, SentenceVectors, secondOpinion }, { draftPartials }] =
    await Promise.all([
      import('../meaning/node-encoder'),
      import('../meaning/second-opinion'),
      import('../nudges/opinion/partials'),
    ]);
  const vectors = new SentenceVectors(await nodeEncoder());
  // As in the panel: the phrase layer's partial hits beside the vectors.
  return (draft, nudges) =>
    secondOpinion(vectors, draft, nudges, OPINION_MODEL, draft ? draftPartials(draft) : []);
}
