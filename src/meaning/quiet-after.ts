// The small-talk check of a panel's request, after its suggestions: once the closeness is known the host
// sends it at once when the check still needs the model (the customer's latest message not embedded yet),
// and the check's answer follows. For a message that states a problem (nearly every ticket) the first
// answer is already the complete suggestion list; a small-talk one then replaces it with the no-problem
// line, as it replaces the words' suggestions shown before any meaning.
import type { SentenceEncoder } from './encoder';
import { requestParts, smallTalkOnly } from './knowledge';
import type { MeaningIndex } from './meaning-index';
import { settledOrReference } from './settled';
import type { TextVectors } from './text-vectors';

/**
 * Whether the latest `message` under the page `text` states no problem (smallTalkOnly; false when the
 * text does not end with it: the agent selected what to look up). Calls `early` first when the check
 * will wait for the model, so the suggestions need not.
 */
export function smallTalkAfter(
  encoder: Pick<SentenceEncoder, 'embed'>,
  pageTexts: Pick<TextVectors, 'embedded'>,
  meanings: MeaningIndex,
  text: string,
  message: string | undefined,
  early: () => void,
): Promise<boolean> {
  const latest = message?.trim();
  if (!latest || !text.endsWith(latest)) return Promise.resolve(false);
  if (!settledOrReference(latest, text) && !pageTexts.embedded(requestParts(text, latest).quiet)) early();
  return smallTalkOnly(encoder, meanings, latest, text);
}
