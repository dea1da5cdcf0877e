// The parts of one conversation message: its body, author and time, without quotes and meta lines.
import { textOf } from './dom';
import { classWords, wordsOf } from './layout';
import { cleanMessage, cleanName } from './text';

const META_WORDS = new Set(
  'author sender meta avatar timestamp time date badge actions toolbar header byline from name label tag footer reactions status via'.split(
    ' ',
  ),
);
const QUOTE_WORDS = new Set('quote quoted blockquote history signature sig trimmed'.split(' '));
const BODY_WORDS = new Set('body content text html rich markdown prose'.split(' '));

/** Author lines, timestamps, badges: around a message's words, not part of them. */
export function isMeta(el: Element): boolean {
  if (el.tagName === 'HEADER' || el.tagName === 'TIME') return true;
  return classWords(el).some((w) => META_WORDS.has(w));
}

/** Quoted history and signatures the page marks up as such. */
export function isQuote(el: Element): boolean {
  if (el.tagName === 'BLOCKQUOTE' || el.tagName === 'DETAILS') return true;
  return classWords(el).some((w) => QUOTE_WORDS.has(w));
}

/** The element holding a message's written words, without author lines and timestamps. */
export function messageBody(item: Element): Element | undefined {
  let best: Element | undefined;
  let bestSize = 0;
  for (const el of Array.from(item.querySelectorAll('[class], [data-test-id], [data-testid], [itemprop]'))) {
    const words = [
      ...classWords(el),
      ...wordsOf(el.getAttribute('data-test-id')),
      ...wordsOf(el.getAttribute('data-testid')),
      ...wordsOf(el.getAttribute('itemprop')),
    ];
    if (!words.some((w) => BODY_WORDS.has(w)) || words.some((w) => META_WORDS.has(w))) continue;
    const size = el.textContent?.trim().length ?? 0;
    if (size > bestSize) {
      best = el;
      bestSize = size;
    }
  }
  return best;
}

/** Cleaned words of one message: body only, no quotes, no meta lines, no history, no signature. */
export function messageText(item: Element, body = messageBody(item)): string | undefined {
  const raw = body
    ? textOf(body, (el) => isQuote(el) || isMeta(el))
    : textOf(item, (el) => isMeta(el) || isQuote(el) || el.matches('h1, h2, h3, h4, h5, h6'));
  return cleanMessage(raw);
}

const AUTHOR_WORDS = new Set('author sender from name byline participant username'.split(' '));

/** Who wrote a message, when the page shows it. */
export function messageAuthor(item: Element): string | undefined {
  const attr = item.getAttribute('data-author') ?? item.getAttribute('data-author-name');
  if (attr) return cleanName(attr);
  for (const el of Array.from(item.querySelectorAll('[class], [itemprop=author], [data-test-id]'))) {
    const words = [...classWords(el), ...wordsOf(el.getAttribute('data-test-id'))];
    if (el.getAttribute('itemprop') !== 'author' && !words.some((w) => AUTHOR_WORDS.has(w))) continue;
    const name = cleanName(el.getAttribute('title') || textOf(el));
    if (name) return name;
  }
  const strong = item.querySelector('header strong, header b, header [class*="name" i]');
  return cleanName(strong?.textContent);
}

/** When a message was written (time[datetime] or data-timestamp), in epoch ms. */
export function messageTime(item: Element): number | undefined {
  const stamp =
    item.querySelector('time[datetime]')?.getAttribute('datetime') ?? item.getAttribute('data-timestamp');
  if (!stamp) return undefined;
  const value = /^\d{10,13}$/.test(stamp)
    ? Number(stamp) * (stamp.length === 10 ? 1000 : 1)
    : Date.parse(stamp);
  return Number.isFinite(value) ? value : undefined;
}
