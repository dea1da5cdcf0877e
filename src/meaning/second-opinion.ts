// The learned second opinion on handoff and can't language, run where the sentence encoder runs: the
// meaning worker (for the panel) and Node (`ownit nudge`, `npm run eval`). The sentences of a draft are
// embedded (each distinct sentence once: while an agent types, only the sentence being written is
// new), scored by the classifier in src/nudges/opinion/opinion.ts, and the nudges it adds are returned.
import type { Nudge } from '../nudges';
import { encoderText } from '../nudges/opinion/names';
import modelJson from '../nudges/opinion/nudge-model.json';
import {
  OPINION_KINDS,
  type OpinionModel,
  type OpinionPick,
  type OpinionSentence,
  opinionNudge,
  opinionPicks,
  opinionSentences,
  sentenceOpinions,
} from '../nudges/opinion/opinion';
import type { SentenceEncoder } from './encoder';

export const OPINION_MODEL = modelJson as OpinionModel;

const CACHE_LIMIT = 2_000;

/** Sentence vectors by text, kept between calls (cleared when full). */
export class SentenceVectors {
  private readonly known = new Map<string, Float32Array>();

  constructor(private readonly encoder: Pick<SentenceEncoder, 'embed'>) {}

  async of(texts: readonly string[]): Promise<Float32Array[]> {
    const missing = [...new Set(texts.filter((text) => !this.known.has(text)))];
    if (missing.length > 0) {
      const vectors = await this.encoder.embed(missing);
      if (this.known.size + missing.length > CACHE_LIMIT) this.known.clear();
      for (const [i, text] of missing.entries()) this.known.set(text, vectors[i]!);
    }
    return texts.map((text) => this.known.get(text)!);
  }
}

/**
 * Each sentence the classifier would read in `draft`, with its probability per kind. `partials`: the phrase
 * layer's partial hits per sentence (src/nudges/opinion/partials.ts, `draftPartials`), computed where the
 * phrase layer runs; ignored unless there is one per sentence.
 */
export async function draftOpinions(
  vectors: SentenceVectors,
  draft: string,
  model: OpinionModel = OPINION_MODEL,
  partials: readonly (readonly number[])[] = [],
): Promise<{ sentences: OpinionSentence[]; opinions: ReturnType<typeof sentenceOpinions> }> {
  const read = opinionSentences(draft);
  const sentences =
    partials.length === read.length ? read.map((s, i) => ({ ...s, partials: partials[i] })) : read;
  if (sentences.length === 0) return { sentences, opinions: [] };
  const texts = sentences.map((s) => encoderText(model, s));
  const opinions = sentenceOpinions(model, sentences, await vectors.of(texts));
  return { sentences, opinions };
}

/**
 * What the second opinion reads a draft with, after the draft: the classifier (the trained one unless
 * given) and the phrase layer's partial hits per sentence (none unless given; see `draftOpinions`).
 */
type OpinionInputs = [model?: OpinionModel, partials?: readonly (readonly number[])[]];

/** What the second opinion adds to the kinds the phrases found in `draft` (none when they found both). */
export async function secondOpinionPicks(
  vectors: SentenceVectors,
  draft: string | undefined,
  found: readonly string[],
  ...inputs: OpinionInputs
): Promise<OpinionPick[]> {
  if (!draft || OPINION_KINDS.every((kind) => found.includes(kind))) return [];
  const { sentences, opinions } = await draftOpinions(vectors, draft, ...inputs);
  return opinionPicks(inputs[0] ?? OPINION_MODEL, sentences, opinions, found);
}

/** The handoff and can't nudges the second opinion adds to the phrases' `nudges` for `draft`. */
export async function secondOpinion(
  vectors: SentenceVectors,
  draft: string | undefined,
  nudges: readonly Nudge[],
  ...inputs: OpinionInputs
): Promise<Nudge[]> {
  const picks = await secondOpinionPicks(
    vectors,
    draft,
    nudges.map((n) => n.kind),
    ...inputs,
  );
  return picks.map(opinionNudge);
}
