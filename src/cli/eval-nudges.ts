// Evaluates the nudge engine on the labelled cases in test/fixtures/nudges/: precision and recall
// per kind (each set apart, the tuned sets together, the held-out set alone) and analysis time per
// case. A section of `npm run eval`; also runs alone: `npx tsx src/cli/eval-nudges.ts [--errors]`.
// One labelled file (e.g. a new blind set before it is registered): `npx tsx src/cli/eval-nudges.ts --file
// <set.json> [--errors] [--meaning-off]` scores it with the phrases and then with the second opinion.
import './english';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { analyse, type NudgeKind, type NudgeRule } from '../nudges/index';
import { externalCheck, spread, timeCases } from './eval-nudges-extra';
import { evaluateLanguages } from './eval-nudges-languages';
import { HELD_OUT, type LabelledCase, loadCases, SETS, starterRules } from './nudge-sets';

export { HELD_OUT, type LabelledCase, loadCases, SETS, starterRules };

export const KINDS: NudgeKind[] = ['handoff', 'cant', 'within-limit', 'over-limit'];

export interface KindScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface SetScore {
  cases: number;
  kinds: Record<NudgeKind, KindScore>;
  errors: { id: string; expected: NudgeKind[]; got: NudgeKind[] }[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);

/** Scores each kind as a set per case: a kind counts once per case, expected or not. */
export function scoreCases(
  cases: LabelledCase[],
  rules: NudgeRule[],
  added: (c: LabelledCase) => readonly NudgeKind[] = () => [],
): SetScore {
  const counts = Object.fromEntries(KINDS.map((kind) => [kind, { tp: 0, fp: 0, fn: 0 }])) as Record<
    NudgeKind,
    { tp: number; fp: number; fn: number }
  >;
  const errors: SetScore['errors'] = [];
  for (const c of cases) {
    const got = new Set([
      ...analyse({ text: c.text, draft: c.draft }, rules).map((n) => n.kind),
      ...added(c),
    ]);
    const expected = new Set(c.expect);
    for (const kind of KINDS) {
      if (got.has(kind) && expected.has(kind)) counts[kind].tp++;
      else if (got.has(kind)) counts[kind].fp++;
      else if (expected.has(kind)) counts[kind].fn++;
    }
    if (KINDS.some((kind) => got.has(kind) !== expected.has(kind))) {
      errors.push({ id: c.id, expected: [...expected], got: [...got] });
    }
  }
  const kinds = Object.fromEntries(
    KINDS.map((kind) => {
      const { tp, fp, fn } = counts[kind];
      return [kind, { tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) }];
    }),
  ) as Record<NudgeKind, KindScore>;
  return { cases: cases.length, kinds, errors };
}

export interface NudgesEval {
  sets: Record<string, SetScore>;
  timing: Record<string, number>;
  external?: Record<string, number>;
  /** The same sets with the learned second opinion's nudges added (absent with --meaning off). */
  withOpinion?: Record<string, SetScore>;
  opinionTiming?: Record<string, number>;
}

/**
 * Sets the second opinion was not trained on (scripts/train-nudges.ts keeps the same list): the sets the
 * phrases were never tuned on either. Their figures with the opinion are the honest ones.
 */
export const OPINION_HELD_OUT: ReadonlySet<string> = HELD_OUT;

/** Every set scored again with the second opinion's nudges added, and the opinion's time per draft. */
export async function evaluateWithOpinion(
  rules: NudgeRule[],
): Promise<{ sets: Record<string, SetScore>; timing: Record<string, number> }> {
  const { nodeSecondOpinion } = await import('./nudge-command');
  const opinion = await nodeSecondOpinion();
  const sets: Record<string, SetScore> = {};
  const added = new Map<LabelledCase, NudgeKind[]>();
  const times: number[] = [];
  const all: LabelledCase[] = [];
  const held: LabelledCase[] = [];
  for (const set of Object.keys(SETS) as (keyof typeof SETS)[]) {
    const cases = loadCases(set);
    for (const c of cases) {
      const found = analyse({ text: c.text, draft: c.draft }, rules);
      const start = performance.now();
      const extra = await opinion(c.draft, found);
      if (c.draft) times.push(performance.now() - start);
      added.set(
        c,
        extra.map((n) => n.kind),
      );
    }
    sets[set] = scoreCases(cases, rules, (c) => added.get(c) ?? []);
    all.push(...cases);
    if (OPINION_HELD_OUT.has(set)) held.push(...cases);
  }
  sets['not trained on (opinion)'] = scoreCases(held, rules, (c) => added.get(c) ?? []);
  sets.all = scoreCases(all, rules, (c) => added.get(c) ?? []);
  const { p50, p95 } = spread(times);
  return { sets, timing: { drafts: times.length, p50, p95 } };
}

export function evaluateNudges(): NudgesEval {
  const rules = starterRules();
  // Timed first, while nothing is cached, so "cold" means cold.
  const timing = timeCases(
    (Object.keys(SETS) as (keyof typeof SETS)[]).flatMap((set) => loadCases(set)),
    rules,
  );
  const sets: Record<string, SetScore> = {};
  const tuned: LabelledCase[] = [];
  const all: LabelledCase[] = [];
  for (const set of Object.keys(SETS) as (keyof typeof SETS)[]) {
    const cases = loadCases(set);
    if (!HELD_OUT.has(set)) tuned.push(...cases);
    all.push(...cases);
    sets[set] = scoreCases(cases, rules);
  }
  sets['tuned (all but held out)'] = scoreCases(tuned, rules);
  sets.all = scoreCases(all, rules);
  return { sets, timing, external: externalCheck(rules) };
}

export function nudgesTable(result: Pick<NudgesEval, 'sets'>): string {
  const head = ['set', 'cases', ...KINDS.flatMap((kind) => [`${kind} P`, 'R'])];
  const widths = [26, 7, 11, 6, 8, 6, 16, 6, 14, 6];
  const row = (cells: (string | number)[]) =>
    cells
      .map((cell, i) => (i === 0 ? String(cell).padEnd(widths[0]!) : String(cell).padStart(widths[i] ?? 8)))
      .join('');
  const lines = [row(head)];
  for (const [name, score] of Object.entries(result.sets)) {
    lines.push(
      row([
        name,
        score.cases,
        ...KINDS.flatMap((kind) => [score.kinds[kind].precision, score.kinds[kind].recall]),
      ]),
    );
  }
  return lines.join('\n');
}

/** The `npm run eval` section: a table, the timing, the outside check and one JSON summary line. */
export async function runNudgesEval(flags: Map<string, string> = new Map()): Promise<void> {
  const result = evaluateNudges();
  console.log(nudgesTable(result));
  const t = result.timing;
  console.log(
    `analyse() per draft update: cold (each case once, nothing cached) p50 ${t.coldP50} ms, p95 ${t.coldP95} ms; ` +
      `typing (${t.updates} updates of drafts up to ${t.longestDraft} chars) p50 ${t.typingP50} ms, p95 ${t.typingP95} ms.`,
  );
  const languages = evaluateLanguages(
    starterRules(),
    (Object.keys(SETS) as (keyof typeof SETS)[]).flatMap((set) => loadCases(set)),
  );
  console.log(
    '\nBy the language of the draft (Spanish drafts: src/nudges/spanish/, with the learned Spanish opinion; the English second opinion is silent on them):',
  );
  console.log(nudgesTable({ sets: languages }));
  if (result.external)
    console.log(`BANKING77 customer messages (rough labels): ${JSON.stringify(result.external)}`);
  if (flags.get('meaning') !== 'off') {
    const opinion = await evaluateWithOpinion(starterRules());
    result.withOpinion = opinion.sets;
    result.opinionTiming = opinion.timing;
    console.log(
      "\nWith the learned second opinion (src/nudges/opinion/opinion.ts; it adds handoff and can't nudges the phrases missed).",
    );
    console.log(`Not trained on: ${[...OPINION_HELD_OUT].join(', ')}; every other set is its training data.`);
    console.log(nudgesTable({ sets: opinion.sets }));
    console.log(
      `Second opinion per draft (embedding its sentences, cold, Node): p50 ${opinion.timing.p50} ms, p95 ${opinion.timing.p95} ms over ${opinion.timing.drafts} drafts.`,
    );
  }
  if (flags.has('errors')) {
    for (const [name, score] of Object.entries({ ...result.sets, ...languages })) {
      if (name === 'all' || name.startsWith('tuned')) continue;
      for (const error of score.errors)
        console.log(`${name} ${error.id}: expected [${error.expected}] got [${error.got}]`);
    }
  }
  const summary = Object.fromEntries(
    Object.entries(result.sets).map(([name, { cases, kinds }]) => [name, { cases, kinds }]),
  );
  const withOpinion = result.withOpinion
    ? Object.fromEntries(
        Object.entries(result.withOpinion).map(([name, { cases, kinds }]) => [name, { cases, kinds }]),
      )
    : undefined;
  console.log(
    JSON.stringify({
      eval: 'nudges',
      sets: summary,
      timing: result.timing,
      external: result.external,
      languages: Object.fromEntries(
        Object.entries(languages).map(([name, { cases, kinds }]) => [name, { cases, kinds }]),
      ),
      withOpinion,
      opinionTiming: result.opinionTiming,
    }),
  );
}

/** What one labelled file scores with the phrases alone and, unless meaning is off, with the second opinion. */
export async function scoreFile(
  cases: LabelledCase[],
  withOpinion: boolean,
): Promise<{ phrases: SetScore; opinion?: SetScore }> {
  const rules = starterRules();
  const phrases = scoreCases(cases, rules);
  if (!withOpinion || !cases.some((c) => c.draft)) return { phrases };
  const { nodeSecondOpinion } = await import('./nudge-command');
  const second = await nodeSecondOpinion();
  const added = new Map<LabelledCase, NudgeKind[]>();
  for (const c of cases) {
    const found = analyse({ text: c.text, draft: c.draft }, rules);
    added.set(
      c,
      (await second(c.draft, found)).map((n) => n.kind),
    );
  }
  return { phrases, opinion: scoreCases(cases, rules, (c) => added.get(c) ?? []) };
}

async function runFile(path: string, flags: Map<string, string>): Promise<void> {
  const cases = JSON.parse(readFileSync(path, 'utf8')) as LabelledCase[];
  if (!Array.isArray(cases)) throw new Error(`${path} is not a JSON array of labelled cases`);
  const result = await scoreFile(cases, flags.get('meaning') !== 'off');
  const sets: Record<string, SetScore> = { phrases: result.phrases };
  if (result.opinion) sets['with second opinion'] = result.opinion;
  console.log(nudgesTable({ sets }));
  for (const [name, score] of Object.entries(sets)) {
    const counts = KINDS.filter(
      (kind) => score.kinds[kind].tp + score.kinds[kind].fp + score.kinds[kind].fn > 0,
    )
      .map(
        (kind) => `${kind} tp ${score.kinds[kind].tp} fp ${score.kinds[kind].fp} fn ${score.kinds[kind].fn}`,
      )
      .join('; ');
    console.log(`${name}: ${counts}`);
    if (!flags.has('errors')) continue;
    const byId = new Map(cases.map((c) => [c.id, c]));
    for (const error of score.errors) {
      const text = (byId.get(error.id)?.draft ?? byId.get(error.id)?.text ?? '')
        .replace(/\s+/g, ' ')
        .slice(0, 200);
      console.log(`  ${error.id}: expected [${error.expected}] got [${error.got}] ${text}`);
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const flags = new Map<string, string>(process.argv.includes('--errors') ? [['errors', 'true']] : []);
  if (process.argv.includes('--meaning-off')) flags.set('meaning', 'off');
  const fileAt = process.argv.indexOf('--file');
  const file = fileAt > 0 ? process.argv[fileAt + 1] : undefined;
  if (fileAt > 0 && !file) {
    process.stderr.write('eval-nudges: --file needs the path of a labelled JSON file\n');
    process.exitCode = 2;
  }
  (file ? runFile(file, flags) : fileAt > 0 ? Promise.resolve() : runNudgesEval(flags)).catch(
    (error: unknown) => {
      process.stderr.write(`eval-nudges: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
