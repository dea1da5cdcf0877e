// Learned phrasings: the customer's own words on a ticket where the agent used an article, kept (masked)
// as one more way customers say that problem. Pure: the panel, the options page, the CLI and the
// benchmark share it.

import {
  type LearnedPhrasing,
  MAX_LEARNED_PER_ARTICLE,
  MAX_PHRASING_CHARS,
  phrasingKey,
} from '../shared/phrasing-text';
import { cleanMessage, topicWords } from './page-query';

export {
  type LearnedPhrasing,
  type LearnedRow,
  MAX_LEARNED_PER_ARTICLE,
  MAX_PACK_PHRASINGS,
  MAX_PHRASING_CHARS,
  mergePhrasings,
  phrasingKey,
} from '../shared/phrasing-text';

/**
 * What stands for what was masked. Marks without letters or digits are no words to the index or the
 * encoder, so a learned phrasing is indexed as it is stored (a masked email does not match "email").
 */
export const MASK = { email: '[@]', phone: '[☎]', code: '[#]', name: '[…]', link: '[↗]' } as const;

/** A message with fewer topic words than this ("thanks!", "any news?") teaches nothing. */
const MIN_TOPIC_WORDS = 2;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
const LINK = /\b(?:https?:\/\/|www\.)\S+/gi;
// Seven or more digits with the usual separators: phone numbers, card and account numbers.
const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d(?:[\s.-]?\d){6,}/g;
// "#" and a code, or a code of letters and at least three digits ("ORD-2291", "12345-AB"); "2FA" stays.
const HASH_CODE = /#\s?[\p{L}\p{N}-]*\p{N}[\p{L}\p{N}-]*/gu;
const CODE =
  /(?<![\p{L}\p{N}])[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])[\p{L}\p{N}]{5,}(?![\p{L}\p{N}])/gu;
// A number standing alone (not the "2" of "2FA"), with its currency sign and decimals.
const NUMBER = /[$€£¥]?(?<![\p{L}\p{N}])\d+(?:[.,:/]\d+)*(?:\s?%)?(?![\p{L}])/gu;
// A capitalised name after "my name is", "this is", "name's".
const NAMED = /\b(my name is|this is|name's)\s+\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)?/gu;

/**
 * The customer's message as a phrasing: greeting, signature and quoted history dropped, emails, links,
 * phone numbers, order ids, numbers and the customer's name masked (MASK), cut to MAX_PHRASING_CHARS at a word.
 * Null when too little is left to say what the problem is.
 */
export function phrasingOf(message: string, names: readonly string[] = []): string | null {
  if (typeof message !== 'string') return null;
  let text = cleanMessage(message.slice(0, 20_000));
  text = text
    .replace(EMAIL, MASK.email)
    .replace(LINK, MASK.link)
    .replace(PHONE, MASK.phone)
    .replace(HASH_CODE, MASK.code)
    .replace(CODE, (code) => (isOrderCode(code) ? MASK.code : code))
    .replace(NUMBER, MASK.code)
    .replace(NAMED, `$1 ${MASK.name}`);
  for (const name of names) {
    for (const part of name.split(/[\s,]+/)) {
      if (part.length < 2 || !/^\p{L}/u.test(part)) continue;
      text = text.replace(
        new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(part)}(?![\\p{L}\\p{N}])`, 'giu'),
        MASK.name,
      );
    }
  }
  text = text.replace(/\s+/g, ' ').trim();
  if (text.length > MAX_PHRASING_CHARS) {
    const cut = text.slice(0, MAX_PHRASING_CHARS + 1);
    const space = cut.lastIndexOf(' ');
    text = `${(space > MAX_PHRASING_CHARS / 2 ? cut.slice(0, space) : cut.slice(0, MAX_PHRASING_CHARS)).trim()}…`;
  }
  return topicWords(text).length >= MIN_TOPIC_WORDS ? text : null;
}

/**
 * The list with `text` added (a phrasing already there moves to now), the oldest dropped past `cap`.
 * Returns the same list when nothing changes.
 */
export function withPhrasing(
  list: readonly LearnedPhrasing[],
  text: string,
  at: number,
  cap = MAX_LEARNED_PER_ARTICLE,
): LearnedPhrasing[] {
  const key = phrasingKey(text);
  const rest = list.filter((item) => phrasingKey(item.text) !== key);
  return [...rest, { text, at }].sort((a, b) => a.at - b.at).slice(-cap);
}

/** An address as compared: lower case, no scheme, "www.", query, fragment or trailing slash and stop. */
const addressKey = (url: string) =>
  url.toLowerCase().replace(/^https?:\/\/(www\.)?|[?#].*|[/).,;:!?'"]+$/g, '');

/**
 * Ids of the articles whose address a text links: the articles an agent linked in an "I own this" note
 * (their help-center address, as the article's "Copy link" gives it).
 */
export function linkedArticleIds(text: string, articles: readonly { id: string; url?: string }[]): string[] {
  const links = new Set((text.match(LINK) ?? []).map(addressKey));
  return articles.filter((article) => article.url && links.has(addressKey(article.url))).map((a) => a.id);
}

function isOrderCode(code: string): boolean {
  const digits = code.replace(/\D/g, '').length;
  return digits >= 3 && /\p{L}/u.test(code);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
