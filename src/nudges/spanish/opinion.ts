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
import { Memo } from '../text/memo';
import { HANDOFF_FRAMES, type SpanishFrames } from './frames';
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
  /** No nudge where a frame of the kind matched and the phrases' exceptions ruled it out (`excepted`). */
  heedExceptions: boolean;
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
  /**
   * A frame of the kind matches here once its exceptions are set aside, yet the phrases gave no nudge: they read
   * the sentence and ruled it out ("recuerde que no se puede fumar", "su caso fue derivado en su momento…").
   */
  excepted: Record<SpanishOpinionKind, boolean>;
}

const HANDOFF_FRAME_NAMES = new Set(HANDOFF_FRAMES.map((name) => `frame ${name}`));

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
const APOLOGY = new RegExp(
  [
    `(?:^| )(?:lamentablemente|desafortunadamente|lastimosamente|lamento|lamentamos|lo siento|`,
    `lo sentimos|disculpa|disculpe|disculpas|perdon|perdona|me temo|nos temo|sentimos|que pena|una pena|`,
    `sorry)(?= |$)`,
  ].join(''),
);
const CONDITION = /(?:^| )(?:si|en caso de|cuando|aunque|a menos que)(?= |$)/;
const WE =
  /(?:^| )(?:nosotros|nosotras|nuestro|nuestra|nuestros|nuestras|[a-zñ]{2,}(?:amos|emos|imos))(?= |$)/;
const I = /(?:^| )(?:yo|puedo|tengo|debo|voy|me es|mi area)(?= |$)/;
const YOU =
  /(?:^| )(?:usted|ustedes|vos|tu|tus|su|sus|debe|debes|debés|tendra|tendras|tiene que|tienes que|tenes que|necesita|necesitas|puede|puedes|podes)(?= |$)/;
const NUMBER = /\d{3,}|@/;

/** The phrase layer's parts a sentence matches, by name (compiled once per set of frames). */
interface PartialReader {
  /** `generic`: only the generic cues, and the frames the vetoes read (handoff frames, can't forms). */
  read(text: string, named: boolean, kind: SpanishPartials): string[];
}

const READERS = new WeakMap<SpanishFrames, PartialReader>();
const GENERIC = new Set(['apology', 'condition', 'we', 'i', 'you', 'number']);

type Test = [name: string, test: (text: string) => boolean, generic: boolean];

function partialReader(frames: SpanishFrames, file: { obligations: readonly string[] }): PartialReader {
  let reader = READERS.get(frames);
  if (reader) return reader;
  const obligation = new RegExp(`(?<![\\wñ])${spanishAlternation([...file.obligations])}(?![\\wñ])`);
  const a = frames.anchors;
  const party = (text: string) => !a.party || a.party(text);
  // Each frame behind the cheap test the phrases put before it (reading.ts): a frame cannot match without it.
  const gates: Record<string, (text: string) => boolean> = {
    contact: (t) => !a.contact || a.contact(t),
    withParty: party,
    request: (t) => !a.request || a.request(t),
    transfer: (t) => !a.transfer || a.transfer(t),
    takeover: (t) => !a.takeover || a.takeover(t),
    takeoverAfter: (t) => !a.takeover || a.takeover(t),
    partyActs: party,
    assignment: (t) => !a.assignment || a.assignment(t),
    assignedTo: (t) => party(t) || / el (?:directamente|mismo|personalmente)(?: |$)/.test(t),
    details: party,
    anaphor: (t) => / ell[oa]s(?: |$)/.test(t),
    there: (t) => / (?:alli|alla)(?: |$)/.test(t),
    cant: (t) => !a.cant || a.cant(t),
  };
  const tests: Test[] = [
    ...Object.entries(a).map(([name, anchor]): Test => [`anchor ${name}`, (text) => !!anchor?.(text), false]),
    ...([...HANDOFF_FRAMES, 'mention', 'ownership', 'outside', 'cant', 'idiom'] as const).map(
      (name): Test => {
        const re = new RegExp(frames[name].source);
        const gate = gates[name];
        const vetoes = HANDOFF_FRAME_NAMES.has(`frame ${name}`) || name === 'cant';
        return [`frame ${name}`, (text) => (!gate || gate(text)) && re.test(text), vetoes];
      },
    ),
    ['obligation', (text) => obligation.test(text), false],
    ['apology', (text) => APOLOGY.test(text), true],
    ['condition', (text) => CONDITION.test(text), true],
    ['we', (text) => WE.test(text), true],
    ['i', (text) => I.test(text), true],
    ['you', (text) => YOU.test(text), true],
    ['number', (text) => NUMBER.test(text), true],
  ];
  const generic = tests.filter(([, , g]) => g);
  reader = {
    read: (text, named, kind) => [
      ...(kind === 'generic' ? generic : tests).filter(([, test]) => test(text)).map(([name]) => name),
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

/** What one sentence says to the opinion, whatever draft it is in (memoised by its text). */
interface SentenceReading {
  /** The partial matches, all of them (the vetoes read the frames whatever the model reads). */
  all: string[];
  /** Its own features, hashed. */
  own: number[];
  ownership: boolean;
  idiom: boolean;
  question: boolean;
}

const READINGS = new WeakMap<SpanishFrames, Memo<SentenceReading>>();
const VETOES = new WeakMap<SpanishFrames, { ownership: RegExp; idiom: RegExp }>();

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
  let vetoes = VETOES.get(frames);
  if (!vetoes) {
    vetoes = {
      ownership: new RegExp(frames.ownership.source),
      // An idiom anywhere in the sentence ("no me puedo quejar", "no podemos esperar a…"), as the phrases read it at each "no".
      idiom: new RegExp(`(?<![\\wñ])${frames.idiom.source.replace(/^\^/, '')}`),
    };
    VETOES.set(frames, vetoes);
  }
  const { ownership, idiom } = vetoes;
  let memo = READINGS.get(frames);
  if (!memo) {
    memo = new Memo();
    READINGS.set(frames, memo);
  }
  const count = Math.min(draft.sentences.length, MAX_SENTENCES);
  const readings = texts.slice(0, count).map(({ read, text }) =>
    memo.get(`${bits}${kind}\u0000${read}\u0000${text}`, () => ({
      all: reader.read(text, namedText(read).names.length > 0, kind),
      own: textFeatureNames(text).map(hashed),
      ownership: ownership.test(text),
      idiom: idiom.test(text),
      // A question refuses nothing ("¿No se puede pagar con tarjeta?"), as the phrases read it.
      question: /^\s*¿[^?]*\?\s*$/.test(read),
    })),
  );
  const partials = readings.map(({ all }) =>
    kind === 'frames' ? all : all.filter((p) => GENERIC.has(p) || p === 'name'),
  );
  const sorry = partials.some((p) => p.includes('apology'));
  const out: SpanishOpinionSentence[] = [];
  for (let i = 0; i < count; i++) {
    const sentence = draft.sentences[i]!;
    const reading = readings[i]!;
    const around = [partials[i - 1], partials[i + 1]].filter((p): p is string[] => !!p);
    const names = [
      ...partials[i]!.map((p) => `p ${p}`),
      ...around.flat().map((p) => `q ${p}`),
      // An apology anywhere in the draft: a refusal said as a fact ("la tarifa no admite cambios… lo siento").
      ...(sorry ? ['draft apology'] : []),
      ...(i === 0 ? ['at first'] : []),
      ...(i === count - 1 ? ['at last'] : []),
    ];
    const features = [...new Set([...reading.own, ...names.map(hashed)])].sort((a, b) => a - b);
    const ownNext = [readings[i - 1], readings[i + 1]].some((r) => !!r?.ownership);
    out.push({
      start: sentence.start,
      end: sentence.end,
      features,
      excepted: {
        handoff: reading.all.some((p) => HANDOFF_FRAME_NAMES.has(p)),
        cant: reading.all.includes('frame cant'),
      },
      vetoed: {
        // The agent keeps the case, in the sentence or next to it.
        handoff: reading.ownership || ownNext,
        // A question or an idiom refuses nothing, as the phrases read them.
        cant: reading.question || reading.idiom,
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
      if (s.vetoed[kind] || (model.heedExceptions && s.excepted[kind])) continue;
      const probability = spanishKindProbability(model.kinds[kind], s.features);
      if (probability >= model.kinds[kind].threshold && (!best || probability > best.probability))
        best = { range: [s.start, s.end], probability };
    }
    if (best) picks.push({ kind, ...best });
  }
  return picks;
}
