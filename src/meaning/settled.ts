// Latest customer messages that state no problem although their words are not small talk: the matter
// said done with leave to close the ticket, or only a reference given in a chat with no subject or in
// reply to the shop's own mail. Judged where the meaning host judges small talk (and in Node for the
// CLI), so the panel carries none of it.
import { asksAboutIt, CHASES, SHOP_MAIL } from '../search/page-query';
import { messageTerms } from '../search/run-suggest';
import { CLOSING_NEGATIVE, PLEASANTRY, SIGNED_NAME, sentencesOf } from '../shared/no-problem';

/** Leave to close the ticket: "you can close this one", "feel free to close the ticket". */
const LETS_CLOSE =
  /\b(?:you can|you may|feel free to|please|go ahead and|happy for you to|ok to) (?:close|mark) (?:this|it|the (?:ticket|case|chat|request|conversation))(?: one| ticket| case| chat| request| conversation)?(?: as (?:resolved|solved|done|closed))?\b/i;
/**
 * The customer saying nothing is asked of the shop: "Nothing needed from your end", "no need to reply",
 * "no action needed", "I don't need anything".
 */
const NOTHING_NEEDED =
  /\b(?:nothing (?:is )?(?:needed|required)|no (?:need (?:for you )?to (?:reply|respond|answer|get back|do anything)|(?:action|reply|response) (?:is )?(?:needed|required))|(?:don'?t|do not) need anything)\b/i;
/**
 * The customer saying they bring no question or problem this time: "No question today, I just wanted to
 * say…", "No problem at all this time!". Closed by punctuation: "no problem with the size" names a thing.
 */
const NO_QUESTION =
  /\bno (?:question|problem|issue|complaint)s?(?: (?:today|this time|for once|at all))*(?=\s*[,.!;:—–-])/i;
/** An ask told in words rather than with a question mark: "I just wanted to ask how…", "could you…". */
const ASKS =
  /\b(?:ask(?:ing)?|wonder(?:ing|ed)?|how (?:do|can|to|would)|could you|can you|would you|please|need)\b/i;
/** Words of a problem beside it ("nothing needed, but the lid is cracked"). */
const PROBLEM_WORD =
  /\b(?:not|no|never|still|but|however|unfortunately|wrong|missing|broken|damaged|cannot|can'?t|won'?t|unable)\b|n't\b|\?/i;
/** A turn to something still wrong or to another matter, which leave to close does not outweigh. */
const TURN =
  /\b(?:but|however|although|though|still|except|another|also|one more|separate|unfortunately|again)\b|\?/i;
/** A sentence that only gives a reference: "my order number is 100482-77", "Order #A-5521", "it's KB-77810". */
const REFERENCE =
  /^(?:(?:my|the|our|it'?s|it is|here it is|here you go)[\s:,-]*)?(?:(?:order|reference|ref|account|case|ticket|tracking|booking|invoice|customer|membership)(?: (?:number|no\.?|id|code))?(?: is|:)?\s*)?#?\s*[\p{L}\d-]*\d[\p{L}\d-]*[.!]?$/iu;
/** What a chat tool shows where a ticket has a subject ("Conversation with Lena Fischer"), or nothing. */
const CHAT_TITLE =
  /^(?:(?:new )?(?:conversation|chat|messaging session|message|call|whatsapp|sms) (?:with|from)\b|$)/i;

/**
 * True when the customer's latest message (`message`, the end of the page's meaning text `text`) says
 * the matter is done and lets the ticket close, with no turn to anything else; or says nothing is needed
 * from the shop, with no word of a problem; or only gives a reference
 * (an order number) while the rest of the page's text, its subject, says nothing either (none, a chat
 * tool's "Conversation with …", or the shop's own mail the customer answers: "Your order 60418 is
 * confirmed").
 */
export function settledOrReference(message: string, text = message): boolean {
  const latest = message.trim();
  if (!latest) return false;
  if (LETS_CLOSE.test(latest) && !TURN.test(latest.replace(CLOSING_NEGATIVE, 'all good'))) return true;
  // Told that nothing is needed, with no word of a problem or a question anywhere else in the message.
  if (NOTHING_NEEDED.test(latest) && !PROBLEM_WORD.test(latest.replace(NOTHING_NEEDED, ''))) return true;
  // Told there is no question this time, with neither a problem nor an ask anywhere else in the message.
  if (NO_QUESTION.test(latest)) {
    const others = latest.replace(NO_QUESTION, '');
    if (!PROBLEM_WORD.test(others) && !ASKS.test(others)) return true;
  }
  const sentences = sentencesOf(latest);
  const subject = subjectBefore(latest, text);
  return (
    sentences.some((sentence) => REFERENCE.test(sentence)) &&
    sentences.every(
      (sentence) => REFERENCE.test(sentence) || PLEASANTRY.test(sentence) || SIGNED_NAME.test(sentence),
    ) &&
    (CHAT_TITLE.test(subject.trim()) || SHOP_MAIL.test(subject.trim()))
  );
}

/** The rest of the page's meaning text before the latest message: its subject ('' when there is none). */
function subjectBefore(latest: string, text: string): string {
  const whole = text.trim();
  return whole.endsWith(latest) ? whole.slice(0, -latest.length).replace(/[\s.]+$/, '') : whole;
}

/**
 * True when the customer's latest message chases the matter (CHASES, or asks about "it" in a word or two,
 * `asksAboutIt`; with no leave to close) under a
 * subject that states a problem (topic words of its own, not a chat tool's title or the shop's own mail):
 * the subject is the page's problem, so such a message, vague as it reads, is no small talk
 * (smallTalkOnly asks only when meaning finds the message small talk).
 */
export function chasesTheSubject(message: string, text = message): boolean {
  const latest = message.trim();
  if (!(CHASES.test(latest) || asksAboutIt(latest)) || LETS_CLOSE.test(latest)) return false;
  const subject = subjectBefore(latest, text).trim();
  return (
    !CHAT_TITLE.test(subject) && !SHOP_MAIL.test(subject) && messageTerms(subject).size >= MIN_SUBJECT_TERMS
  );
}

/** A subject that states a problem has this many topic words at least ("Help" or "Question" does not). */
const MIN_SUBJECT_TERMS = 2;
