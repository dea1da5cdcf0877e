// Time phrases chrono-node does not read the way a support promise means them: durations ("in 2 hours",
// "within 48 hours", "2-3 business days"), end-of-day words ("EOD", "close of business"), weeks and
// months ("next week", "end of the month"), "first thing", and things that look like dates but are not
// ("24/7"). Pure regex; due-time.ts turns the matches into instants.

import { NUMBER_WORDS } from '../text/number-words';

export type DurationUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'business-day';

export type Phrase =
  | { kind: 'duration'; amount: number; unit: DurationUnit }
  /** "end of day", "EOD", "COB": the agent's workday end. */
  | { kind: 'end-of-day' }
  /** "end of " right before a day name ("end of tomorrow", "end of Friday"). */
  | { kind: 'end-of' }
  | { kind: 'next-week' }
  | { kind: 'end-of-week'; next: boolean; named: boolean }
  | { kind: 'end-of-month' }
  | { kind: 'first-thing' }
  /** Not a time at all ("24/7"): dates chrono finds inside are dropped. */
  | { kind: 'blocked' };

export type PhraseMatch = Phrase & { start: number; end: number };

const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;
const QTY =
  String.raw`(?:\d{1,5}(?:[.,]\d{1,2})?|a\s+couple(?:\s+of)?|couple\s+of|a\s+few|few|half\s+an?|an?|one|two|three` +
  String.raw`|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty[-\s]?four|twenty|thirty` +
  String.raw`|forty[-\s]?eight|forty[-\s]?five|forty|sixty|seventy[-\s]?two|ninety)`;
const UNIT = String.raw`(?:(?:business|working|work)\s+days?|min(?:ute)?s?|hours?|hrs?|h|days?|weeks?|wks?|months?)`;
const LEAD = String.raw`(?:with)?in\s+(?:the\s+next\s+)?(?:about\s+|around\s+|approx(?:imately|\.)?\s+|roughly\s+|less\s+than\s+|under\s+)?`;

// "in 2 hours", "within 48 hours", "in 2-3 business days", "in a day or two", "in an hour and a half",
// "2 weeks from now", "in 10 days' time" (and "the day after tomorrow", two days). A bare "3 days" is not a promise ("waited 3 days"), except for
// business days ("2-3 business days" is what agents write when they promise a turnaround).
const DURATION = new RegExp(
  String.raw`${B}(?<lead>${LEAD})?(?<qty>${QTY})(?:\s*(?:-|–|to|or)\s*(?<upper>${QTY}))?\s*(?<unit>${UNIT})${E}` +
    String.raw`(?<half>\s+and\s+a\s+half)?(?:\s+or\s+(?<or>${QTY})${E})?(?<tail>\s+from\s+(?:now|today)${E}` +
    String.raw`|['’]?\s+time${E})?`,
  'giu',
);
const WITHIN_THE_HOUR = new RegExp(String.raw`${B}(?:with)?in\s+the\s+(?:next\s+)?hour${E}`, 'giu');
const DAY_AFTER_TOMORROW = new RegExp(String.raw`${B}(?:the\s+)?day\s+after\s+tomorrow${E}`, 'giu');
const NEXT_BUSINESS_DAY = new RegExp(String.raw`${B}next\s+(?:business|working)\s+day${E}`, 'giu');
// "at the end of the day, …" is an idiom ("ultimately"), not a deadline.
const END_OF_DAY = new RegExp(
  String.raw`${B}(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?:business\s+|working\s+|work\s+)?day|end\s+of\s+(?:the\s+)?(?:shift|business)|close\s+of\s+(?:business|play)|eod|cob|eob)${E}(?!\s*,)`,
  'giu',
);
const END_OF_NAMED_DAY = new RegExp(
  String.raw`${B}(?:the\s+)?end\s+of\s+(?=(?:today|tomorrow|tmrw|mon|tue|wed|thu|fri|sat|sun)\p{L}*${E})`,
  'giu',
);
const END_OF_NEXT_WEEK = new RegExp(String.raw`${B}(?:(?:the\s+)?end\s+of|later)\s+next\s+week${E}`, 'giu');
const NEXT_WEEK = new RegExp(String.raw`${B}(?:early\s+)?next\s+week${E}`, 'giu');
const END_OF_WEEK = new RegExp(
  String.raw`${B}(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?:work(?:ing)?\s+)?week|eow)${E}`,
  'giu',
);
const THIS_WEEK = new RegExp(String.raw`${B}(?:later\s+)?this\s+week${E}`, 'giu');
const END_OF_MONTH = new RegExp(
  String.raw`${B}(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?month|month[-\s]end|eom)${E}`,
  'giu',
);
const FIRST_THING = new RegExp(String.raw`${B}first\s+thing(?:\s+in\s+the\s+morning)?${E}`, 'giu');
// Round-the-clock and availability notations.
const BLOCKED = new RegExp(String.raw`${B}(?:24\s*/\s*7|24\s*/\s*365|24x7|365\s*days\s+a\s+year)${E}`, 'giu');

function quantity(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const word = raw
    .toLowerCase()
    .replace(/[-\s]+/g, ' ')
    .trim();
  if (/^\d/.test(word)) return Number(word.replace(',', '.'));
  if (word.startsWith('half')) return 0.5;
  if (word.includes('couple')) return 2;
  if (word.includes('few')) return 3;
  return NUMBER_WORDS[word.replace(/\s+/g, '')];
}

function unitOf(raw: string): DurationUnit {
  const unit = raw.toLowerCase();
  if (/^(?:business|working|work)/.test(unit)) return 'business-day';
  if (unit.startsWith('min')) return 'minute';
  if (unit.startsWith('h')) return 'hour';
  if (unit.startsWith('d')) return 'day';
  if (unit.startsWith('w')) return 'week';
  return 'month';
}

function durations(text: string): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  for (const m of text.matchAll(DURATION)) {
    const g = m.groups ?? {};
    const unit = unitOf(g.unit ?? '');
    // "in 2 hours" needs its "in"; a bare "3 days" is history, not a promise.
    if (!g.lead && !g.tail && unit !== 'business-day') continue;
    // "h" only straight after a number ("2h"), never as a word ("in a h…").
    if (/^h$/i.test(g.unit ?? '') && !/^\d/.test(g.qty ?? '')) continue;
    const amounts = [g.qty, g.upper, g.or].map(quantity).filter((n): n is number => n !== undefined);
    // The latest time promised: "2-3 business days" is 3; "a day or two" is 2.
    let amount = Math.max(...amounts);
    if (g.half) amount += 0.5;
    if (!Number.isFinite(amount) || amount <= 0) continue;
    found.push({ kind: 'duration', amount, unit, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(WITHIN_THE_HOUR)) {
    found.push({ kind: 'duration', amount: 1, unit: 'hour', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(DAY_AFTER_TOMORROW)) {
    found.push({ kind: 'duration', amount: 2, unit: 'day', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(NEXT_BUSINESS_DAY)) {
    found.push({
      kind: 'duration',
      amount: 1,
      unit: 'business-day',
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return found;
}

function all(text: string, pattern: RegExp, phrase: Phrase): PhraseMatch[] {
  return [...text.matchAll(pattern)].map((m) => ({ ...phrase, start: m.index, end: m.index + m[0].length }));
}

/**
 * Every phrase this module knows in `text`, earliest first, without overlaps (when two overlap, the
 * one listed first below wins: "end of next week" beats "next week").
 */
export function findPhrases(text: string): PhraseMatch[] {
  const groups: PhraseMatch[][] = [
    all(text, BLOCKED, { kind: 'blocked' }),
    all(text, END_OF_NEXT_WEEK, { kind: 'end-of-week', next: true, named: true }),
    all(text, END_OF_WEEK, { kind: 'end-of-week', next: false, named: true }),
    all(text, THIS_WEEK, { kind: 'end-of-week', next: false, named: false }),
    all(text, END_OF_MONTH, { kind: 'end-of-month' }),
    all(text, NEXT_WEEK, { kind: 'next-week' }),
    durations(text),
    all(text, END_OF_DAY, { kind: 'end-of-day' }),
    all(text, END_OF_NAMED_DAY, { kind: 'end-of' }),
    all(text, FIRST_THING, { kind: 'first-thing' }),
  ];
  const kept: PhraseMatch[] = [];
  for (const group of groups) {
    for (const match of group) {
      if (kept.every((k) => match.end <= k.start || match.start >= k.end)) kept.push(match);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}
