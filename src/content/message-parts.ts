// The parts of one conversation message: its body, author and time, without quotes and meta lines.

import { cleanName, field, RAW_FIELD } from '../shared/page-text';
import { wordSet } from '../shared/word-set';
import { textOf } from './dom';
import { CHROME_ROLES, classWords, wordsOf } from './layout';

const META_WORDS = wordSet(
  'author sender meta avatar timestamp time date badge actions toolbar header head byline preamble from name label tag footer reactions status via who when addr initials',
);
const QUOTE_WORDS = wordSet('quote quoted blockquote history signature sig trimmed');
const BODY_WORDS = wordSet('body content text html rich markdown prose bubble');

/**
 * Words of a class token as a name of a part: a utility class of a style kit ("text-xs", "text-grey-500",
 * "text-muted") sets how text looks and names no part, so its leading "text" is dropped.
 */
function partWords(token: string | null | undefined): string[] {
  const words = wordsOf(token);
  return words[0] === 'text' && words.length > 1 && !words.slice(1).some((w) => BODY_WORDS.has(w))
    ? words.slice(1)
    : words;
}

/** Author lines, timestamps, badges: around a message's words, not part of them. */
export function isMeta(el: Element): boolean {
  if (el.tagName === 'HEADER' || el.tagName === 'TIME') return true;
  return classWords(el).some((w) => META_WORDS.has(w));
}

/** Quoted history and signatures the page marks up as such. */
export function isQuote(el: Element): boolean {
  if (el.tagName === 'BLOCKQUOTE' || el.tagName === 'DETAILS') return true;
  const words = [
    ...classWords(el),
    ...wordsOf(el.getAttribute('data-testid') ?? el.getAttribute('data-test-id')),
  ];
  return words.some((w) => QUOTE_WORDS.has(w));
}

/** The element holding a message's written words, without author lines and timestamps. */
export function messageBody(item: Element): Element | undefined {
  let best: Element | undefined;
  let bestSize = 0;
  const bodies: [Element, number][] = [];
  for (const el of Array.from(item.querySelectorAll('[class], [data-test-id], [data-testid], [itemprop]'))) {
    const words = [
      ...(el.getAttribute('class') ?? '').split(/\s+/).flatMap(partWords),
      ...wordsOf(el.getAttribute('data-test-id')),
      ...wordsOf(el.getAttribute('data-testid')),
      ...wordsOf(el.getAttribute('itemprop')),
    ];
    // Quoted history marked as such ("quoted-text") is around the words, never their body.
    if (!words.some((w) => BODY_WORDS.has(w)) || words.some((w) => META_WORDS.has(w) || QUOTE_WORDS.has(w)))
      continue;
    const size = el.textContent?.trim().length ?? 0;
    bodies.push([el, size]);
    if (size > bestSize) {
      best = el;
      bestSize = size;
    }
  }
  // A body that wraps the author line and a header ("cuf-body") around the written words' own body
  // ("emailMessageBody") gives way to that inner body when it holds most of the text.
  for (let inner = best; inner; ) {
    best = inner;
    const size = bodies.find(([el]) => el === inner)?.[1] ?? 0;
    inner = bodies.find(([el, n]) => el !== inner && inner!.contains(el) && n >= 0.6 * size && n > 0)?.[0];
  }
  return best;
}

/**
 * The words of one message as shown: body only, no quotes or meta lines the page marks up as such. The
 * panel drops the history and signature written into them (src/shared/page-reading.ts).
 */
export function messageText(item: Element, body = messageBody(item)): string | undefined {
  // A menu, toolbar or list of options beside the words (a templates menu under a mail) is no words of it.
  const skip = (el: Element) => isQuote(el) || isMeta(el) || CHROME_ROLES.has(el.getAttribute('role') ?? '');
  const raw = body
    ? textOf(body, skip)
    : textOf(item, (el) => skip(el) || el.matches('h1, h2, h3, h4, h5, h6'));
  return field(raw, RAW_FIELD);
}

const AUTHOR_WORDS = wordSet('author sender from name byline participant username actor who');
// A line that gives a name, then the time ("Nadia Perez · 11:52 · Seen", "Tomás · 14:02").
const BYLINE = /^(\p{Lu}[^·•|\d\n]{0,40}?) ?[·•|] ?[\s\S]{0,40}\d:\d\d/u;

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
  // Else the first bold name above the words ("<strong>Dana</strong> replied · 2 hours ago").
  const body = messageBody(item);
  const strong = Array.from(
    item.querySelectorAll(`header [class*="name" i], ${body ? 'strong, b' : 'header strong, header b'}`),
  ).find((el) => !body?.contains(el));
  if (strong || !body) return cleanName(strong?.textContent);
  // Else a line beside the words that starts with a name and shows the time.
  for (const el of Array.from(item.querySelectorAll('*'))) {
    const name = !el.contains(body) && !body.contains(el) && BYLINE.exec(el.textContent?.trim() ?? '')?.[1];
    if (name) return cleanName(name);
  }
  return undefined;
}

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:st|nd|rd|th)? ([a-z]{3,9})\.?,?(?: (\d{4}))?\b/i;
const MONTH_DAY_YEAR = /\b([a-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?\b,?(?: (\d{4}))?/i;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
// "5/12/2024", "05.12.24": month first unless the first number cannot be a month.
const NUMERIC_DATE = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b/;
const CLOCK = /\b(\d{1,2}):(\d{2})(?::\d{2})? ?([ap])?\.?m?\b/i;
const RELATIVE_DAY = /\b(today|yesterday)\b/i;
// "2 hours ago", "5 min ago", "a day ago", "just now".
const AGO = /\b(?:(\d+|an?) ?(mo|m|h|d|w)[a-z]*\.? ago|just now)\b/i;
const UNIT: Record<string, number> = { m: 1, h: 60, d: 1_440, w: 10_080, mo: 43_200 };

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

/**
 * A time as a page shows it ("Mon, 8 Apr 2024, 4:42 PM", "Apr 24, 2024 09:48 AM", "2024-04-08 16:42",
 * "Dec 3", "Today, 9:02 AM", "Yesterday", "2 hours ago"), as a number that orders messages (a zoneless
 * clock: shown times carry no zone; a date without a year is in this year). Undefined when it shows no
 * day: a clock alone ("09:41") may be today's or yesterday's, in a chat that ran past midnight.
 */
export function shownTime(text: string, now = Date.now(), dayFirst = false): number | undefined {
  const ago = AGO.exec(text);
  // The page's clock is the agent's: now, read as a zoneless clock like the times around it.
  const local = new Date(now);
  const clockNow = now - local.getTimezoneOffset() * 60_000;
  if (ago) return clockNow - (Number(ago[1]) || 1) * (UNIT[ago[2]?.toLowerCase() ?? ''] ?? 0) * 60_000;
  let year: number | undefined;
  let month = -1;
  let day = 0;
  const dmy = DAY_MONTH_YEAR.exec(text);
  const mdy = MONTH_DAY_YEAR.exec(text);
  const iso = ISO_DATE.exec(text);
  const relative = RELATIVE_DAY.exec(text)?.[1]?.toLowerCase();
  const clock = CLOCK.exec(text);
  const numeric = NUMERIC_DATE.exec(text);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])];
  else if (numeric) {
    let [a, b] = [Number(numeric[1]), Number(numeric[2])];
    if (dayFirst) [a, b] = [b, a];
    [year, month, day] = [
      Number(numeric[3]) + (numeric[3]?.length === 2 ? 2000 : 0),
      (a > 12 ? b : a) - 1,
      a > 12 ? a : b,
    ];
  } else if (dmy && monthOf(dmy[2] ?? '') >= 0)
    [year, month, day] = [Number(dmy[3] ?? local.getFullYear()), monthOf(dmy[2] ?? ''), Number(dmy[1])];
  else if (mdy && monthOf(mdy[1] ?? '') >= 0)
    [year, month, day] = [Number(mdy[3] ?? local.getFullYear()), monthOf(mdy[1] ?? ''), Number(mdy[2])];
  else if (relative) {
    const date = new Date(now - (relative === 'yesterday' ? 86_400_000 : 0));
    [year, month, day] = [date.getFullYear(), date.getMonth(), date.getDate()];
  } else return undefined;
  let hours = clock ? Number(clock[1]) % 12 : 0;
  if (clock && !clock[3]) hours = Number(clock[1]);
  else if (clock?.[3]?.toLowerCase() === 'p') hours += 12;
  const value = Date.UTC(year, month, day, hours, clock ? Number(clock[2]) : 0);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Whether the page writes numeric dates day first: one of its messages shows a date whose first number
 * can only be a day ("16/04/2025"), so "02/04/2025" beside it is the 2nd of April.
 */
export function writesDayFirst(items: Element[]): boolean {
  return items.some((el) =>
    /\b(?:1[3-9]|2\d|3[01])[/.](?:0?[1-9]|1[0-2])[/.]\d{2,4}\b/.test(el.textContent ?? ''),
  );
}

/**
 * The day a timeline shows once above that day's messages ("Monday, 11 March", "Today"): the nearest
 * short line before the message that is a date and no clock.
 */
export function dayAbove(item: Element): string | undefined {
  let el = item.previousElementSibling;
  for (let n = 0; el && n < 50; el = el.previousElementSibling, n++) {
    const text = el.textContent?.trim() ?? '';
    if (text.length < 30 && !CLOCK.test(text) && shownTime(text) !== undefined) return text;
  }
  return undefined;
}

const TIME_WORDS = wordSet('time date timestamp stamp when ago sent');
/** A line that opens with a day and a clock. */
const STAMP_FIRST = /^\s*[\w ,./-]{0,30}\d:\d\d/;

/**
 * When a message was written, in epoch ms: time[datetime] or data-timestamp, else the time its header
 * shows (a time element, an element named for a time or date or a header line, or a title attribute).
 */
export function messageTime(
  item: Element,
  dayFirst?: boolean,
  day?: () => string | undefined,
): number | undefined {
  const stamp =
    item.querySelector('time[datetime]')?.getAttribute('datetime') ?? item.getAttribute('data-timestamp');
  if (stamp) {
    const value = /^\d{10,13}$/.test(stamp)
      ? Number(stamp) * (stamp.length === 10 ? 1000 : 1)
      : Date.parse(stamp);
    if (Number.isFinite(value)) return value;
  }
  const body = messageBody(item);
  for (const el of Array.from(item.querySelectorAll('time, [class], [title]')).slice(0, 200)) {
    // Its parts apart: "…@wp.pl" then "Today 09:41" must not read as "plToday".
    const parts = Array.from(el.childNodes, (node) => node.textContent).join(' ');
    // A time element, a header line ("Dana replied · 2 hours ago"), or a line outside the words that
    // starts with the time ("Today 9:12am · Status set to Pending", "03/14/2024 2:41pm").
    const named =
      classWords(el).some((word) => TIME_WORDS.has(word)) ||
      isMeta(el) ||
      (!body?.contains(el) && STAMP_FIRST.test(parts));
    const shown = named ? parts : '';
    const text = `${el.getAttribute('title') ?? ''} ${shown}`.trim();
    if (!text || text.length > 200) continue;
    // A clock alone is on the day the timeline shows above the message ("Monday, 11 March" … "16:01").
    const value =
      shownTime(text, undefined, dayFirst) ??
      (day && CLOCK.test(text) ? shownTime(`${day()} ${text}`, undefined, dayFirst) : undefined);
    if (value !== undefined) return value;
  }
  return undefined;
}
