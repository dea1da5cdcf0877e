import { EN } from '../language/phrases';

// Context shared by the detectors, over canonical sentence text (see normalize.ts): clauses,
// conditionals, questions, negation, and the phrases that show an ask, an offer or ownership.

const CLAUSE_MARK = /[,;:()–—]|-(?= )|\bbut\b|\bhowever\b|\bso\b|\bbecause\b/g;

/** [start, end) of the clause around `index`: punctuation and "but/so/because" bound it. */
export function clauseAround(text: string, index: number): [number, number] {
  let start = 0;
  let end = text.length;
  CLAUSE_MARK.lastIndex = 0;
  for (let m = CLAUSE_MARK.exec(text); m; m = CLAUSE_MARK.exec(text)) {
    if (m.index + m[0].length <= index) start = m.index + m[0].length;
    else if (m.index >= index) {
      end = m.index;
      break;
    }
  }
  return [start, end];
}

/** The clause text before `index` (from the clause start). */
export function clauseBefore(text: string, index: number): string {
  return text.slice(clauseAround(text, index)[0], index);
}

// "If I were you, I'd…" is advice, not a condition.
const CONDITIONAL =
  /\b(?:if(?! i (?:were|was) you\b)|unless|whether|in case|even if|should you|as long as|what if|in the event)\b/;

/** Whether the words at `index` sit in an if/unless clause ("if you can't find it, …"). */
export function isConditional(text: string, index: number): boolean {
  return CONDITIONAL.test(clauseBefore(text, index));
}

/** Whether `index` is in a question the writer asks ("Can't find your order number?"). */
export function isQuestion(text: string, index: number): boolean {
  const rest = text.slice(index);
  const stop = /[.!?]/.exec(rest);
  if (stop?.[0] !== '?') return false;
  return !/[,;:]/.test(rest.slice(0, stop.index));
}

const NEGATION =
  /\b(?:don't|doesn't|didn't|won't|not|no|never|without|can't|cannot|unable|instead of|rather than)\b/;

/** Whether a negation comes shortly before `index` in its clause ("I don't want a refund"). */
export function isNegated(text: string, index: number, words = 4): boolean {
  const before = clauseBefore(text, index).trim().split(' ').slice(-words).join(' ');
  return NEGATION.test(before);
}

/** The agent stays the contact: "I'll get back to you", "I'll keep you posted", "…myself". */
export const OWNERSHIP = new RegExp(
  [
    String.raw`\b(?:i'll|i'm going to|let me|i'd|i can|i shall|i'll personally` +
      String.raw`|i will personally)(?: \w+){0,2}? ${EN.agentUpdates}`,
    String.raw`\b(?:i|we)(?:'ll|'m going to|'re going to| will|'ve` +
      String.raw`| have)\b[^.!?]{0,60}? and (?:then )?(?:will |'ll )?${EN.agentUpdatesYou} you\b`,
    String.raw`\b(?:share|pass|send|forward|bring|get)(?: [\w']+){0,3}? (?:answer|reply|response|update|findings|decision|outcome|view)s?(?: [\w']+){0,2}? (?:with|to|on to|back to) you\b`,
    String.raw`\bi'll (?:come back|revert|report back)\b`,
    String.raw`\bi'll (?:check|make sure|confirm) (?:it|that|this|the \w+) (?:has|is|goes|went|arrives|lands|gets)\b`,
    String.raw`\bi'll (?:relay|pass on|pass|feed back|report back)(?: (?:everything|anything|it all|it|that|what they say|their (?:answer|reply|decision)))?(?: back)? to you\b`,
    String.raw`\bmyself\b`,
    String.raw`\bpersonally\b`,
    String.raw`\byou'll hear (?:back )?from me\b`,
    String.raw`\b(?:i'll|i will|i|i'm|i am)(?: still| also)? (?:stay|remain|be|am|staying|remaining)? ?your (?:\w+ )?(?:point of )?contact\b`,
    String.raw`\b(?:i'll|i will|i'm going to|i'm just going to|i'm gonna|i am going to|let me) (?:pick|take) (?:it|this|things|your case) (?:up )?from (?:here|there|where)\b`,
    String.raw`\b(?:i'll|i'm) (?:stay|staying|keep|keeping) (?:on|with) (?:this|it|your case|you)\b`,
    String.raw`\b(?:i'll|i'm|i will|i am)(?: still)? (?:keep|keeping|hold|holding) (?:on to |onto )?(?:your|the|this) (?:case|ticket|query|complaint|claim|request)\b`,
    String.raw`\bi'm (?:still |personally )?(?:handling|owning|looking after) (?:this|it|your case)\b`,
    String.raw`\bi'll (?:own|keep ownership of) (?:this|it)\b`,
    // The agent as the subject who keeps the case or stays on: "I retain ownership", "I'll stay on the chat".
    String.raw`\b${EN.agentKeeps}\b`,
  ].join('|'),
);

/** A customer asking for something. */
export const ASK = new RegExp(
  [
    String.raw`\bi(?:'d| would) (?:like|love|appreciate|prefer|want)\b`,
    String.raw`\b(?:i|we) (?:want|need|demand|request|deserve|insist)\b|(?<!\b(?:can|could|do|should|will|would|when) )\b(?:i|we) expect\b`,
    String.raw`\bi'm (?:asking|requesting|looking|hoping) for\b`,
    String.raw`\b(?:i'm|i am|we're|we are) (?:requesting|claiming|seeking|asking)\b`,
    String.raw`\b(?:can|could|may|might) (?:i|we)(?: (?:just|please|possibly|now|still` +
      String.raw`|maybe))? ${EN.askedActs}\b`,
    String.raw`\band (?:i )?(?:want|need|would like|'d like|expect|demand)\b`,
    String.raw`\bhow (?:do|can|could|would) (?:i|we) (?:get|go about|request|claim|apply for|ask for|start|begin)\b`,
    String.raw`\b(?:can|could|would|will) you(?: (?:please|just|kindly|possibly))* (?!${EN.requestWords}\b)\w+`,
    String.raw`\b(?:please|kindly)(?: \w+)? ${EN.grantedActs}\b`,
    String.raw`\b(?:is it possible|is there (?:any|a) way|how about|any chance|is there any chance)\b`,
    String.raw`\b(?:give|send|get) me\b`,
    String.raw`\bshould (?:get|be given|receive)\b`,
    String.raw`\bplease$`,
    String.raw`(?:^|[,;:.!?] )(?:please|kindly) (?!${EN.guidanceVerbs}\b)\w+`,
  ].join('|'),
);

/** An agent offering or doing something. */
export const OFFER = new RegExp(
  [
    String.raw`\b(?:i'll|i can|i could|i've|i have|i'm going to|i'd be happy to|i'm happy to|i've gone ahead|we'll|we can|we could|we've|we have|let me|happy to|glad to)\b`,
    String.raw`\b(?:i|we) (?:just |already )?${EN.doneParticiples}\b`,
    String.raw`\b(?:i'm|we're|i am|we are) (?!sorry\b|afraid\b|not\b|unable\b|going to\b|happy to\b|glad to\b)\w+ing\b`,
    // Said in the passive: "a replacement has been dispatched", "a new one is on its way".
    String.raw`\b(?:has|have|had)(?: (?:now|already|just))? been ${EN.sentParticiples}\b`,
    String.raw`\b(?:was|were) (?:sent|dispatched|shipped|posted|ordered)\b|\b(?:is|are)(?: already)? (?:on (?:its|their|the) way|being (?:sent|dispatched|shipped|processed|arranged|prepared))\b`,
  ].join('|'),
);
