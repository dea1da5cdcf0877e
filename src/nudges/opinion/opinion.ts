// The learned second opinion on handoff and can't language: a small classifier over the sentence
// encoder's vectors (src/meaning/), trained by scripts/train-nudges.ts from the labelled drafts and real
// agent replies in test/fixtures/nudges/ (weights in nudge-model.json). Pure: the caller embeds the
// sentences (the meaning host in the extension, node-encoder.ts on the command line) and passes the
// vectors. It only adds: a kind the phrases found anywhere in the draft is left to them, and a kind
// they missed is added on the one sentence the classifier is surest of, when it is over the kind's
// threshold (chosen for precision). Drafts that do not read as English get no opinion.
import { t } from '../../shared/i18n';
import { draftLanguage } from '../detect-language';
import { looksEnglish } from '../language/which-language';
import { prepare } from '../text/document';
import { type Nudge, PRINCIPLES } from '../types';

export type OpinionKind = 'handoff' | 'cant';
export const OPINION_KINDS: readonly OpinionKind[] = ['handoff', 'cant'];

/** One kind's classifier: logistic regression over a sentence's features (see opinionFeatures). */
export interface KindModel {
  weights: number[];
  bias: number;
  /** A sentence whose probability is at least this gets the nudge. */
  threshold: number;
}

export interface OpinionModel {
  /** What the weights were trained on, for the record. */
  trainedOn: string;
  /** Inputs per sentence: the vector's numbers, then the cues. */
  dims: number;
  kinds: Record<OpinionKind, KindModel>;
}

/** Sentences of a draft the classifier reads: [start, end) and the text given to the encoder. */
export interface OpinionSentence {
  start: number;
  end: number;
  text: string;
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
  return (
    doc.sentences
      .map((s) => ({ start: s.start, end: s.end, text: opinionText(doc.raw.slice(s.start, s.end)) }))
      // Sign-offs and one-word lines ("The Support Team", "Thanks!") say nothing the classifier can read.
      .filter((s) => (s.text.match(/\p{L}[\p{L}'’-]*/gu) ?? []).length >= 4)
      .slice(0, MAX_OPINION_SENTENCES)
  );
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

/** What the classifier reads for a sentence: its vector, then its cues. */
export function opinionFeatures(vector: ArrayLike<number>, text: string): number[] {
  return [...Array.from(vector), ...opinionCues(text)];
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** The probability that a sentence with these features has the kind's language. */
export function kindProbability(model: KindModel, features: ArrayLike<number>): number {
  let sum = model.bias;
  for (let i = 0; i < model.weights.length; i++) sum += model.weights[i]! * (features[i] ?? 0);
  return sigmoid(sum);
}

/** Each sentence's probability per kind, from its vector (in the order of `sentences`). */
export function sentenceOpinions(
  model: OpinionModel,
  sentences: readonly OpinionSentence[],
  vectors: readonly ArrayLike<number>[],
): Record<OpinionKind, number>[] {
  return vectors.map((vector, i) => {
    const features = opinionFeatures(vector, sentences[i]?.text ?? '');
    return {
      handoff: kindProbability(model.kinds.handoff, features),
      cant: kindProbability(model.kinds.cant, features),
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
