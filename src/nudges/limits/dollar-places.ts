// Whose dollar a bare "$" is. A customer in Toronto, or one who ordered from the Australian site, writes
// "$" for their own dollar: compared with a limit in US dollars it would be judged in the wrong money. The
// places that name a dollar are phrase data (limit-words.json); a "$" said beside one of them is that
// dollar, and a "US$", "C$" or "A$" written out says itself which it is (money.ts).
import type { Doc } from '../text/document';
import { reads } from './binding-settings';
import { LIMIT_WORDS } from './rule-keywords';

const PLACES: readonly (readonly [string, RegExp])[] = [
  ['CAD', new RegExp(LIMIT_WORDS.canadianDollars, 'g')],
  ['AUD', new RegExp(LIMIT_WORDS.australianDollars, 'g')],
  ['NZD', new RegExp(LIMIT_WORDS.newZealandDollars, 'g')],
  ['SGD', new RegExp(LIMIT_WORDS.singaporeDollars, 'g')],
  ['HKD', new RegExp(LIMIT_WORDS.hongKongDollars, 'g')],
];
// A place the writer was at or travels to ("I was in Toronto for two days… billed ¤ in roaming") is not
// where they buy: their dollar is still the store's.
const VISITED = new RegExp(LIMIT_WORDS.visitedPlace);

function livesOrBuysIn(text: string, place: RegExp): boolean {
  for (const m of text.matchAll(place))
    if (!VISITED.test(text.slice(Math.max(0, m.index - 30), m.index))) return true;
  return false;
}
// "Your US store, paid in USD": the store's own dollar, whatever the place of the writer.
const US_DOLLARS = new RegExp(LIMIT_WORDS.usDollars);
/** Two places' dollars named: which one a "$" is cannot be told (ISO 4217's code for no currency). */
export const UNKNOWN_DOLLAR = 'XXX';

// Dollars other than the US one that an amount can be written in ("$129 AUD", "A$40", "CA$25").
const OTHER_DOLLARS = new Set(PLACES.map(([code]) => code));

/**
 * The dollar a bare "$" in the conversation stands for, when the customer's message names the place
 * of another dollar than the US one, or writes an amount in one ("charged $129 AUD… refund the $129");
 * undefined when it names none (a "$" is then any dollar).
 */
export function dollarNamed(docs: readonly Doc[]): string | undefined {
  const customer = docs.filter((doc) => doc.field === 'text');
  const text = customer.flatMap((doc) => doc.sentences.map((s) => s.text)).join(' ');
  if (!text || US_DOLLARS.test(text)) return undefined;
  const named = new Set(PLACES.filter(([, place]) => livesOrBuysIn(text, place)).map(([code]) => code));
  for (const doc of reads('otherDollar') ? customer : [])
    for (const s of doc.sentences)
      for (const a of s.amounts) if (OTHER_DOLLARS.has(a.span.currency)) named.add(a.span.currency);
  if (named.size > 1) return UNKNOWN_DOLLAR;
  return [...named][0];
}
