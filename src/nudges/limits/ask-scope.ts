// How far an ask reaches, read over canonical sentence text (normalize.ts: money is "¤"): which clause
// a mention belongs to, and which thing the ask of a later sentence acts on. A mention is asked for
// only when the clause that asks is about it.
// Its frames are phrase data (limit-words.json), compiled with the limits' other frames.
import { ASK, clauseAround } from '../text/cues';
import { LIMIT_WORDS } from './rule-keywords';

// "Is express shipping available?", "Do you offer refunds?": asking about, not asking for; "Is expedited
// shipping to Canada really $20?", "is it true you guys can give…", "Next-day delivery is $15?": a price or a
// policy checked, not an ask (`inquiry` in limit-words.json).
export const INQUIRY = new RegExp(LIMIT_WORDS.inquiry);

// Asked about without a question mark: hearsay of a policy ("I heard you do $25 credit for late
// deliveries."), or whether something is so ("please let me know if the $30 credit is still on my
// account"; not "…if you can refund me").
export const HEARSAY_OR_CHECK = new RegExp(LIMIT_WORDS.hearsayOrCheck);

/** Questions about something rather than asks for it ("why is there a fee?", "can you explain…"). */
export const QUESTION_ABOUT =
  /\b(?:why|what|how|which|is there|are there|do you|does it|will (?:you|i|it|there)|(?:can|could) you (?:tell|explain|confirm|check|let me know))\b/;

/**
 * The clause the words at `index` belong to. A clause that opens with "or", "and" or "nor" and says no
 * verb of its own shares the one before it: in "do you sell physical ones, or only e-vouchers?" the
 * e-vouchers are asked about by "do you sell".
 */
export function clauseOf(text: string, index: number): [number, number] {
  const [from, to] = clauseAround(text, index);
  const own = text.slice(from, to).trim();
  if (from === 0 || !/^(?:or|and|nor)\b/.test(own) || ASK.test(own)) return [from, to];
  return [clauseAround(text, from - 2)[0], to];
}

// The thing an ask acts on, named after its verb: "could you move the booking", "please change my seat";
// its first one or two words are captured.
const ACTS_ON = new RegExp(LIMIT_WORDS.actsOn);
// Words that come back to what was named before: "can you take it off?", "could you waive that one?".
const BACK = new RegExp(LIMIT_WORDS.namedBefore);

/**
 * Whether a sentence that asks acts on a thing of its own, not on what the sentence before named:
 * "…plus a ¤ resort fee. Could you move the booking to the following weekend?" asks to move the
 * booking. `named` says whether a word is what the earlier mention names (a rule's keyword).
 */
export function asksOnAnotherThing(next: string, named: (text: string) => boolean): boolean {
  const m = ACTS_ON.exec(next);
  if (!m) return false;
  const object = `${m[1] ?? ''} ${m[2] ?? ''}`;
  return !BACK.test(next) && !named(object) && !named(next);
}

// Thanks said anywhere in the sentence, before or after what it is for; "thanks in advance" thanks for
// nothing done yet.
const THANKS = new RegExp(LIMIT_WORDS.thanks);
// What was done, said as the object of a deed, just before the mention: "for sorting the refund", "for
// processing my refund"; not the writer's own asking ("I'm writing for requesting the refund").
const FOR_DOING = new RegExp(LIMIT_WORDS.forDoing);

/**
 * Whether the mention at `start` is a deed thanked for in a sentence that asks nothing: "Shot for
 * sorting the refund of ¤ last week, much appreciated!".
 */
export function thankedForDeed(text: string, start: number): boolean {
  return FOR_DOING.test(text.slice(Math.max(0, start - 60), start)) && THANKS.test(text) && !ASK.test(text);
}

// The rest of what was partly done: "You refunded ¤ for the dresser, but… I need the other ¤".
const REST = /\b(?:the )?(?:other|remaining|outstanding|rest of the|balance of the) ¤/;

/**
 * Where a later sentence asks for the rest of a deed reported in sentence `index` (within two
 * sentences): [sentence index, start, end] of the amount asked for.
 */
export function restAsked(
  sentences: readonly { text: string }[],
  index: number,
): [number, number, number] | undefined {
  for (let i = index; i <= index + 2 && i < sentences.length; i++) {
    const text = sentences[i]?.text ?? '';
    const m = REST.exec(text);
    if (m && ASK.test(text.slice(0, m.index))) return [i, m.index, m.index + m[0].length];
  }
  return undefined;
}

// An ask said as what ought to be done to it: "This should be removed from my account."
const OUGHT = new RegExp(LIMIT_WORDS.ought);

/** Whether `text` says what ought to be done to the thing named before it: a complaint that asks. */
export function oughtToBeUndone(text: string): boolean {
  return OUGHT.test(text);
}

const COMES_BACK = new RegExp(LIMIT_WORDS.comesBack);

/** Whether `text` comes back to a thing named before it ("can you take it off?"). */
export function comesBack(text: string): boolean {
  return COMES_BACK.test(text);
}
