// Turns what a helpdesk page shows into suggestion text: the customer's own words, minus greetings,
// sign-offs, signatures, quoted history and stop words.
import type { PageContext } from '../shared/model';
import { noProblemStated } from '../shared/no-problem';
import { foldText, splitWords } from './normalize';
import { stem } from './stem';
import { isCueWord, isNegation, isSuggestionNoise } from './stopwords';
import { findSynonymGroups, SUPPORT_SYNONYMS } from './synonyms';

/** The parts of the page a suggestion is made from (the page's title only when nothing else says more). */
export type PageFacts = Partial<
  Pick<PageContext, 'subject' | 'customerMessage' | 'firstCustomerMessage' | 'selection' | 'title'>
>;

/** Most words a page query keeps. */
const MAX_PAGE_QUERY_WORDS = 60;

const QUOTE_STARTS: RegExp[] = [
  // "On Mon, 3 Jun 2024 at 10:02, Dana <dana@example.com> wrote:" (may wrap onto a second line)
  /(^|\n)[ \t]*On [^\n]{0,200}(\n[^\n]{0,200})?wrote:/,
  /(^|\n)[ \t]*-{2,}\s*(Original|Forwarded) Message\s*-{2,}/i,
  /(^|\n)[ \t]*From: [^\n]*\n[ \t]*(Sent|Date): /i,
  /(^|\n)[ \t]*_{10,}/,
  /(^|\n)[ \t]*(Le [^\n]{0,200}a écrit|Am [^\n]{0,200}schrieb[^\n]*|El [^\n]{0,200}escribió)\s*:/,
];

const SIGNATURE_STARTS: RegExp[] = [
  /(^|\n)-- ?\n/,
  // A phone's mail footer, in the languages phones ship it in ("Skickat från min iPhone").
  /(^|\n)[ \t]*(?:Sent from my|Envoyé de mon|Gesendet von meinem|Enviado desde mi|Inviato da|Skickat från min|Verzonden (?:vanaf|met) mijn|Sendt fra min|Lähetetty) [^\n]*/i,
  /(^|\n)[ \t]*Get Outlook for [^\n]*/i,
  // A name signed alone on the last line, after a blank one ("…before it went through.\n\nMarcus").
  /\n[ \t]*\n[ \t]*\p{Lu}[\p{L}'.-]*(?: \p{Lu}[\p{L}'.-]*)?[ \t]*$/u,
  // A sign-off on its own line.
  /(^|\n)[ \t]*(thanks( again| so much| in advance)?|thank you( so much| in advance)?|many thanks|(?:kind |best |warm )?regards|best wishes|best|cheers|(?:yours )?sincerely|yours truly|br|thx)[ \t]*[,.!]*[ \t]*(\n|$)/i,
];

/** A sign-off at the end of a one-line message: "… please help. Thanks, Dana". */
const TRAILING_SIGN_OFF =
  /[.!?,;\s](thanks|thank you|many thanks|(?:kind |best )?regards|cheers|best)[,.!]?(\s+[\p{L}.'-]+){0,3}[\s.!]*$/iu;

const GREETING =
  /^\s*(hi|hello|hey|hiya|dear|good (morning|afternoon|evening)|greetings)\b[^\n,!.:;]{0,40}[\n,!.:;]+/i;

/**
 * What the customer says they do not ask for, would rather not have or is not the problem ("I'm not
 * asking you to erase anything,", "I'd rather not send it back and reorder.", "I don't want my account
 * closed, I just want…", "Nothing wrong with the coffee at all,"): words of another matter, which would
 * find its articles.
 */
const NOT_ASKING =
  /\b(?:I(?:'?m| am) not asking(?: you)? (?:to|for)\b|I(?:'d| would) rather not\b|I (?:don't|do not) want (?:you to|my|the|an?|any)\b(?=[^.!?;,\n]*(?:[,;]\s*(?:I |just |only |but )|[.!]\s+(?:I (?:just|only) |just |only |but )))|(?:there(?:'s| is) )?(?:nothing(?:'s| is)? wrong|no (?:problem|issue|fault)) with\b)[^.!?;,\n]*/gi;

/** The customer's own words of a message: no greeting, sign-off, signature or quoted earlier mails. */
export function cleanMessage(text: string): string {
  let message = text.replace(/\r\n?/g, '\n');
  for (const pattern of [...QUOTE_STARTS, ...SIGNATURE_STARTS]) {
    const match = pattern.exec(message);
    // Never cut away everything: a message that starts with "Thanks!" still has its words.
    if (match && message.slice(0, match.index).trim().length >= 10) message = message.slice(0, match.index);
  }
  message = message
    .split('\n')
    .filter((line) => !/^\s*>/.test(line))
    .join('\n');
  message = message.replace(GREETING, ' ');
  message = message.replace(NOT_ASKING, ' ');
  message = message.replace(TRAILING_SIGN_OFF, ' ');
  return message.trim();
}

/**
 * Topic words of a text: folded, without support chatter and stop words, except those suggestions weigh a
 * little (negations and question words: "not", "why", "still").
 */
export function topicWords(text: string): string[] {
  return splitWords(foldText(text)).filter(
    (word) => (!isSuggestionNoise(word) || isCueWord(word) || isNegation(word)) && !/^\d{1,2}$/.test(word),
  );
}

/**
 * Where a customer's latest message turns to a matter of its own: "Separate thing while I have you:",
 * "Another thing -", "One more question", "On a different note", "There is something else though."
 */
const NEW_MATTER =
  /\b(?:(?:a |one )?(?:separate|another|different|unrelated|other|new) (?:thing|question|issue|matter|problem|query)\b|one more (?:thing|question)\b|while I(?:'ve| have) (?:got )?you\b|\bI(?:'m| am) (?:writing|getting in touch|contacting you) (?:because|about|regarding)\b|on (?:a|an) (?:separate|different|unrelated|other) note\b|unrelated(?: to (?:that|this))?[,:-]|\bsomething (?:else|different)(?: now| too| as well| though)?\s*[:–—-]|\bthere(?:'s| is) (?:also )?something (?:else|different)\b)/i;

/** A first sentence that says the ticket's earlier matter is done: "Box turned up, thanks.", "That worked!" */
const MATTER_DONE =
  /^(?![^.!?\n]*(?:\bno\b|\bnot\b|n't|\bnever\b|\bstill\b|\bbut\b|\?))[^.!?\n]{0,60}\b(?:sorted|fixed|resolved|worked|works (?:fine |again |ok )?now|turned up|arrived|came through|went through|got it|received it|has come|came today)\b[^.!?\n]{0,40}[.!]/i;

/**
 * A first sentence that thanks for the earlier matter, followed by a turn to the next: "the replacement
 * lid fits fine, thanks for that. But now the blender…"
 */
const THANKED_THEN_BUT = /^[^.!?\n]{0,160}\bthanks for (?:that|this)[.!]+\s+(?=but\b)/i;

/**
 * A first sentence of any length that says the earlier matter is done, followed by a sentence that
 * turns from it ("…the code worked in the end after I cleared my cookies like you said, thanks. BUT now
 * my bank shows…", "…it arrived on Monday. Unfortunately…", "…that bit is sorted. New problem though.").
 */
const DONE_THEN_TURN =
  /^(?![^.!?\n]*(?:\bno\b|\bnot\b|n't|\bnever\b|\bstill\b|\bbut\b|\?))[^.!?\n]{0,200}\b(?:sorted|fixed|resolved|worked|works(?: fine| again| ok)? now|turned up|arrived|came through|went through|got it|received it)\b[^.!?\n]{0,200}[.!]+\s+(?=(?:but|however|unfortunately|(?:a |one )?new (?:problem|issue|question))\b)/i;

/** Most topic words a chase has when it says little of the problem itself ("any news? still nothing"). */
const VAGUE_WORDS = 15;
/** Most topic words of a latest message that says nothing of the problem, chase or not ("just fix it pls"). */
const FEW_WORDS = 3;

/**
 * A follow-up that chases the matter still open: "any news?", "still not sorted", "tried again this
 * morning, same thing", "nothing yet".
 */
export const CHASES =
  /\b(?:still|(?:not|nothing) yet|any (?:news|update|progress|word)|same (?:thing|problem|issue|error|again|as before))\b/i;

/**
 * A latest message that asks about what was said before in a word or two of its own ("ok so can u change
 * it or not??", "its the same one as this number. just fix it pls"): it says nothing of the problem, which
 * the customer's first message tells.
 */
export function asksAboutIt(latest: string): boolean {
  return (
    topicStems(latest).size <= FEW_WORDS &&
    /\b(?:it|this|that)\b/i.test(latest) &&
    /\?|\b(?:please|pls|plz)\b/i.test(latest)
  );
}

/**
 * Stemmed topic words of a text, for telling whether two parts of a page speak of the same thing: no
 * negations or question words, which any two parts share.
 */
function topicStems(text: string): Set<string> {
  const words = topicWords(cleanMessage(text)).filter((word) => !isCueWord(word) && !isNegation(word));
  return new Set(words.map(stem));
}

/**
 * The subject of a shop's own mail: "Your order has shipped", "Your receipt from…", "Thanks for your
 * order", "Your next box ships 1 May", or a notice named by its kind ("Order 55120 – shipping
 * confirmation", "Order confirmation #CS-30417"), never one that says something is wrong ("Order 123 not
 * confirmed").
 */
export const SHOP_MAIL =
  /^(?:\s*(?:re|fwd?|aw)\s*:)*\s*(?:(?:your|thanks for your|thank you for your) (?:[\w#-]+ ){0,3}(?:order|receipt|purchase|booking|subscription|invoice|delivery)\b|your (?:[\w#&-]+ ){1,5}(?:ships|has shipped|is on its way|has been (?:dispatched|shipped|delivered)|is confirmed|renews)\b|(?![^\n]*(?:\b(?:not|no|never|still|wrong|missing|but)\b|n't))(?:order|shipping|dispatch|delivery|booking|payment)\b[^\n]{0,30}?\b(?:confirmation|confirmed|receipt)\b(?:[\s:#]*[\w-]*\d[\w-]*)?\s*$)/i;

/**
 * The page's facts as the problem is read from them. The subject is set aside when the latest message
 * turns from the ticket's earlier matter to a new one (a "separate thing", or the first matter said done
 * before the next): the subject names the old matter, and the message from its turn on is the problem to
 * suggest for. The customer's first message is kept only when the latest chases the matter still open
 * ("any news on this?"): then the first message, with the subject, says what the problem is.
 */
export function currentMatter<T extends PageFacts>(ctx: T): T {
  const { firstCustomerMessage: first, ...rest } = ctx;
  const matter = turnedMatter(rest as T);
  if (matter !== rest || !first?.trim() || !ctx.customerMessage) return matter;
  const latest = ctx.customerMessage.trim();
  // A chase that also tells the problem again in its own words ("…my rewards balance is still sitting
  // at 1,240…") needs no first message, which may be of another matter the thread began with.
  // A latest message of a word or two of its own ("ok so can u change it or not??", "just fix it pls")
  // says as little: the first message tells what "it" is.
  const chase = CHASES.test(latest) && topicWords(cleanMessage(latest)).length <= VAGUE_WORDS;
  const few = asksAboutIt(latest) && topicStems(first).size > FEW_WORDS;
  if (first.trim() === latest || !(chase || few)) return matter;
  return { ...matter, firstCustomerMessage: first };
}

/** The page's facts with the subject set aside when the latest message turns to a new matter. */
function turnedMatter<T extends PageFacts>(ctx: T): T {
  const message = ctx.customerMessage;
  if (!message || !ctx.subject) return ctx;
  const turn = NEW_MATTER.exec(message);
  if (turn) {
    const start = Math.max(
      0,
      message.lastIndexOf('.', turn.index) + 1,
      message.lastIndexOf('\n', turn.index) + 1,
    );
    const rest = message.slice(start).trim();
    if (topicWords(rest).length >= 4) return { ...ctx, subject: undefined, customerMessage: rest };
  }
  // A reply to one of the shop's own mails ("Re: Your order #KB-77810 has shipped") keeps its subject,
  // which is the shop's words, not the customer's.
  if (SHOP_MAIL.test(ctx.subject) && topicWords(message).length >= 8) return { ...ctx, subject: undefined };
  const done = MATTER_DONE.exec(message.trim()) ?? THANKED_THEN_BUT.exec(message.trim());
  if (done) {
    const rest = message.trim().slice(done[0].length).trim();
    if (topicWords(rest).length >= 4) return { ...ctx, subject: undefined, customerMessage: rest };
  }
  // A long first sentence saying the matter is done, then a turn: the subject is left only when what
  // follows the turn shares none of its topic words (the thread has moved on from it).
  const turned = DONE_THEN_TURN.exec(message.trim());
  if (turned) {
    const rest = message.trim().slice(turned[0].length).trim();
    const subjectStems = topicStems(ctx.subject);
    const restStems = topicStems(rest);
    const shared = [...subjectStems].some((word) => restStems.has(word));
    if (restStems.size >= 4 && !shared) return { ...ctx, subject: undefined, customerMessage: rest };
  }
  return ctx;
}

/**
 * Suggestion text for a page: the selection, subject, latest customer message and page title, cleaned and
 * reduced to topic words, plus the canonical wording of any support phrase found ("hasn't moved" adds
 * "late delivery"; the customer's own "refund" adds "refund" again, which weighs what they ask for).
 */
export function queryFromPage(ctx: PageFacts): string {
  // A customer who only greets, thanks or lets the ticket close states no problem.
  if (noProblemStated(ctx) && !ctx.selection) return '';
  ctx = currentMatter(ctx);
  // The page's title (the tab's: the app's name, an inbox count, the subject again) only when the page
  // gives nothing better.
  const title = ctx.subject?.trim() || ctx.customerMessage?.trim() ? undefined : ctx.title;
  const parts = [ctx.selection, ctx.subject, ctx.firstCustomerMessage, ctx.customerMessage, title]
    .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    .map((part) => cleanMessage(part.slice(0, 20_000)));
  const words: string[] = [];
  const phrases: string[] = [];
  for (const part of parts) {
    words.push(...topicWords(part));
    for (const group of findSynonymGroups(splitWords(foldText(part)).map(stem))) {
      const canonical = SUPPORT_SYNONYMS[group]?.[0];
      if (canonical && !phrases.includes(canonical)) phrases.push(canonical);
    }
  }
  return [...words.slice(0, MAX_PAGE_QUERY_WORDS), ...phrases].join(' ');
}
