// What a replacement word replaces. A goodwill replacement or exchange is an item the customer
// received (or the order) sent again or swapped; the same words also name records, bookings,
// tickets and settings being changed ("I replaced the estimated reading", "swap my delivery
// slot", "the meter exchange appointment", "I've started a fresh one" for a ticket). The check
// reads the object of the verb, the nouns around the noun, or what "a new one" stands for.

// Things that are not an item sent to the customer: records, bookings, accounts, messages, visits.
// Not "case": a phone case is an item; a support case only counts near "a new one" (NEAR_ONE).
const NOT_ITEM =
  `tickets?|chats?|conversations?|calls?|appointments?|visits?|surveys?|slots?|bookings?|dates?|times?` +
  `|shifts?|rotas?|tariffs?|plans?|contracts?|accounts?|logins?|passwords?|pins?|codes?|e?mails?` +
  `|address(?:es)?|names?|numbers?|details|contacts?|readings?|estimat(?:e|es|ed|ion|ions)|records?` +
  `|systems?|pages?|wording|text|letters?|messages?|meters?|debits?|sims?|links?|references?|profiles?` +
  `|usernames?|settings?|schedules?|engineers?|fitters?|data|entr(?:y|ies)|info(?:rmation)?|sessions?` +
  `|query|queries|requests?|forms?`;

const NOT_ITEM_WORD = new RegExp(`^(?:${NOT_ITEM})$`);
/** A pronoun or a preposition ends the object: "swap them for the grey ones". */
const OBJECT_END =
  /^(?:for|to|with|on|in|at|from|by|as|and|or|but|so|because|it|them|this|that|these|those|one|ones)$/;
const SKIP = /^(?:the|a|an|my|your|our|their|his|her|its|old|new|current|existing|temporary|wrong)$/;
const VERB = /^(?:replac|exchang|swap)/;
const NOUN = /^(?:replacements?|exchanges?|swaps?)$/;
// "A new one" soon after or before a ticket, chat or login stands for that, not an item.
const NEAR_ONE = new RegExp(String.raw`\b(?:${NOT_ITEM}|cases?|opened|started|logged|reset|issued)\b`);

function words(text: string): string[] {
  return text.toLowerCase().match(/[\w'-]+|[.,;:!?]/g) ?? [];
}

/** The object words after a verb, up to a preposition, pronoun or punctuation. */
function objectOf(after: string[]): string[] {
  const object: string[] = [];
  for (const word of after.slice(0, 5)) {
    if (/^[.,;:!?]$/.test(word) || OBJECT_END.test(word)) break;
    if (!SKIP.test(word)) object.push(word);
  }
  return object;
}

/**
 * False when the replacement word at [start, end) of `text` replaces a record, booking, ticket or
 * setting rather than an item or an order.
 */
export function replacesAnItem(text: string, start: number, end: number): boolean {
  const matched = text.slice(start, end).toLowerCase();
  const before = words(text.slice(Math.max(0, start - 60), start));
  const after = words(text.slice(end, end + 60));
  if (/\bone$/.test(matched)) {
    const around = `${before.slice(-8).join(' ')} ${after.slice(0, 8).join(' ')}`;
    return !NEAR_ONE.test(around);
  }
  const head = words(matched)[0] ?? '';
  if (!VERB.test(head)) return true;
  // Noun uses name what is replaced just before it: "the meter exchange", "a SIM swap".
  if (NOUN.test(head) && NOT_ITEM_WORD.test(before.at(-1) ?? '')) return false;
  // "the replacement ticket number", "swap my delivery slot", "replaced the estimated ones".
  return !objectOf(after).some((word) => NOT_ITEM_WORD.test(word));
}
