import { readFileSync } from 'node:fs';
import { scoreCases, starterRules, type LabelledCase } from './src/cli/eval-nudges';
import { nodeSecondOpinion } from './src/cli/nudge-command';
import { analyse } from './src/nudges';

const file = process.argv[2];
const showErrors = process.argv.includes('--errors');
const cases = JSON.parse(readFileSync(file, 'utf8')) as LabelledCase[];
const rules = starterRules();
const fmt = (s: ReturnType<typeof scoreCases>) =>
  Object.entries(s.kinds).map(([k, v]) => `${k} ${v.precision.toFixed(2)}/${v.recall.toFixed(2)} (tp${v.tp} fp${v.fp} fn${v.fn})`).join('  ');
const phrases = scoreCases(cases, rules);
console.log(`${file} (${cases.length})`);
console.log('phrases:', fmt(phrases));
const opinion = await nodeSecondOpinion();
const added = new Map<string, string[]>();
for (const c of cases) {
  const nudges = analyse({ text: c.text, draft: c.draft }, rules);
  const more = await opinion(c.draft, nudges);
  added.set(c.id, more.map((n) => n.kind));
}
const withOpinion = scoreCases(cases, rules, (c) => added.get(c.id) as never);
console.log('+opinion:', fmt(withOpinion));
if (showErrors) for (const e of withOpinion.errors) console.log(e.id, 'exp', e.expected.join(','), 'got', e.got.join(','));
