// Leave-one-writer-out for the customer's ask-to-amount gate (src/nudges/limits/binding-settings.ts).
// Each development set of limits is one writer; the limit cases of the training draft sets are one more.
// Every choice of the gate (a threshold, a reading) is scored on every writer; then, for each writer left
// out, each choice is made on the others alone and the result is scored on the one left out.
//
//   npx tsx scripts/limits-folds.ts            folds, per writer left out: false alarms and misses
//   npx tsx scripts/limits-folds.ts --choices  also each candidate's counts per writer
//
// How a choice is made on the others: a threshold takes the value with the fewest false alarms, then
// misses (a false alarm weighs ten misses), the shipped value on a tie; a reading is on only when on
// the others it adds no false alarm and no miss and helps at least one of them (a reading that ships off is
// scored with it on). The last table is the rule for what ships: a reading the others chose in at least
// one fold and that added a false alarm on no writer left out in a fold that chose it. The never-tuned sets (HELD_OUT in src/cli/nudge-sets.ts)
// are not read. The draft's handoff and can't sentences are read once; each setting reruns the limits alone.
import '../src/cli/english';
import { starterRules } from '../src/cli/nudge-sets';
import {
  type BindingSettings,
  DEFAULT_BINDING,
  READINGS,
  type Reading,
  setBinding,
} from '../src/nudges/limits/binding-settings';
import { matchEmpowerment } from '../src/nudges/limits/empowerment';
import { prepare } from '../src/nudges/text/document';
import { type Case, LIMIT_KINDS, loadWriters } from './limit-writers';

interface Count {
  tp: number;
  fp: number;
  fn: number;
}
type Scores = Record<string, Count>;

type Knob = Exclude<keyof BindingSettings, 'readings'>;
const KNOBS: Record<Knob, number[]> = {
  maxContent: [1, 2, 3],
  maxGap: [4, 6, 8],
  maxGapAfter: [2, 3, 4],
  thingReach: [1, 2, 3],
  unitReach: [2, 3, 4],
};

let writerCases: Case[] | undefined;
const cache = new Map<string, Scores>();

/** Limit true positives, false alarms and misses per writer with `settings` in force. */
function run(settings: BindingSettings): Scores {
  const key = JSON.stringify(settings);
  const known = cache.get(key);
  if (known) return known;
  writerCases ??= loadWriters();
  const rules = starterRules();
  setBinding(settings);
  const scores: Scores = {};
  for (const c of writerCases) {
    const found = matchEmpowerment([prepare('text', c.text), prepare('draft', c.draft)], rules, c.flagged);
    const got = new Set<string>(found.map((f) => f.kind));
    const count = scores[c.writer] ?? { tp: 0, fp: 0, fn: 0 };
    scores[c.writer] = count;
    for (const kind of LIMIT_KINDS) {
      const want = c.expect.includes(kind);
      if (want && got.has(kind)) count.tp++;
      else if (got.has(kind)) count.fp++;
      else if (want) count.fn++;
    }
  }
  setBinding(DEFAULT_BINDING);
  cache.set(key, scores);
  return scores;
}

const cost = (c: Count) => c.fp * 10 + c.fn;
function sum(scores: Scores, writers: string[]): Count {
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const w of writers) {
    const c = scores[w] ?? { tp: 0, fp: 0, fn: 0 };
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  return total;
}

function withKnob(knob: Knob, value: number): BindingSettings {
  return { ...DEFAULT_BINDING, [knob]: value };
}
/** The shipped settings with one reading turned the other way (off if it ships on, on if it ships off). */
function toggled(reading: Reading): BindingSettings {
  return {
    ...DEFAULT_BINDING,
    readings: { ...DEFAULT_BINDING.readings, [reading]: !DEFAULT_BINDING.readings[reading] },
  };
}

function main(): void {
  const base = run(DEFAULT_BINDING);
  const writers = Object.keys(base);
  const showChoices = process.argv.includes('--choices');
  const line = (label: string, scores: Scores) =>
    console.log(
      `${label.padEnd(24)} ${writers.map((w) => `${scores[w]?.fp ?? 0}/${scores[w]?.fn ?? 0}`.padStart(7)).join(' ')}`,
    );
  if (showChoices) {
    console.log(
      `${'false alarms/misses'.padEnd(24)} ${writers.map((w) => w.slice(-7).padStart(7)).join(' ')}`,
    );
    line('shipped', base);
  }
  const knobScores = new Map<string, Scores>();
  for (const knob of Object.keys(KNOBS) as Knob[]) {
    for (const value of KNOBS[knob]) {
      const scores = run(withKnob(knob, value));
      knobScores.set(`${knob}=${value}`, scores);
      if (showChoices && value !== DEFAULT_BINDING[knob]) line(`${knob}=${value}`, scores);
    }
  }
  // Each reading's scores with it on and with it off, the shipped settings otherwise.
  const withOn = new Map<Reading, Scores>();
  const withOff = new Map<Reading, Scores>();
  for (const reading of READINGS) {
    const scores = run(toggled(reading));
    const shipsOn = DEFAULT_BINDING.readings[reading];
    withOn.set(reading, shipsOn ? base : scores);
    withOff.set(reading, shipsOn ? scores : base);
    if (showChoices) line(`${shipsOn ? 'without' : 'with'} ${reading}`, scores);
  }
  console.log(
    '\nleft out                 shipped fa/miss   chosen on the others fa/miss   choices that differ',
  );
  const totals = { shipped: { fp: 0, fn: 0 }, fold: { fp: 0, fn: 0 } };
  // Per reading: the writers left out in whose fold the others chose it, and those of them on which it
  // adds a false alarm (the left-out writer's false alarms with the reading, against without it).
  const chosenFor = new Map<Reading, string[]>(READINGS.map((r) => [r, []]));
  const alarmsOn = new Map<Reading, string[]>(READINGS.map((r) => [r, []]));
  for (const out of writers) {
    const others = writers.filter((w) => w !== out);
    const chosen: BindingSettings = { ...DEFAULT_BINDING, readings: { ...DEFAULT_BINDING.readings } };
    const differ: string[] = [];
    for (const knob of Object.keys(KNOBS) as Knob[]) {
      let best = DEFAULT_BINDING[knob];
      let bestCost = cost(sum(knobScores.get(`${knob}=${best}`) ?? base, others));
      for (const value of KNOBS[knob]) {
        const c = cost(sum(knobScores.get(`${knob}=${value}`) ?? base, others));
        if (c < bestCost) [best, bestCost] = [value, c];
      }
      chosen[knob] = best;
      if (best !== DEFAULT_BINDING[knob]) differ.push(`${knob}=${best}`);
    }
    const readings = { ...DEFAULT_BINDING.readings };
    for (const reading of READINGS) {
      const on = sum(withOn.get(reading) ?? base, others);
      const off = sum(withOff.get(reading) ?? base, others);
      // On only when it adds no false alarm and no miss on the others, and helps at least one of them.
      const keep = on.fp <= off.fp && on.fn <= off.fn && (on.fp < off.fp || on.fn < off.fn || on.tp > off.tp);
      readings[reading] = keep;
      if (keep !== DEFAULT_BINDING.readings[reading]) differ.push(`${keep ? 'with' : 'no'} ${reading}`);
      if (keep) chosenFor.get(reading)?.push(out);
      const alarmsWith = withOn.get(reading)?.[out]?.fp ?? 0;
      if (keep && alarmsWith > (withOff.get(reading)?.[out]?.fp ?? 0)) alarmsOn.get(reading)?.push(out);
    }
    chosen.readings = readings;
    const result = run(chosen)[out] ?? { tp: 0, fp: 0, fn: 0 };
    const shipped = base[out] ?? { tp: 0, fp: 0, fn: 0 };
    totals.shipped.fp += shipped.fp;
    totals.shipped.fn += shipped.fn;
    totals.fold.fp += result.fp;
    totals.fold.fn += result.fn;
    console.log(
      `${out.padEnd(24)} ${`${shipped.fp} / ${shipped.fn}`.padStart(13)}   ${`${result.fp} / ${result.fn}`.padStart(24)}   ${differ.join(', ') || '-'}`,
    );
  }
  console.log(
    `${'all writers'.padEnd(24)} ${`${totals.shipped.fp} / ${totals.shipped.fn}`.padStart(13)}   ${`${totals.fold.fp} / ${totals.fold.fn}`.padStart(24)}`,
  );
  // A reading ships when the others chose it in at least one fold and it added a false alarm on no
  // writer left out in a fold that chose it.
  console.log(
    `\n${'reading'.padEnd(14)} ${'shipped'.padEnd(8)} ${'verdict'.padEnd(8)} chosen on the others with left out / adds a false alarm on`,
  );
  for (const reading of READINGS) {
    const chosen = chosenFor.get(reading) ?? [];
    const alarms = alarmsOn.get(reading) ?? [];
    const verdict = chosen.length > 0 && alarms.length === 0 ? 'on' : 'off';
    console.log(
      `${reading.padEnd(14)} ${(DEFAULT_BINDING.readings[reading] ? 'on' : 'off').padEnd(8)} ${verdict.padEnd(8)} ${chosen.length}/${writers.length}${alarms.length ? ` / ${alarms.join(', ')}` : ''}`,
    );
  }
}

main();
