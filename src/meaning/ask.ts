// The customer's explicit ask in a message: "At this point I'd just like a refund of €39,90 for the
// charger so I can buy one locally" asks for a refund; the charger, the plug and the trip around it tell
// the story. A long message's meaning blurs what it asks for with what it tells, so the ask gets a
// meaning vector of its own (closenessOf, knowledge.ts).
import { messageTerms } from '../search/run-suggest';

/** Where an ask starts: a want, a question put to us, a "please", a "how do I". */
const ASK_START =
  /\b(?:i(?:'d| would)(?: just| really| rather| now)? (?:like|love|prefer)|i (?:just |really |now )?(?:want|need)|i(?:'m| am) (?:asking|requesting|hoping)|(?:can|could|would|will) (?:you|i|we|someone|somebody)|please|how (?:do|can|could|should) (?:i|we)|is (?:it|there) (?:possible|a way|any way)|i wish)\b/i;

/** Where the ask ends inside its sentence: the reason or purpose that follows it ("so I can…", "because…"). */
const ASK_END = /(?:,\s*|\s+)(?:so(?: that)?|because|since|otherwise|but|as I|as we|before)\s/i;

/** An ask says what is wanted in this many topic words at least ("can you help?" says nothing). */
const MIN_ASK_TERMS = 2;
/** An ask of at least this share of the text is the text: nothing to read apart. */
const MAX_SHARE = 0.6;

/**
 * The last clause of the text that asks for something and says what (two topic words or more), from its
 * ask word to the end of its sentence or the reason after it; none when the ask is most of the text.
 */
export function askOf(text: string): string | undefined {
  const sentences = text.split(/(?<=[.!?])\s+|\n+/);
  for (let s = sentences.length - 1; s >= 0; s--) {
    const sentence = sentences[s]!;
    const start = ASK_START.exec(sentence);
    if (!start) continue;
    // In a question that starts with its question word ("which currencies can I hold?") the ask is the
    // whole question from that word.
    const question = /\b(?:what|which|where|when|why|how|who)\b[^,;]*$/i.exec(sentence.slice(0, start.index));
    let ask = sentence.slice(question?.index ?? start.index);
    const skip = start.index - (question?.index ?? start.index) + start[0].length;
    const end = ASK_END.exec(ask.slice(skip));
    if (end) ask = ask.slice(0, skip + end.index);
    ask = ask.replace(/[\s.!?,;:]+$/, '').trim();
    if (messageTerms(ask).size < MIN_ASK_TERMS) continue;
    if (ask.length >= MAX_SHARE * text.trim().length) return undefined;
    return ask;
  }
  return undefined;
}
