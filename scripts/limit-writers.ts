// The writers of the limits' leave-one-writer-out scripts (limits-folds.ts, limits-veto.ts): each limits
// development set is one writer; the limit cases of the training draft sets are one more. The never-tuned
// sets (HELD_OUT in src/cli/nudge-sets.ts) are not read.
import '../src/cli/english';
import { HELD_OUT, loadCases, SETS, starterRules } from '../src/cli/nudge-sets';
import { analyse } from '../src/nudges/index';
import { prepare } from '../src/nudges/text/document';

export const LIMIT_SETS = [
  'blind-limits-l3',
  'blind-limits-l5',
  'blind-limits-l6',
  'blind-limits-l9',
  'blind-limits-l10',
  'blind-limits-l12',
  'blind-limits-l13',
  'blind-limits-l14',
  'blind-limit-asks',
  'limits-reading',
] as const;
export const DRAFTS = 'training drafts';
export const LIMIT_KINDS = new Set(['within-limit', 'over-limit']);
// A case with no number and no money word has no amount for the gate to bind.
const MONEY = /\d|dollar|buck|quid|pound|euro|hundred|fifty|twenty|thirty|forty|sixty|seventy|eighty|ninety/i;

export interface Case {
  writer: string;
  expect: readonly string[];
  text?: string;
  draft?: string;
  /** Draft sentences with handoff or can't language: the gate does not change them. */
  flagged: Set<number>;
}

/** Every case of every writer, with the draft's flagged sentences read once. */
export function loadWriters(): Case[] {
  const rules = starterRules();
  const cases: Case[] = [];
  const add = (writer: string, expect: readonly string[], text?: string, draft?: string) => {
    const sentences = prepare('draft', draft).sentences;
    const flagged = new Set<number>();
    for (const nudge of analyse({ text, draft }, rules)) {
      if (nudge.kind !== 'handoff' && nudge.kind !== 'cant') continue;
      const found = sentences.find((s) => s.start === nudge.range?.[0]);
      if (found) flagged.add(found.index);
    }
    cases.push({ writer, expect, text, draft, flagged });
  };
  for (const set of LIMIT_SETS) for (const c of loadCases(set)) add(set, c.expect, c.text, c.draft);
  for (const set of Object.keys(SETS) as (keyof typeof SETS)[]) {
    if (HELD_OUT.has(set) || (LIMIT_SETS as readonly string[]).includes(set)) continue;
    for (const c of loadCases(set)) {
      const limit = c.expect.some((k) => LIMIT_KINDS.has(k));
      if (limit || MONEY.test(`${c.text ?? ''} ${c.draft ?? ''}`)) add(DRAFTS, c.expect, c.text, c.draft);
    }
  }
  return cases;
}
