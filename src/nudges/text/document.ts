// One field (the customer's message or the agent's draft) prepared once for every detector: its
// sentences with their offsets, each sentence's amounts and canonical form.

import { withRanges } from '../amounts/amount-ranges';
import { spelledAmounts } from '../amounts/amount-words';
import { type AmountSpan, scanAmounts } from '../amounts/amounts';
import { reads } from '../limits/binding-settings';
import { Memo } from './memo';
import { type NormalText, normalise } from './normalize';
import { splitSentences } from './sentences';

export type Field = 'text' | 'draft';

export interface Sentence extends NormalText {
  index: number;
  start: number;
  end: number;
}

export interface Doc {
  field: Field;
  raw: string;
  sentences: Sentence[];
}

/** Longer inputs are cut: a reply draft or a customer message is far shorter. */
export const MAX_CHARS = 20_000;
export const MAX_SENTENCES = 400;
/**
 * A run this long without white space is no language (a pasted hash or log line, a row of dashes, a key
 * held down): it is read as spaces of the same length, so every offset stays where it was, and the
 * detectors do not try each of its positions. A web address keeps up to MAX_LINK characters.
 */
export const MAX_RUN = 200;
const MAX_LINK = 2_000;
const LONG_RUN = new RegExp(String.raw`\S{${MAX_RUN + 1},}`, 'gu');

function blankLongRuns(text: string): string {
  return text.replace(LONG_RUN, (run) =>
    run.length <= MAX_LINK && /^(?:https?:\/\/|www\.)/iu.test(run) ? run : ' '.repeat(run.length),
  );
}

const NORMAL = new Memo<NormalText>();

/** A sentence's canonical form, computed once per distinct sentence text. */
function normalSentence(text: string): NormalText {
  // A range ("$30-40") is one amount when the limits' gate reads ranges (limits/binding-settings.ts).
  const ranges = reads('range');
  return NORMAL.get(ranges ? `\u0001${text}` : text, () => {
    const spans = scanAmounts(text, spelledAmounts);
    return normalise(text, 0, text.length, ranges ? withRanges(text, spans) : spans);
  });
}

export function prepare(field: Field, input: unknown): Doc {
  const raw = typeof input === 'string' ? blankLongRuns(input.slice(0, MAX_CHARS)) : '';
  const sentences = splitSentences(raw)
    .slice(0, MAX_SENTENCES)
    .map((span, index) => {
      const normal = normalSentence(raw.slice(span.start, span.end));
      // Fresh amount objects per use: the engine tells amounts apart by identity.
      const amounts = normal.amounts.map(({ span: amount, pos }) => ({
        span: { ...amount, index: amount.index + span.start, end: amount.end + span.start } as AmountSpan,
        pos,
      }));
      return { index, start: span.start, end: span.end, text: normal.text, amounts };
    });
  return { field, raw, sentences };
}
