// The learned second opinion on handoff and can't language: a small classifier over the sentence encoder's
// vectors (src/meaning/), trained by scripts/train-nudges.ts from the labelled drafts and real agent replies in
// test/fixtures/nudges/ (weights in nudge-model.json). It reads each sentence in context: its vector, its
// neighbours' mean vector, a few cues, the structural cues of a handoff to a named party (cues.ts), and the
// phrase layer's partial hits for it and its neighbours (filled in where the phrase layer runs:
// src/nudges/opinion/partials.ts). Pure: the caller embeds the sentences (the
// meaning host in the extension, node-encoder.ts on the command line) and passes the vectors. It only adds:
// a kind the phrases found anywhere in the draft is left to them, and a kind they missed is added on the one
// sentence the classifier is surest of, when it is over the kind's threshold (chosen for precision) and the
// phrases' own exceptions do not rule the kind out there. Drafts that do not read as English get no opinion.
import { t } from '../../shared/i18n';
import { draftLanguage, sentenceLanguage } from '../detect-language';
import { PARTIAL_COUNT, PARTIAL_NAMES } from '../language/partial-names';
import { looksEnglish } from '../language/which-language';
import { prepare } from '../text/document';
import { type Nudge, PRINCIPLES } from '../types';
import { CANT_SPAN, cantBlocks, STRUCTURE_SPAN, structureBlocks } from './cues';

export type OpinionKind = 'handoff' | 'cant';
export const OPINION_KINDS: readonly OpinionKind[] = ['handoff', 'cant'];

/**
 * One kind's classifier over a sentence's features (see `sentenceFeatures`): logistic regression, or with
 * `hidden`, one layer of rectified units before it (`weights` then read the units).
 */
export interface KindModel {
  /** One row of input weights per hidden unit, and the units' biases. */
  hidden?: { weights: number[][]; bias: number[] };
  weights: number[];
  bias: number;
  /** A sentence whose probability is at least this gets the nudge. */
  threshold: number;
}

/**
 * What the classifier reads of a sentence. `sentence`: its vector, then the cues. `context`: its vector,
 * the mean vector of the sentences before and after it, the cues, the phrase layer's partial hits of the
 * sentence, and those of its neighbours (each hit in either). `structure`: the same with the structural cues
 * (src/nudges/opinion/cues.ts) of the sentence and of its neighbours, and "they" after a name, before the
 * partial hits. `scope`: the same with the can't cues (cues.ts, `cantBlocks`: we or the company cannot, not
 * possible or outside our scope, only handles, an apology leading) after the structural ones.
 */
export type OpinionLayout = 'sentence' | 'context' | 'structure' | 'scope';

export interface OpinionModel {
  /** What the weights were trained on, for the record. */
  trainedOn: string;
  /** `sentence` when absent. */
  layout?: OpinionLayout;
  /** Inputs per sentence. */
  dims: number;
  /**
   * The word a named party becomes before a sentence is embedded (src/nudges/opinion/names.ts); names are
   * embedded as written when absent.
   */
  placeholder?: string;
  kinds: Record<OpinionKind, KindModel>;
}

/** Sentences of a draft the classifier reads: [start, end) and the text given to the encoder. */
export interface OpinionSentence {
  start: number;
  end: number;
  text: string;
  /** The sentence as written. */
  raw?: string;
  /** The sentence in canonical form (src/nudges/text/normalize.ts), as the phrase layer reads it. */
  canonical?: string;
  /** The canonical text of the sentences just before and after it in the draft. */
  nearby?: string;
  /**
   * The phrase layer's partial hits of the sentence (src/nudges/language/partial.ts), in the order of
   * PARTIAL_NAMES, filled by `withPartials` (src/nudges/opinion/partials.ts) where the phrase layer runs.
   */
  partials?: readonly number[];
  /** Indexes of the neighbouring sentences the classifier reads (before, after), when there are. */
  before?: number;
  after?: number;
}

/** At most this many sentences of a draft are read (the first ones: where agents put the point). */
export const MAX_OPINION_SENTENCES = 40;

/** The text the encoder sees for a sentence: links become the word "link" (their letters are noise). */
export function opinionText(sentence: string): string {
  return sentence
    .replace(/https?:\/\/\S+|www\.\S+/gi, 'link')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The sentences of `draft` to embed, or none when the draft does not read as English. */
export function opinionSentences(draft: string): OpinionSentence[] {
  // Trained on English only: silent on a Spanish draft (the Spanish frames read it) and on other languages.
  if (!draft.trim() || !looksEnglish(draft) || draftLanguage(draft) === 'es') return [];
  const doc = prepare('draft', draft);
  const read: OpinionSentence[] = doc.sentences
    .map((s, i) => ({
      start: s.start,
      end: s.end,
      text: opinionText(doc.raw.slice(s.start, s.end)),
      raw: doc.raw.slice(s.start, s.end),
      canonical: s.text,
      nearby: [doc.sentences[i - 1]?.text, doc.sentences[i + 1]?.text].filter(Boolean).join(' '),
    }))
    // Sign-offs and one-word lines ("The Support Team", "Thanks!") say nothing the classifier can read;
    // a Spanish sentence of a mixed draft is the Spanish frames' (`draft-language.ts`).
    .filter((s) => (s.text.match(/\p{L}[\p{L}'’-]*/gu) ?? []).length >= 4 && sentenceLanguage(s.raw) !== 'es')
    .slice(0, MAX_OPINION_SENTENCES);
  return read.map((s, i) => ({
    ...s,
    ...(i > 0 ? { before: i - 1 } : {}),
    ...(i + 1 < read.length ? { after: i + 1 } : {}),
  }));
}

/**
 * A few cues the sentence vector blurs, given to the classifier beside it: who acts (the agent doing or
 * promising something, the customer being told to), whether a way to reach someone is named, and
 * negation. Each is 0 or 1.
 */
const CUES: readonly RegExp[] = [
  /\b(?:i|we)(?:'ve| have|'ll| will|'m going to| am going to|'re going to| are going to|'d be happy to)\b/,
  new RegExp(
    String.raw`^(?:please |pls |kindly )|\b(?:you|u)(?:'ll| will)? (?:need to|have to|must|should|can|could|may` +
      String.raw`|might want to)\b|\bplease (?:contact|call|reach|email|visit|go|head|get|submit|send|post|report` +
      String.raw`|file|raise|ask|speak|talk)\b`,
  ),
  /\b(?:link|phone|call|email|e-mail|chat|number|website|site|portal|form|forum|community|helpline|hotline)\b|\d{3}[-. )]+\d{3}|@/,
  /\b(?:can't|cannot|can not|unable|not able|won't|don't|doesn't|isn't|aren't|not|no longer|only)\b/,
];

export const CUE_COUNT = CUES.length;

/** The cues of a sentence (its opinion text), in order. */
export function opinionCues(text: string): number[] {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  return CUES.map((cue) => (cue.test(lower) ? 1 : 0));
}

/** What the classifier reads for a sentence in the `sentence` layout: its vector, then its cues. */
export function opinionFeatures(vector: ArrayLike<number>, text: string): number[] {
  return [...Array.from(vector), ...opinionCues(text)];
}

/** Inputs per sentence of a layout, for vectors of `size` numbers. */
export function layoutDims(layout: OpinionLayout, size = 512): number {
  if (layout === 'sentence') return size + CUE_COUNT;
  return 2 * size + CUE_COUNT + cueSpan(layout) + 2 * PARTIAL_COUNT;
}

/** The structural (and can't) cues a layout reads per sentence, between the cues and the partial hits. */
function cueSpan(layout: OpinionLayout): number {
  if (layout === 'structure') return STRUCTURE_SPAN;
  return layout === 'scope' ? STRUCTURE_SPAN + CANT_SPAN : 0;
}

/** The partial hits of a sentence, none when they were not filled in. */
function partialsOf(sentence: OpinionSentence | undefined): readonly number[] {
  return sentence?.partials?.length === PARTIAL_COUNT
    ? sentence.partials
    : new Array<number>(PARTIAL_COUNT).fill(0);
}

/** What the classifier reads for each sentence of a draft (in the order of `sentences`). */
export function sentenceFeatures(
  layout: OpinionLayout,
  sentences: readonly OpinionSentence[],
  vectors: readonly ArrayLike<number>[],
): Float32Array[] {
  if (layout === 'sentence')
    return vectors.map((vector, i) => Float32Array.from(opinionFeatures(vector, sentences[i]?.text ?? '')));
  const size = vectors[0]?.length ?? 512;
  const partials = sentences.map(partialsOf);
  const structure = layout === 'structure' || layout === 'scope' ? structureBlocks(sentences) : [];
  const scope = layout === 'scope' ? cantBlocks(sentences) : [];
  const span = cueSpan(layout);
  return vectors.map((vector, i) => {
    const sentence = sentences[i];
    const out = new Float32Array(layoutDims(layout, size));
    out.set(vector, 0);
    const around = [sentence?.before, sentence?.after].filter((n): n is number => n !== undefined);
    for (const n of around) {
      const other = vectors[n]!;
      for (let k = 0; k < size; k++) out[size + k]! += other[k]! / around.length;
    }
    out.set(opinionCues(sentence?.text ?? ''), 2 * size);
    const at = 2 * size + CUE_COUNT;
    if (structure.length > 0) out.set(structure[i]!, at);
    if (scope.length > 0) out.set(scope[i]!, at + STRUCTURE_SPAN);
    const own = partials[i]!;
    out.set(own, at + span);
    for (let k = 0; k < PARTIAL_COUNT; k++)
      out[at + span + PARTIAL_COUNT + k] = around.some((n) => partials[n]![k]) ? 1 : 0;
    return out;
  });
}

const partial = (name: (typeof PARTIAL_NAMES)[number]) => PARTIAL_NAMES.indexOf(name);

/**
 * Where the phrase layer's own exceptions say a kind is not in a sentence, the classifier adds nothing there
 * (`context` layout): no handoff where the same team keeps the case ("…so we can investigate") or the agent
 * stays the contact in it or next to it; no can't where only the customer or someone else can't.
 */
export function opinionVetoes(
  layout: OpinionLayout,
  features: ArrayLike<number>,
): Record<OpinionKind, boolean> {
  if (layout === 'sentence') return { handoff: false, cant: false };
  const at = features.length - 2 * PARTIAL_COUNT;
  const hit = (name: (typeof PARTIAL_NAMES)[number]) => features[at + partial(name)] === 1;
  return {
    handoff: hit('same team keeps') || hit('ownership') || hit('ownership nearby'),
    cant: hit('someone else cant') && !hit('agent cant'),
  };
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** The probability that a sentence with these features has the kind's language. */
export function kindProbability(model: KindModel, features: ArrayLike<number>): number {
  let sum = model.bias;
  if (model.hidden) {
    const { weights, bias } = model.hidden;
    for (let h = 0; h < bias.length; h++) {
      const row = weights[h]!;
      let unit = bias[h]!;
      for (let i = 0; i < row.length; i++) unit += row[i]! * (features[i] ?? 0);
      if (unit > 0) sum += model.weights[h]! * unit;
    }
    return sigmoid(sum);
  }
  for (let i = 0; i < model.weights.length; i++) sum += model.weights[i]! * (features[i] ?? 0);
  return sigmoid(sum);
}

/** Each sentence's probability per kind, from its vector (in the order of `sentences`). */
export function sentenceOpinions(
  model: OpinionModel,
  sentences: readonly OpinionSentence[],
  vectors: readonly ArrayLike<number>[],
): Record<OpinionKind, number>[] {
  const layout = model.layout ?? 'sentence';
  return sentenceFeatures(layout, sentences, vectors).map((features) => {
    const vetoed = opinionVetoes(layout, features);
    return {
      handoff: vetoed.handoff ? 0 : kindProbability(model.kinds.handoff, features),
      cant: vetoed.cant ? 0 : kindProbability(model.kinds.cant, features),
    };
  });
}

/** A nudge the second opinion adds: its kind and the sentence's [start, end) in the draft. */
export interface OpinionPick {
  kind: OpinionKind;
  range: [number, number];
}

/**
 * What the second opinion adds to the kinds the phrases `found`: for each kind they did not find in
 * the draft, the sentence the classifier is surest of, if it is over the kind's threshold.
 */
export function opinionPicks(
  model: OpinionModel,
  sentences: readonly OpinionSentence[],
  opinions: readonly Record<OpinionKind, number>[],
  found: readonly string[],
): OpinionPick[] {
  const picks: OpinionPick[] = [];
  for (const kind of OPINION_KINDS) {
    if (found.includes(kind)) continue;
    let best = -1;
    opinions.forEach((opinion, i) => {
      if (opinion[kind] >= model.kinds[kind].threshold && (best < 0 || opinion[kind] > opinions[best]![kind]))
        best = i;
    });
    const sentence = sentences[best];
    if (sentence) picks.push({ kind, range: [sentence.start, sentence.end] });
  }
  return picks;
}

/** The nudge shown for a pick (in the agent's language; no rewrite: the classifier names no party). */
export function opinionNudge(pick: OpinionPick): Nudge {
  const handoff = pick.kind === 'handoff';
  return {
    kind: pick.kind,
    message: handoff ? t('nudgeHandoffElsewhere') : t('nudgeCant'),
    principle: handoff ? PRINCIPLES.handoff : PRINCIPLES.cant,
    range: pick.range,
    source: 'meaning',
  };
}
