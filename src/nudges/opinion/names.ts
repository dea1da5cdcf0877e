// Names before the encoder: each named party of a sentence (a capitalised name that is not the sentence's
// first word and not ours, an @handle, a web domain, a phone number: src/nudges/opinion/cues.ts, namedSpans)
// becomes one placeholder word before the sentence is embedded, so that the classifier learns "ask <name>",
// "<name> can confirm" rather than the names the writers of its training data chose. Runs where the encoder
// runs (the meaning host, Node), not in the panel.
import { namedSpans } from './cues';
import type { OpinionModel, OpinionSentence } from './opinion';

/** The text the encoder sees for `text` with its named parties replaced by `placeholder`. */
export function maskNames(text: string, placeholder: string): string {
  let out = '';
  let from = 0;
  for (const [start, end] of namedSpans(text)) {
    out += text.slice(from, start) + placeholder;
    from = end;
  }
  return out + text.slice(from);
}

/** The text embedded for a sentence under `model` (names masked when it was trained so). */
export function encoderText(model: Pick<OpinionModel, 'placeholder'>, sentence: OpinionSentence): string {
  return model.placeholder ? maskNames(sentence.text, model.placeholder) : sentence.text;
}
