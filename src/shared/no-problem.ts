// Whether a page states a problem at all: a customer whose latest message only greets, thanks, says a
// fix worked or lets the ticket close gives nothing to suggest from. Read by the panel, the CLI and the
// meaning text from the message the content script reports (the content script only reads).

// A sentence that states no problem: a greeting, thanks, a fix confirmed ("That worked, the order went
// through with the 15% off."), a goodbye, leave to close the ticket, good wishes; never one with "no", "not", "still", "but" or a question ("no further questions"
// and "nothing else" are read as the closing they are first).
export const PLEASANTRY =
  /^(?!.*(?:\bno\b|\bnot\b|n't|\bnever\b|\bstill\b|\bbut\b|\?))(?:(?:hi|hello|hey|good (?:morning|afternoon|evening))\b.{0,30}|(?:that|it|this|everything)(?: \w+){0,3} (?:worked|works(?: now| fine| again)?|went through)\b.{0,80}|.{0,40}\b(?:thanks?|thank you|cheers|appreciated?|worked|sorted|fixed|resolved|done the trick|all (?:good|set)|perfect|(?:good)?bye|take care|that'?s (?:all|everything)|close (?:it|this|the (?:ticket|case|chat|request))|ha(?:ve|ving) a \w+ (?:day|weekend|evening)|hope you(?:'re| are) (?:well|good|ok))\b.{0,40})$/i;
export const CLOSING_NEGATIVE =
  /\b(?:no (?:further|more|other) (?:questions?|issues?|problems?|help)(?: needed)?|nothing else)\b/gi;

/** A customer only asking for attention: "anyone there?", "hello??", "are you there?" */
const ATTENTION =
  /^(?:(?:hi|hello|hey)\b[\s,.!]*)?(?:(?:is )?(?:any ?(?:one|body)|some ?(?:one|body)) (?:there|around|about|here|available)|are you (?:there|around)|hello+)[\s?!.]*$/i;
/** A chat's status line beside the words: "14:05 · Seen", "Delivered", "Read 2m". */
const STATUS_LINE =
  /^[\d\s:.,·•|-]*(?:(?:seen|read|delivered|sent)(?:\s*(?:at\s*)?[\d:.]+\s*(?:[ap]m|min|[mhd]|ago)?)?)?$/i;

/** A message's sentences (split after . ! ? and at line ends), trimmed. */
export function sentencesOf(message: string): string[] {
  return message.split(/(?<=[.!?])\s+|\n+/).map((part) => part.trim());
}

/** True when every sentence of a message only greets, thanks, asks for attention or says a fix worked. */
export function statesNoProblem(message: string): boolean {
  const sentences = sentencesOf(message.replace(CLOSING_NEGATIVE, 'all good'));
  const pleasant = (sentence: string) => PLEASANTRY.test(sentence) || ATTENTION.test(sentence);
  // A status line or a name signed under the words says nothing either way, beside a pleasantry.
  return (
    sentences.some(pleasant) &&
    sentences.every(
      (sentence) => pleasant(sentence) || STATUS_LINE.test(sentence) || SIGNED_NAME.test(sentence),
    )
  );
}

/** A name signed on its own line: "Marta", "Jonas Berg". */
export const SIGNED_NAME = /^\p{Lu}[\p{L}'.-]*(?: \p{Lu}[\p{L}'.-]*){0,2}$/u;

/** True when the page's latest customer message states no problem (nothing to suggest from). */
export function noProblemStated(page: { customerMessage?: string }): boolean {
  return Boolean(page.customerMessage && statesNoProblem(page.customerMessage));
}
