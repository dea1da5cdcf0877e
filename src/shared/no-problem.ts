// Whether a page states a problem at all: a customer whose latest message only greets, thanks, says a
// fix worked or lets the ticket close gives nothing to suggest from. Read by the panel, the CLI and the
// meaning text from the message the content script reports (the content script only reads).

// A sentence that states no problem: a greeting, thanks, a fix confirmed, a goodbye, leave to close the
// ticket, good wishes; never one with "no", "not", "still", "but" or a question ("no further questions"
// and "nothing else" are read as the closing they are first).
const PLEASANTRY =
  /^(?!.*(?:\bno\b|\bnot\b|n't|\bnever\b|\bstill\b|\bbut\b|\?))(?:(?:hi|hello|hey|good (?:morning|afternoon|evening))\b.{0,30}|.{0,40}\b(?:thanks?|thank you|cheers|appreciated?|worked|sorted|fixed|resolved|done the trick|all (?:good|set)|perfect|(?:good)?bye|take care|that'?s (?:all|everything)|close (?:it|this|the (?:ticket|case|chat|request))|have a \w+ (?:day|weekend|evening))\b.{0,40})$/i;
const CLOSING_NEGATIVE =
  /\b(?:no (?:further|more|other) (?:questions?|issues?|problems?|help)(?: needed)?|nothing else)\b/gi;

/** True when every sentence of a message only greets, thanks or says a fix worked. */
export function statesNoProblem(message: string): boolean {
  return message
    .replace(CLOSING_NEGATIVE, 'all good')
    .split(/(?<=[.!?])\s+|\n+/)
    .every((sentence) => PLEASANTRY.test(sentence.trim()));
}

/** True when the page's latest customer message states no problem (nothing to suggest from). */
export function noProblemStated(page: { customerMessage?: string }): boolean {
  return Boolean(page.customerMessage && statesNoProblem(page.customerMessage));
}
