// The learned second opinion on Spanish drafts: one logistic regression per kind (handoff, can't) over features
// that need no sentence encoder (the shipped encoder is English-only): the sentence's words and word pairs and
// its words' letter n-grams in canonical form (accents folded, chat spellings written out: text.ts), hashed; what
// follows a negation; and the phrase layer's partial matches, for the sentence and for its neighbours (a party
// or team named, a contact verb, a request, a frame that matches once its exceptions are set aside, a can't
// form, ownership…). Trained by scripts/train-spanish-opinion.ts on the Spanish development sets; weights in
// spanish/opinion-model.json. Like the English opinion it only adds: a kind the phrases found anywhere in the
// draft is left to them, and a kind they missed is added on the one sentence the model is surest of, when it
// is over the kind's threshold and the phrase layer's own exceptions do not rule the kind out there.
import type { Doc } from '../text/document';
import type { SpanishFrames } from './frames';
import { spanishAlternation } from './phrases';
import { namedText } from './text';

export type SpanishOpinionKind = 'handoff' | 'cant';
export const SPANISH_OPINION_KINDS: readonly SpanishOpinionKind[] = ['handoff', 'cant'];

/** One kind's weights: the hashed features that carry weight, as indexes (ascending) and weights. */
export interface SpanishKindModel {
  bias: number;
  /** Feature indexes, each written as the gap from the one before (the first from 0). */
  gaps: number[];
  /** The weight of each feature, in the same order. */
  weights: number[];
  /** A sentence whose probability is at least this gets the nudge. */
  threshold: number;
}

/**
 * Which of the phrase layer's partial matches the model reads: `frames`, the compiled frames' parts (their
 * anchors, each frame with its exceptions set aside, an obligation, a party named…) beside the generic cues;
 * `generic`, only the cues no phrase list wrote (an apology, a condition, we, I, you, a number, a capitalised name).
 */
export type SpanishPartials = 'frames' | 'generic';

export interface SpanishOpinionModel {
  /** What the weights were trained on, for the record. */
  trainedOn: string;
  partials: SpanishPartials;
  /** Features are hashed into 2^bits slots. */
  bits: number;
  kinds: Record<SpanishOpinionKind, SpanishKindModel>;
}

/** One sentence as the opinion reads it. */
export interface SpanishOpinionSentence {
  start: number;
  end: number;
  /** The hashed features (sorted, distinct). */
  features: number[];
  /** The phrase layer's exceptions rule the kind out here. */
  vetoed: Record<SpanishOpinionKind, boolean>;
}

/** At most this many sentences of a draft are read (the first ones). */
const MAX_SENTENCES = 40;

/** 32-bit FNV-1a of a string. */
function fnv(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const NEGATIONS = /^(?:no|ni|nunca|jamas|tampoco|ningun|ninguna|nadie|nada|sin)$/;
const CLITICS = /^(?:me|te|se|le|les|lo|la|los|las|nos|os|selo|sela|ya|lo|mas|siempre|aun|todavia)$/;
const APOLOGY =
  /(?:^| )(?:lamentablemente|desafortunadamente|lamento|lamentamos|lo siento|lo sentimos|disculpa|disculpe|perdon|me temo|nos temo|sentimos)(?= |$)/;
const CONDITION = /(?:^| )(?:si|en caso de|cuando|aunque|a menos que)(?= |$)/;
const WE =
  /(?:^| )(?:nosotros|nosotras|nuestro|nuestra|nuestros|nuestras|[a-zñ]{2,}(?:amos|emos|imos))(?= |$)/;
const I = /(?:^| )(?:yo|puedo|tengo|debo|voy|me es|mi area)(?= |$)/;
const YOU =
  /(?:^| )(?:usted|ustedes|vos|tu|tus|su|sus|debe|debes|debés|tendra|tendras|tiene que|tienes que|tenes que|necesita|necesitas|puede|puedes|podes)(?= |$)/;
const NUMBER = /\d{3,}|@/;

/** The phrase layer's parts a sentence matches, by name (compiled once per set of frames). */
interface PartialReader {
  read(text: string, named: boolean): string[];
}

const READERS = new WeakMap<SpanishFrames, PartialReader>();
const GENERIC = new Set(['apology', 'condition', 'we', 'i', 'you', 'number']);

function partialReader(frames: SpanishFrames, file: { obligations: readonly string[] }): PartialReader {
  let reader = READERS.get(frames);
  if (reader) return reader;
  const obligation = new RegExp(`(?<![\\wñ])${spanishAlternation([...file.obligations])}(?![\\wñ])`);
  const tests: [string, (text: string) => boolean][] = [
    ...Object.entries(frames.anchors).map(
      ([name, anchor]) =>
        [`anchor ${name}`, (text: string) => !!anchor?.(text)] as [string, (t: string) => boolean],
    ),
    ...(
      [
        'contact',
        'withParty',
        'request',
        'transfer',
        'takeover',
        'takeoverAfter',
        'partyActs',
        'assignment',
        'assignedTo',
        'details',
        'anaphor',
        'there',
        'mention',
        'ownership',
        'outside',
        'cant',
        'idiom',
      ] as const
    ).map((name) => {
      const re = new RegExp(frames[name].source);
      return [`frame ${name}`, (text: string) => re.test(text)] as [string, (t: string) => boolean];
    }),
    ['obligation', (text) => obligation.test(text)],
    ['apology', (text) => APOLOGY.test(text)],
    ['condition', (text) => CONDITION.test(text)],
    ['we', (text) => WE.test(text)],
    ['i', (text) => I.test(text)],
    ['you', (text) => YOU.test(text)],
    ['number', (text) => NUMBER.test(text)],
  ];
  reader = {
    read: (text, named) => [
      ...tests.filter(([, test]) => test(text)).map(([name]) => name),
      ...(named ? ['name'] : []),
    ],
  };
  READERS.set(frames, reader);
  return reader;
}

/** The words after a negation, past its pronouns: "no te lo podemos devolver" gives "podem", "devol". */
function negated(words: readonly string[]): string[] {
  const out: string[] = [];
  words.forEach((word, i) => {
    if (!NEGATIONS.test(word)) return;
    let seen = 0;
    for (let k = i + 1; k < words.length && seen < 2; k++) {
      const next = words[k]!;
      if (next === ',') break;
      if (CLITICS.test(next)) continue;
      out.push(`${word === 'no' ? 'no' : 'neg'}>${next.slice(0, 5)}`);
      seen++;
    }
  });
  return out;
}

/** The names of the features of one canonical sentence (its own words; the partial hits are added apart). */
export function textFeatureNames(text: string): string[] {
  const words = text.split(' ').filter((w) => w.length > 0);
  const names: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    names.push(`w ${word}`);
    if (i + 1 < words.length) names.push(`b ${word} ${words[i + 1]}`);
    if (word === ',') continue;
    const marked = `^${word}$`;
    for (const n of [3, 4, 5])
      for (let k = 0; k + n <= marked.length; k++) names.push(`c ${marked.slice(k, k + n)}`);
  }
  if (words.length > 0) names.push(`first ${words[0]}`);
  names.push(...negated(words));
  return names;
}

/** The features of each sentence of a Spanish draft as the opinion reads them, with the kinds vetoed. */
export function spanishOpinionSentences(
  draft: Doc,
  texts: readonly { read: string; text: string }[],
  frames: SpanishFrames,
  file: { obligations: readonly string[] },
  bits: number,
  kind: SpanishPartials = 'frames',
): SpanishOpinionSentence[] {
  const reader = partialReader(frames, file);
  const size = 2 ** bits;
  const hashed = (name: string) => fnv(name) % size;
  const count = Math.min(draft.sentences.length, MAX_SENTENCES);
  const partials: string[][] = [];
  for (let i = 0; i < count; i++) {
    const { read, text } = texts[i]!;
    const all = reader.read(text, namedText(read).names.length > 0);
    partials.push(kind === 'frames' ? all : all.filter((p) => GENERIC.has(p) || p === 'name'));
  }
  // The vetoes read the frames whatever the model reads.
  const ownership = new RegExp(frames.ownership.source);
  // An idiom anywhere in the sentence ("no me puedo quejar", "no podemos esperar a…"), as the phrases read it at each "no".
  const idiom = new RegExp(`(?<![\\wñ])${frames.idiom.source.replace(/^\^/, '')}`);
  const out: SpanishOpinionSentence[] = [];
  for (let i = 0; i < count; i++) {
    const sentence = draft.sentences[i]!;
    const { text, read } = texts[i]!;
    const around = [partials[i - 1], partials[i + 1]].filter((p): p is string[] => !!p);
    const names = [
      ...textFeatureNames(text),
      ...partials[i]!.map((p) => `p ${p}`),
      ...around.flat().map((p) => `q ${p}`),
      ...(i === 0 ? ['at first'] : []),
      ...(i === count - 1 ? ['at last'] : []),
    ];
    const features = [...new Set(names.map(hashed))].sort((a, b) => a - b);
    const ownNext = [texts[i - 1], texts[i + 1]].some((t) => !!t && ownership.test(t.text));
    out.push({
      start: sentence.start,
      end: sentence.end,
      features,
      vetoed: {
        // The agent keeps the case, in the sentence or next to it.
        handoff: ownership.test(text) || ownNext,
        // A question refuses nothing ("¿No se puede pagar con tarjeta?"), nor an idiom, as the phrases read them.
        cant: /^\s*¿[^?]*\?\s*$/.test(read) || idiom.test(text),
      },
    });
  }
  return out;
}

let current: SpanishOpinionModel | undefined;

/**
 * Gives the engine the Spanish opinion's weights (Node and the tests get them with the engine, es-data.ts; the
 * panel fetches them as data with the phrase file). Without them Spanish drafts get the phrases' nudges alone.
 */
export function useSpanishOpinion(model: SpanishOpinionModel | undefined): void {
  current = model;
}

/** The Spanish opinion's weights, once given. */
export function spanishOpinionModel(): SpanishOpinionModel | undefined {
  return current;
}

/** A kind's weights by feature index (decoded once per model). */
const DECODED = new WeakMap<SpanishKindModel, Map<number, number>>();

function decoded(model: SpanishKindModel): Map<number, number> {
  let weights = DECODED.get(model);
  if (!weights) {
    weights = new Map();
    let at = 0;
    model.gaps.forEach((gap, i) => {
      at += gap;
      weights!.set(at, model.weights[i]!);
    });
    DECODED.set(model, weights);
  }
  return weights;
}

/** The probability that a sentence with these features has the kind's language. */
export function spanishKindProbability(model: SpanishKindModel, features: readonly number[]): number {
  const weights = decoded(model);
  let sum = model.bias;
  for (const f of features) sum += weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-sum));
}

/** What the opinion adds: for each kind the phrases did not find, the surest sentence over the threshold. */
export function spanishOpinionPicks(
  model: SpanishOpinionModel,
  sentences: readonly SpanishOpinionSentence[],
  found: ReadonlySet<string>,
): { kind: SpanishOpinionKind; range: [number, number]; probability: number }[] {
  const picks: { kind: SpanishOpinionKind; range: [number, number]; probability: number }[] = [];
  for (const kind of SPANISH_OPINION_KINDS) {
    if (found.has(kind)) continue;
    let best: { range: [number, number]; probability: number } | undefined;
    for (const s of sentences) {
      if (s.vetoed[kind]) continue;
      const probability = spanishKindProbability(model.kinds[kind], s.features);
      if (probability >= model.kinds[kind].threshold && (!best || probability > best.probability))
        best = { range: [s.start, s.end], probability };
    }
    if (best) picks.push({ kind, ...best });
  }
  return picks;
}
