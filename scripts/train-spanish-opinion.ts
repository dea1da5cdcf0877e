// Trains the learned Spanish opinion (src/nudges/spanish/opinion.ts) and writes its weights to
// src/nudges/spanish/opinion-model.json. One command: `npm run train:nudges:es` (reproducible: fixed seed, fixed
// order, no encoder).
//
// Data: every Spanish set of src/cli/eval-nudges-languages.ts but the never-tuned ones (SPANISH_MEASURING). Labels
// are per draft; the model reads sentences. A sentence of a draft without the kind is a negative. In a draft with
// the kind, the sentences the phrases flag for it are positives and its other sentences negatives; a draft the
// phrases missed gives its one sentence as a positive, or in a longer draft the sentence a first model (trained
// on the others) is surest of, its other sentences left out. Sentences the phrase layer's exceptions rule out
// (vetoed) are never asked, in training as in use.
//
// Measured leave-one-set-out: each development set is scored by a model trained on the others, at thresholds
// chosen on those others alone (nested: each training set's drafts scored by a model that did not see that set,
// the threshold the lowest at which the nudges added to the drafts the phrases missed are right at least 95% of
// the time). The report gives each left-out set's precision and recall per kind, phrases alone and with the
// opinion. The weights written are trained on every development set, at thresholds chosen the same way on all of
// them out of fold. `--no-write` measures only; `--bits n`, `--l2 x`, `--epochs n` try other settings.
import '../src/cli/english';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SPANISH_MEASURING, spanishSets } from '../src/cli/eval-nudges-languages';
import { type LabelledCase, starterRules } from '../src/cli/nudge-sets';
import { draftLanguage, sentenceLanguage } from '../src/nudges/detect-language';
import { analyse } from '../src/nudges/index';
import { spanishOpinionNudges, spanishOpinionRead } from '../src/nudges/spanish/index';
import {
  SPANISH_OPINION_KINDS,
  type SpanishKindModel,
  type SpanishOpinionKind,
  type SpanishOpinionModel,
  type SpanishPartials,
  spanishOpinionModel,
} from '../src/nudges/spanish/opinion';
import { prepare } from '../src/nudges/text/document';
import { wrappedJson } from './wrapped-json';

const REPO = fileURLToPath(new URL('../', import.meta.url));

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

const BITS = Number(option('bits', '12'));
/** `--partials generic`: only the cues no phrase list wrote (spanish/opinion.ts). */
const PARTIALS = option('partials', 'generic') as SpanishPartials;
/** `--exceptions ignore`: ask the model where a frame matched and the phrases' exceptions ruled it out, too. */
const HEED = option('exceptions', 'heed') === 'heed';
const L2 = Number(option('l2', '1e-3'));
const EPOCHS = Number(option('epochs', '12'));
const RATE = Number(option('rate', '0.2'));
/** Positives count this many times in the loss. */
const WEIGHT = Number(option('weight', '1'));
const PRECISION_GOAL = Number(option('precision', '0.95'));
/** Weights under this (in absolute value) are dropped from the file: they change no probability that matters. */
const PRUNE = Number(option('prune', '0.01'));
/** Inner folds per outer fold (sets grouped in turn) for the nested thresholds. */
const INNER = Number(option('inner', '5'));
const WRITE = !process.argv.includes('--no-write');
const OUT = option('out', `${REPO}src/nudges/spanish/opinion-model.json`);
const SEED = 15;

interface Sentence {
  features: number[];
  vetoed: Record<SpanishOpinionKind, boolean>;
  excepted: Record<SpanishOpinionKind, boolean>;
  /** Read by the opinion at all (not an English sentence of a mixed draft). */
  eligible: boolean;
  /** The phrases flag it for the kind. */
  flagged: Record<SpanishOpinionKind, boolean>;
}

interface Draft {
  set: string;
  id: string;
  expect: Set<string>;
  /** Kinds the phrases found in the whole draft (every kind of nudge, limits included). */
  found: Set<string>;
  /**
   * Kinds the phrases found when the set arrived, before any change made for it (test/fixtures/nudges/
   * arrival/es-found-on-arrival.json), for the sets scored so: what the phrases miss of a writer they never saw.
   */
  arrival?: Set<string>;
  sentences: Sentence[];
}

const rules = starterRules();

function readDraft(set: string, c: LabelledCase): Draft | undefined {
  if (!c.draft || draftLanguage(c.draft) !== 'es') return undefined;
  const doc = prepare('draft', c.draft);
  const nudges = analyse({ text: c.text, draft: c.draft }, rules, { learned: false });
  const read = spanishOpinionRead(doc, { bits: BITS, partials: PARTIALS });
  const sentences = read.map((s, i) => {
    const sentence = doc.sentences[i]!;
    const at = (kind: string) => nudges.some((n) => n.kind === kind && n.range?.[0] === sentence.start);
    return {
      features: s.features,
      vetoed: s.vetoed,
      excepted: s.excepted,
      eligible: sentenceLanguage(doc.raw.slice(sentence.start, sentence.end)) !== 'en',
      flagged: { handoff: at('handoff'), cant: at('cant') },
    };
  });
  const then = ARRIVAL[set];
  const arrival = then
    ? new Set(SPANISH_OPINION_KINDS.filter((kind) => then[kind].includes(c.id)))
    : undefined;
  const found = new Set(nudges.map((n) => n.kind));
  return { set, id: c.id, expect: new Set(c.expect), found, ...(arrival ? { arrival } : {}), sentences };
}

/** What the phrases found of a set when it arrived (the engine of the commit it was first scored on). */
const ARRIVAL = JSON.parse(
  readFileSync(`${REPO}test/fixtures/nudges/arrival/es-found-on-arrival.json`, 'utf8'),
) as Record<string, { commit: string } & Record<SpanishOpinionKind, string[]>>;

/** The phrases' kinds a threshold is chosen against: those of the set's arrival when known. */
const missedBy = (d: Draft) => d.arrival ?? d.found;

/** A small deterministic generator for the shuffles. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

interface Example {
  features: number[];
  label: number;
}

/** Logistic regression by AdaGrad with an L2 penalty: the weights per hashed slot and the bias. */
function fitModel(examples: readonly Example[]): { weights: Float64Array; bias: number } {
  const size = 2 ** BITS;
  const weights = new Float64Array(size);
  const squares = new Float64Array(size).fill(1e-8);
  let bias = 0;
  let biasSquare = 1e-8;
  const order = examples.map((_, i) => i);
  const next = random(SEED);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const at of order) {
      const { features, label } = examples[at]!;
      let sum = bias;
      for (const f of features) sum += weights[f]!;
      const p = 1 / (1 + Math.exp(-sum));
      const g = (p - label) * (label === 1 ? WEIGHT : 1);
      for (const f of features) {
        const grad = g + L2 * weights[f]!;
        squares[f]! += grad * grad;
        weights[f]! -= (RATE * grad) / Math.sqrt(squares[f]!);
      }
      biasSquare += g * g;
      bias -= (RATE * g) / Math.sqrt(biasSquare);
    }
  }
  return { weights, bias };
}

type Fitted = { weights: Float64Array; bias: number };

function probability(model: Fitted, features: readonly number[]): number {
  let sum = model.bias;
  for (const f of features) sum += model.weights[f]!;
  return 1 / (1 + Math.exp(-sum));
}

/**
 * A sentence the model is asked about: not vetoed, and (unless `--exceptions ignore`) not one where a frame of the
 * kind matched and the phrases ruled it out. A sentence the phrases flag was not ruled out: it teaches the kind.
 */
const asked = (s: Sentence, kind: SpanishOpinionKind) =>
  s.eligible && !s.vetoed[kind] && !(HEED && s.excepted[kind] && !s.flagged[kind]);

/** The training sentences for a kind; a missed multi-sentence draft's positive is the one `first` is surest of. */
function examplesFor(drafts: readonly Draft[], kind: SpanishOpinionKind, first?: Fitted): Example[] {
  const out: Example[] = [];
  for (const d of drafts) {
    const read = d.sentences.filter((s) => asked(s, kind));
    if (read.length === 0) continue;
    if (!d.expect.has(kind)) {
      for (const s of read) out.push({ features: s.features, label: 0 });
      continue;
    }
    const flagged = read.filter((s) => s.flagged[kind]);
    if (flagged.length > 0) {
      for (const s of read) out.push({ features: s.features, label: s.flagged[kind] ? 1 : 0 });
    } else if (read.length === 1) {
      out.push({ features: read[0]!.features, label: 1 });
    } else if (first) {
      let best = read[0]!;
      for (const s of read) if (probability(first, s.features) > probability(first, best.features)) best = s;
      out.push({ features: best.features, label: 1 });
    }
  }
  return out;
}

function train(drafts: readonly Draft[], kind: SpanishOpinionKind): Fitted {
  const first = fitModel(examplesFor(drafts, kind));
  return fitModel(examplesFor(drafts, kind, first));
}

/** The opinion's score for a kind on a draft the phrases missed it in: its surest sentence, or none. */
function draftScore(model: Fitted, d: Draft, kind: SpanishOpinionKind): number {
  let best = 0;
  for (const s of d.sentences) if (asked(s, kind)) best = Math.max(best, probability(model, s.features));
  return best;
}

/**
 * The lowest threshold at which the kind's nudges added to drafts the phrases missed are right at least
 * PRECISION_GOAL of the time (1, nothing added, when none is).
 */
function chooseThreshold(scored: readonly { score: number; right: boolean }[]): number {
  const sorted = [...scored].sort((a, b) => b.score - a.score);
  let tp = 0;
  let fp = 0;
  // Above any probability: nothing added.
  let chosen = 2;
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i]!.right) tp++;
    else fp++;
    const tieNext = i + 1 < sorted.length && sorted[i + 1]!.score === sorted[i]!.score;
    if (!tieNext && tp > 0 && tp / (tp + fp) >= PRECISION_GOAL) chosen = sorted[i]!.score;
  }
  return chosen;
}

/** Drafts the phrases missed the kind in, scored out of fold: by a model that never saw their set. */
function outOfFold(
  drafts: readonly Draft[],
  kind: SpanishOpinionKind,
  groups: readonly (readonly string[])[],
): { score: number; right: boolean; draft: Draft }[] {
  const out: { score: number; right: boolean; draft: Draft }[] = [];
  for (const group of groups) {
    const held = new Set(group);
    const model = train(
      drafts.filter((d) => !held.has(d.set)),
      kind,
    );
    for (const d of drafts) {
      if (!held.has(d.set) || missedBy(d).has(kind)) continue;
      out.push({ score: draftScore(model, d, kind), right: d.expect.has(kind), draft: d });
    }
  }
  return out;
}

/** Sets dealt into `n` groups in turn. */
function grouped(sets: readonly string[], n: number): string[][] {
  const groups: string[][] = Array.from({ length: Math.min(n, sets.length) }, () => []);
  sets.forEach((set, i) => {
    groups[i % groups.length]!.push(set);
  });
  return groups;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function counts(
  drafts: readonly Draft[],
  kind: SpanishOpinionKind,
  added: (d: Draft) => boolean,
  base: (d: Draft) => Set<string> | undefined,
): Counts {
  const c = { tp: 0, fp: 0, fn: 0 };
  for (const d of drafts) {
    const got = base(d)!.has(kind) || added(d);
    const want = d.expect.has(kind);
    if (got && want) c.tp++;
    else if (got) c.fp++;
    else if (want) c.fn++;
  }
  return c;
}

const ratio = (a: number, b: number) => (b === 0 ? '1.00' : (a / b).toFixed(2));
const pr = (c: Counts) => `${ratio(c.tp, c.tp + c.fp)} / ${ratio(c.tp, c.tp + c.fn)}`;

/** `--skip a,b`: development sets kept out of training and measuring (a set kept unread while building). */
const SKIP = new Set(option('skip', '').split(',').filter(Boolean));
const sets = spanishSets().filter(([name]) => !SPANISH_MEASURING.has(name) && !SKIP.has(name));

/**
 * `--time`: what the opinion costs where it runs (in the panel's nudge path): analyse() per Spanish draft with it,
 * cold (each draft once, in a fresh process: nothing memoised) and while typing (each draft grown a word at a time,
 * as the panel analyses it), and the opinion's own share per draft (its features memoised by then).
 */
if (process.argv.includes('--time')) {
  const { performance } = await import('node:perf_hooks');
  const texts = sets
    .flatMap(([, cases]) => cases.map((c) => c.draft ?? ''))
    .filter((d) => draftLanguage(d) === 'es');
  const pct = (list: number[], p: number) =>
    [...list].sort((a, b) => a - b)[Math.floor(p * (list.length - 1))]!;
  const run = (learned: boolean, drafts: readonly string[]) =>
    drafts.map((draft) => {
      const t0 = performance.now();
      analyse({ draft }, [], { learned });
      return performance.now() - t0;
    });
  const typing = texts.slice(0, 150).flatMap((d) => {
    const words = d.split(' ');
    return words.map((_, i) => words.slice(0, i + 1).join(' '));
  });
  const coldOn = run(true, texts);
  const typingOn = run(true, typing);
  const show = (name: string, list: number[]) =>
    `${name} p50 ${pct(list, 0.5).toFixed(2)} ms, p95 ${pct(list, 0.95).toFixed(2)} ms`;
  console.log(`${texts.length} Spanish drafts; ${typing.length} typing updates of 150 of them.`);
  console.log(show('with the opinion, cold:', coldOn), '|', show('typing:', typingOn));
  const model = spanishOpinionModel()!;
  const share = (drafts: readonly string[]) =>
    drafts.map((draft) => {
      const doc = prepare('draft', draft);
      const t0 = performance.now();
      spanishOpinionNudges(doc, new Set(), new Set());
      return performance.now() - t0;
    });
  // Its share while typing: each update after the one before, as the panel makes them (the sentences already
  // read are memoised); and per draft cold, in a fresh order (most of its sentences not memoised: the memo holds 2,000).
  console.log(show('the opinion alone, typing:', share(typing)), `(bits ${model.bits})`);
  console.log(show('the opinion alone, each draft once:', share([...texts].reverse())));
  process.exit(0);
}

const drafts = sets.flatMap(([name, cases]) =>
  cases.map((c) => readDraft(name, c)).filter((d): d is Draft => d !== undefined),
);
const names = sets.map(([name]) => name);
console.log(
  `Spanish opinion: ${drafts.length} Spanish drafts of ${names.length} development sets (${names.join(', ')}); ` +
    `partials ${PARTIALS}, exceptions ${HEED ? 'heeded' : 'ignored'}, bits ${BITS}, l2 ${L2}, epochs ${EPOCHS}, rate ${RATE}, weight ${WEIGHT}, inner folds ${INNER}.`,
);

/** `--diagnose kind`: the drafts the phrases missed the kind in, surest first, scored out of fold. */
const DIAGNOSE = option('diagnose', '') as SpanishOpinionKind | '';
if (DIAGNOSE) {
  const scored = outOfFold(
    drafts,
    DIAGNOSE,
    names.map((n) => [n]),
  );
  scored.sort((a, b) => b.score - a.score);
  for (const { score, right, draft } of scored.slice(0, Number(option('top', '40'))))
    console.log(`${score.toFixed(5)} ${right ? 'right' : 'FALSE'} ${draft.set} ${draft.id}`);
  const positives = scored.filter((s) => s.right);
  console.log(`${positives.length} of ${scored.length} missed drafts have the kind; their scores:`);
  console.log(positives.map((p) => `${p.draft.id} ${p.score.toFixed(4)}`).join(', '));
  process.exit(0);
}

// Leave one set out, thresholds nested.
const rows: string[] = [];
const zero = () => ({ tp: 0, fp: 0, fn: 0 });
const totals = () => ({
  handoff: { phrases: zero(), opinion: zero() },
  cant: { phrases: zero(), opinion: zero() },
});
const total = { now: totals(), arrival: totals() };
const addedLines: string[] = [];
/** `--left a,b`: leave out only these sets (a quicker measure); every set by default. */
const LEFT = option('left', '').split(',').filter(Boolean);
for (const left of LEFT.length > 0 ? LEFT : names) {
  const training = drafts.filter((d) => d.set !== left);
  const testing = drafts.filter((d) => d.set === left);
  const cells: string[] = [];
  for (const kind of SPANISH_OPINION_KINDS) {
    const trainingSets = names.filter((n) => n !== left);
    const threshold = chooseThreshold(outOfFold(training, kind, grouped(trainingSets, INNER)));
    const model = train(training, kind);
    const scores = new Map(testing.map((d) => [d, draftScore(model, d, kind)]));
    const parts: string[] = [];
    for (const on of ['now', 'arrival'] as const) {
      const base = (d: Draft) => (on === 'now' ? d.found : d.arrival);
      if (on === 'arrival' && !testing[0]?.arrival) continue;
      const adds = (d: Draft) => !base(d)!.has(kind) && scores.get(d)! >= threshold;
      const phrases = counts(testing, kind, () => false, base);
      const opinion = counts(testing, kind, adds, base);
      for (const key of ['tp', 'fp', 'fn'] as const) {
        total[on][kind].phrases[key] += phrases[key];
        total[on][kind].opinion[key] += opinion[key];
      }
      for (const d of testing)
        if (adds(d))
          addedLines.push(`${on} ${left} ${d.id} ${kind} ${d.expect.has(kind) ? 'right' : 'FALSE'}`);
      parts.push(`${on === 'arrival' ? 'on arrival ' : ''}${pr(phrases)} → ${pr(opinion)}`);
    }
    cells.push(parts.join('; '), threshold > 1 ? 'none' : threshold.toFixed(3));
  }
  rows.push(`| ${left} (${testing.length}) | ${cells.join(' | ')} |`);
  console.log(rows.at(-1));
}
console.log(
  '\n| left-out set (Spanish drafts) | handoff P / R: phrases → with the opinion (now, on arrival) | threshold | cant | threshold |',
);
console.log('|---|---|---|---|---|');
for (const row of rows) console.log(row);
for (const on of ['now', 'arrival'] as const) {
  const t = total[on];
  console.log(
    `| all, each left out (${on}) | ${pr(t.handoff.phrases)} → ${pr(t.handoff.opinion)} | | ${pr(t.cant.phrases)} → ${pr(t.cant.opinion)} | |`,
  );
}
if (process.argv.includes('--show-added')) for (const line of addedLines) console.log(line);

if (WRITE) {
  const kinds = {} as Record<SpanishOpinionKind, SpanishKindModel>;
  for (const kind of SPANISH_OPINION_KINDS) {
    const threshold = chooseThreshold(
      outOfFold(
        drafts,
        kind,
        names.map((n) => [n]),
      ),
    );
    const model = train(drafts, kind);
    const gaps: number[] = [];
    const weights: number[] = [];
    let last = 0;
    model.weights.forEach((w, i) => {
      if (Math.abs(w) < PRUNE) return;
      gaps.push(i - last);
      weights.push(Math.round(w * 1000) / 1000);
      last = i;
    });
    kinds[kind] = {
      bias: Math.round(model.bias * 1000) / 1000,
      gaps,
      weights,
      // As computed: near 1 the fourth decimal decides.
      threshold,
    };
    console.log(
      `${kind}: threshold ${threshold.toFixed(4)} (out of fold on every set), ${weights.length} weights`,
    );
  }
  const written: SpanishOpinionModel = {
    trainedOn: `${drafts.length} Spanish drafts: ${names.join(', ')}`,
    partials: PARTIALS,
    bits: BITS,
    heedExceptions: HEED,
    kinds,
  };
  writeFileSync(OUT, wrappedJson(written));
  console.log(`Wrote ${OUT}`);
}
