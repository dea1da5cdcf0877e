// The phrase layer's partial hits for the sentences the second opinion reads, computed where the phrase
// layer runs: in the panel, which sends them with its request (the meaning host does not load the phrase
// layer), and in Node (`ownit nudge`, the eval, the trainer).
import { partialHits } from '../language/partial';
import { type OpinionSentence, opinionSentences } from './opinion';

/** The sentences with their partial hits filled in. */
export function withPartials(sentences: readonly OpinionSentence[]): OpinionSentence[] {
  return sentences.map((s) => ({
    ...s,
    partials: s.canonical === undefined ? [] : partialHits(s.canonical, s.raw ?? s.text, s.nearby ?? ''),
  }));
}

/** The partial hits of each sentence of `draft` the second opinion reads (none for a draft it does not read). */
export function draftPartials(draft: string): number[][] {
  return withPartials(opinionSentences(draft)).map((s) => [...(s.partials ?? [])]);
}
