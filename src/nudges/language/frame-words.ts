// The words the frames read around a party (frames.ts): where a clause starts, the agent acting, someone's
// way in, what stands between a party and its verb, and what is no party at all (a thing, a place money
// goes, the customer in a role, our own side, a page read alone).
// Letters of any script bound a phrase (JavaScript's \b knows only ASCII letters).
export const START = String.raw`(?<![\p{L}\p{N}'])`;
export const END = String.raw`(?![\p{L}\p{N}])`;
// An imperative starts a sentence or a clause: "reach out to…", "…, so get in touch with…".
export const CLAUSE_START = String.raw`(?:^|[,;:()–—-] |${START}(?:and|so|then|otherwise|or|also|just|simply|instead) )`;

/** The agent or the company acting earlier in the sentence: "I'll keep it open and contact the courier". */
export const AGENT_ACTS = /(?:^|\s)(?:i|we|i'll|we'll|i've|we've|i'm|we're|let me|let us)\s/u;
export const FOR_YOU = /(?:^|\s)(?:for you|on your behalf)(?![\p{L}])/u;
/** Verbs a customer is sent off with at a clause start, beside the contact verbs: "pop into any store". */
export const IMPERATIVES = String.raw`(?:pop|nip|drop|go|head|take|bring|give|start|file|open|post|visit|stop by|swing by)`;
/** Someone's way in, said in the sentence: a number, an address, a link, a handle, a path through an app. */
const TLD = 'com|org|net|gov|edu|dev|io|co|uk|au|gg|ie|de|example';
/** An email address, and a web link written with its scheme or "www." (the second opinion reads them too). */
export const EMAIL_ADDRESS = String.raw`[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+`;
export const WEB_LINK = String.raw`(?:https?:\/\/|www\.)\S+`;
export const WAY_IN = new RegExp(
  String.raw`(?:^|[\s(])(?:\+?\d[\d -]{3,14}\d|${EMAIL_ADDRESS}|@ ?\w{2,}|${WEB_LINK}` +
    String.raw`|[\w-]+(?:\. ?[\w-]+)*\. ?(?:${TLD})(?![\p{L}]))|\w ?> ?\w`,
  'u',
);
/** The dot of a web address, in canonical text ("orbit. com/ help"): it ends no sentence. */
export const DOMAIN_DOT = String.raw`\.(?=\w)|\. (?=(?:${TLD})(?![\p{L}]))`;
/** Contact verbs that take a matter to someone, after which a bare name is a party: "raise it with Parcelo",
 * "request one from Apple". */
export const RAISED_WITH =
  /(?:complaint|claim|case|dispute|ticket|report|request|raise|log|lodge|file|take|coordinate)\b.* (?:with|at|to)$|^request .* from$/u;
/** Between a party and its verb, words that make another clause or the agent the one acting. */
export const OURS_BETWEEN =
  /(?:^|\s)(?:we|i|we'll|i'll|we've|i've|we're|i'm|us|me|and|so|then|but|or|who|which|that)(?![\p{L}'])/u;
/** A party's own verb negated, between the party and the verb: "if your seller won't respond, …". */
export const NEGATED_BETWEEN =
  /(?:^|\s)(?:won't|can't|cannot|doesn't|don't|isn't|aren't|not|never|wouldn't|couldn't|didn't)(?![\p{L}])/u;
/** What is put forward that is no party: a step, a thing, a pronoun ("resetting it is your best bet"). */
const THINGS =
  'option|options|app|link|tool|form|setting|settings|reset|fix|step|steps|solution|thing|idea|answer|choice|way' +
  '|route|plan|product|model|version|upgrade|refund|replacement';
export const NOT_A_PARTY = new RegExp(
  `(?:^|\\s)(?:it|this|that|these|those|there|which|what|here|${THINGS}|\\p{L}+ing)$|^(?:it|this|that|there|here|which|what)(?:\\s|$)`,
  'u',
);
/** Where money goes, not a party: "set up through your card", "made via the original payment method". */
export const MONEY_PLACE =
  /(?:^|\s)(?:card|cards|account|balance|wallet|method|debit|cash|points|voucher|vouchers|credit|cheque|check)$/u;
/** The customer in a role, not a party: "has to be made by the account holder". */
export const CUSTOMER_ROLE =
  /(?:holder|cardholder|policyholder|owner|payer|passenger|traveller|traveler|member|customer|user|applicant|signatory|recipient)s?$/u;
/** The agent's own side, as a party: "we", "our team". */
export const WE = /^(?:we|i|us|me|our team|my team)$/u;
/** A page the customer reads alone, not someone to reach: "our help centre", "the faq". */
export const A_PAGE =
  /(?:help cent(?:re|er)|faqs?|articles?|guides?|pages?|docs|documentation|knowledge base|website|site)$/u;
export const PLEASE = /^ ?(?:please|kindly|pls)\s/u;
export const OURS_NEXT = /^ ?(?:me|us|myself|ourselves)(?![\p{L}])/u;
/** Who is the agent's side or the customer: "I'll take it from here" keeps the case. */
export const FIRST_PERSON = /^(?:i|we|i'll|we'll|i'm|we're|i'd|we'd|you|you'll|you're|let|me|us|and|to)$/u;
/** Words that stand for a report named earlier in the sentence: "if you have feedback, submit that here". */
export const ITS_REPORT = String.raw`(?:it|this|that|them|yours)`;
