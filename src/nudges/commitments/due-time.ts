// Due times from the promises agents write in "I own this" notes: "Call back tomorrow 3pm", "by Friday",
// "in 2 hours", "next Monday morning", "EOD", "2-3 business days". The panel proposes the time and the
// agent confirms it, so a wrong guess costs a click but a missed promise costs a customer: the parser
// reads promises generously and refuses what is not a promise (order numbers, prices, past events).
//
// chrono-node finds dates and clock times; this module decides what they mean for a promise:
// - Times are wall-clock times in the agent's IANA zone, converted with Intl (commitment-zone.ts), so a
//   time on a DST change day maps to the right instant whatever zone the machine is in. chrono gets the
//   agent's offset at `now` only to know what "today" is; its own instants (a fixed offset) are not used.
// - Always forward-looking, decided here rather than by chrono's `forwardDate` (which compares against
//   an implied noon, so "Friday" said on Friday at 4pm would jump a week though 5pm is still ahead).
// - A day alone ("by Friday", "tomorrow", "Dec 3") is due at the end of the agent's workday (17:00),
//   assumedTime = true. Parts of the day are defaults too (assumedTime = true): morning 9:00, afternoon
//   14:00, evening/tonight 18:00. "next week" is Monday morning. "EOD"/"COB"/"end of the week/month" name
//   the workday end itself (assumedTime = false).
// - "Friday" said on a Friday is today while today's time is still ahead, otherwise next week's; "next
//   Friday" said on a Friday is next week's. "next Monday" said on a Sunday is tomorrow (chrono's reading).
// - "in 2 hours"/"within 48 hours" are elapsed time (exactly now + 2 h, across DST changes); "in 3 days",
//   "within 2 weeks", "2-3 business days" (weekends skipped; the upper bound) are days, at the workday end.
// - An hour without am/pm from 1 to 7 ("call at 5") is taken as the afternoon: support hours.
// - Refused: months alone ("in May", "March of Dimes"), "next month", past references ("last Friday",
//   "yesterday", "3 days ago", "since Monday"), days in a clause about the past ("I called on Monday"),
//   opening hours ("Mon-Fri"), "24/7", "now", bare durations ("waited 3 days"), lowercase "sat"/"sun"/
//   "wed"/"mon" that are words ("I sat down"), and anything that is not after `now`.
// - Time windows chrono reads as ranges ("tomorrow 2-4pm") are due at their start: the reminder should
//   come while the window is still open.
import { casual, GB, type ParsedResult } from 'chrono-node/en';
import { readsAsPromise } from './context';
import { findPhrases, type PhraseMatch } from './phrases';
import {
  addDays,
  type CivilDate,
  daysBetween,
  daysInMonth,
  offsetMinutes,
  type WallClock,
  wallClock,
  weekdayOf,
  zonedToEpoch,
} from './zone';
import { formatDue } from './due-label';

export interface DueTimeOptions {
  /** Epoch ms. */
  now: number;
  /** IANA zone of the agent, e.g. 'Europe/Berlin'. */
  timeZone: string;
  /** 12-hour labels ("3:00 PM"); default: the runtime locale's choice. */
  hour12?: boolean;
  /** Hour the workday ends, used for a day without a time and for "EOD"; default 17. */
  workdayEnd?: number;
  /** Hour used for "morning" and "next week"; default 9. */
  morning?: number;
  /** Read "3/12" as 3 December (day first) instead of March 12; default false. */
  dayFirst?: boolean;
}

export interface DueTime {
  dueAt: number;
  /** the words that gave the time, as written */
  phrase: string;
  /** phrase's [start,end) in the text */
  range: [number, number];
  /** human label in the agent's zone/locale, e.g. "Thu 27 Nov, 3:00 PM" */
  label: string;
  /** true when only a day was given and a default hour was assumed */
  assumedTime: boolean;
}

const AFTERNOON = 14;
const EVENING = 18;
const HOUR = 3_600_000;
const MINUTE = 60_000;
/** Promises further out than this are not promises ("in 90000 days"). */
const HORIZON = 10 * 366 * 24 * HOUR;
/** Longer text is read up to here (a note is far shorter): chrono is linear, but not free. */
const MAX_TEXT = 50_000;

interface Settings {
  now: number;
  timeZone: string;
  today: WallClock;
  workdayEnd: number;
  morning: number;
}

/** When in the day: a written clock time or a default hour. */
interface TimeSpec {
  hour: number;
  minute: number;
  assumed: boolean;
  /** A zone written with the time ("3pm EST"), minutes east of UTC. */
  offset?: number;
  /** For "today"/"this afternoon" once the default hour has passed: propose the next full hour before this. */
  until?: number;
}

/** Which day. */
type DaySpec =
  /** today: the phrase names today ("today", "tonight"), so it never rolls to another day. */
  | { kind: 'date'; date: CivilDate; yearKnown: boolean; today: boolean }
  | { kind: 'weekday'; weekday: number; next: boolean }
  /** No day written ("at 3pm", "EOD", "in the morning"): today if still ahead, else tomorrow. today: "this …". */
  | { kind: 'floating'; today: boolean };

interface Resolved {
  dueAt: number;
  assumedTime: boolean;
}

interface Candidate {
  start: number;
  end: number;
  resolve: () => Resolved | null;
}

type Part = 'morning' | 'afternoon' | 'evening';

function partOf(tags: Set<string>): Part | undefined {
  if (tags.has('casualReference/morning')) return 'morning';
  if (tags.has('casualReference/afternoon')) return 'afternoon';
  if (tags.has('casualReference/evening') || tags.has('casualReference/tonight')) return 'evening';
  return undefined;
}

function partTime(part: Part, s: Settings): TimeSpec {
  if (part === 'morning') return { hour: s.morning, minute: 0, assumed: true, until: 12 };
  if (part === 'afternoon') return { hour: AFTERNOON, minute: 0, assumed: true, until: EVENING };
  return { hour: EVENING, minute: 0, assumed: true, until: 24 };
}

function dayDefault(s: Settings): TimeSpec {
  return { hour: s.workdayEnd, minute: 0, assumed: true, until: 24 };
}

function workdayEnd(s: Settings): TimeSpec {
  return { hour: s.workdayEnd, minute: 0, assumed: false };
}

function at(date: CivilDate, time: TimeSpec, s: Settings): number {
  if (time.offset !== undefined) {
    return Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute) - time.offset * MINUTE;
  }
  return zonedToEpoch(s.timeZone, date.year, date.month, date.day, time.hour, time.minute);
}

/** "today"/"this afternoon" after its default hour: the next full hour, while the part of the day lasts. */
function laterToday(time: TimeSpec, s: Settings): number | null {
  if (!time.assumed) return null;
  const next = s.today.hour + 1;
  if (next >= (time.until ?? 24)) return null;
  return zonedToEpoch(s.timeZone, s.today.year, s.today.month, s.today.day, next, 0);
}

function place(day: DaySpec, time: TimeSpec, s: Settings): number | null {
  switch (day.kind) {
    case 'date': {
      let date = day.date;
      // "Mar 3" written in December is next year's.
      if (!day.yearKnown && daysBetween(s.today, date) < 0) {
        date = {
          year: date.year + 1,
          month: date.month,
          day: Math.min(date.day, daysInMonth(date.year + 1, date.month)),
        };
      }
      const when = at(date, time, s);
      if (when > s.now) return when;
      return day.today && daysBetween(s.today, date) === 0 ? laterToday(time, s) : null;
    }
    case 'weekday': {
      let ahead = (day.weekday - s.today.weekday + 7) % 7;
      if (day.next && ahead === 0) ahead = 7;
      const when = at(addDays(s.today, ahead), time, s);
      return when > s.now ? when : at(addDays(s.today, ahead + 7), time, s);
    }
    case 'floating': {
      const when = at(s.today, time, s);
      if (when > s.now) return when;
      return day.today ? laterToday(time, s) : at(addDays(s.today, 1), time, s);
    }
  }
}

// ---- chrono results ----

const AMBIGUOUS_WEEKDAY = /^(?:sat|sun|wed|mon)$/;
const WEEKDAY_WORD = String.raw`(?:mon|tue|wed|thu|fri|sat|sun)\p{L}*\.?`;
const RANGE_BEFORE = new RegExp(String.raw`${WEEKDAY_WORD}\s*(?:-|–|to|through|thru)\s*$`, 'iu');
const RANGE_AFTER = new RegExp(String.raw`^\s*(?:-|–|to|through|thru)\s*${WEEKDAY_WORD}`, 'iu');
const DAY_CUE = /\b(?:on|by|this|next|before|until|till|for)\s+$/i;

function chronoDay(r: ParsedResult, text: string, s: Settings): DaySpec | null {
  const c = r.start;
  const tags = r.tags();
  if (
    tags.has('casualReference/yesterday') ||
    tags.has('casualReference/now') ||
    tags.has('result/relativeDate') ||
    /\b(?:last|past|previous)\b/i.test(r.text)
  ) {
    return null;
  }
  const today = tags.has('casualReference/today') || tags.has('casualReference/tonight');
  // "today"/"tomorrow" straight from the agent's calendar, not from chrono's machine-local arithmetic.
  if (today) return { kind: 'date', date: s.today, yearKnown: true, today };
  if (tags.has('casualReference/tomorrow')) {
    return { kind: 'date', date: addDays(s.today, 1), yearKnown: true, today: false };
  }
  if (c.isCertain('day')) {
    const date = { year: c.get('year') ?? 0, month: c.get('month') ?? 0, day: c.get('day') ?? 0 };
    return { kind: 'date', date, yearKnown: c.isCertain('year'), today: false };
  }
  if (c.isCertain('weekday')) {
    const before = text.slice(Math.max(0, r.index - 24), r.index);
    const after = text.slice(r.index + r.text.length, r.index + r.text.length + 24);
    // Opening hours ("Mon-Fri 9am-5pm") are not a promise.
    if (RANGE_BEFORE.test(before) || RANGE_AFTER.test(after)) return null;
    // "I sat down", "the sun", "newly wed": only with a cue ("on sat", "by wed").
    if (AMBIGUOUS_WEEKDAY.test(r.text) && !DAY_CUE.test(before)) return null;
    return { kind: 'weekday', weekday: c.get('weekday') ?? 0, next: /\bnext\b/i.test(r.text) };
  }
  if (c.isCertain('hour') || partOf(tags)) {
    return { kind: 'floating', today: /\bthis\b/i.test(r.text) || tags.has('casualReference/tonight') };
  }
  // A month or a year alone ("in May", "12/2024") is not a due time.
  return null;
}

function chronoTime(r: ParsedResult, s: Settings): TimeSpec | null {
  const c = r.start;
  const part = partOf(r.tags());
  if (c.isCertain('hour')) {
    let hour = c.get('hour') ?? 0;
    if (!c.isCertain('meridiem') && hour < 12) {
      if (part === 'afternoon' || part === 'evening') hour += 12;
      // "call at 5" in a support queue is 5 pm; "07:30" with its zero is a 24-hour time.
      else if (!part && hour >= 1 && hour <= 7 && !/\b0\d(?:[:.h]|\s*$)/.test(r.text)) hour += 12;
    }
    const time: TimeSpec = { hour, minute: c.get('minute') ?? 0, assumed: false };
    const offset = c.isCertain('timezoneOffset') ? c.get('timezoneOffset') : null;
    if (offset !== null) time.offset = offset;
    return time;
  }
  return part ? partTime(part, s) : null;
}

// "Thurs am", "Monday pm": a part of the day in two letters, which chrono leaves out.
const HALF_DAY_AFTER = /^\s*(?:(a)|p)\.?m\.?(?![\p{L}\p{N}])/iu;

function chronoCandidate(r: ParsedResult, text: string, s: Settings): Candidate {
  const end = r.index + r.text.length;
  const half = r.start.isCertain('hour') || partOf(r.tags()) ? null : HALF_DAY_AFTER.exec(text.slice(end));
  return {
    start: r.index,
    end: end + (half?.[0].length ?? 0),
    resolve: () => {
      const day = chronoDay(r, text, s);
      if (!day) return null;
      const halfDay = half ? partTime(half[1] ? 'morning' : 'afternoon', s) : null;
      const time = chronoTime(r, s) ?? halfDay ?? dayDefault(s);
      const dueAt = place(day, time, s);
      return dueAt === null ? null : { dueAt, assumedTime: time.assumed };
    },
  };
}

// ---- phrases chrono does not read as promises ----

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

const GAP = /^[\s,]*(?:(?:on|this|by|at|before|the|@)\s*)*$/i;

function span(r: ParsedResult): { start: number; end: number } {
  return { start: r.index, end: r.index + r.text.length };
}

/** A chrono result right before or after `m` (only joining words between), e.g. "Friday" in "EOD Friday". */
function adjacent(m: PhraseMatch, results: ParsedResult[], text: string): ParsedResult | undefined {
  return results.find((r) => {
    const { start, end } = span(r);
    if (end <= m.start) return m.start - end <= 12 && GAP.test(text.slice(end, m.start));
    if (start >= m.end) return start - m.end <= 12 && GAP.test(text.slice(m.end, start));
    return false;
  });
}

function monday(s: Settings, weeksAhead: number): CivilDate {
  // Monday of this week (ISO weeks: Sunday belongs to the week before) plus whole weeks.
  return addDays(s.today, -((s.today.weekday + 6) % 7) + 7 * weeksAhead);
}

function addBusinessDays(from: CivilDate, count: number): CivilDate {
  let date = from;
  for (let left = count; left > 0; ) {
    date = addDays(date, 1);
    const weekday = weekdayOf(date);
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return date;
}

function addMonths(from: CivilDate, months: number): CivilDate {
  const index = from.year * 12 + (from.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(from.day, daysInMonth(year, month)) };
}

/** The day a duration of whole days, weeks, months or business days ends, or an exact instant. */
function durationEnd(m: Extract<PhraseMatch, { kind: 'duration' }>, s: Settings): CivilDate | number | null {
  const { amount, unit } = m;
  switch (unit) {
    case 'minute':
      return s.now + Math.round(amount * MINUTE);
    case 'hour':
      return s.now + Math.round(amount * HOUR);
    case 'day':
      // Half a day is hours; a day and a half is the second day.
      return amount < 1 ? s.now + Math.round(amount * 24 * HOUR) : addDays(s.today, Math.ceil(amount));
    case 'week':
      return addDays(s.today, Math.round(amount * 7));
    case 'month':
      return Number.isInteger(amount)
        ? addMonths(s.today, amount)
        : addDays(s.today, Math.round(amount * 30));
    case 'business-day':
      return amount > 2600 ? null : addBusinessDays(s.today, Math.ceil(amount));
  }
}

function phraseCandidate(
  m: PhraseMatch,
  results: ParsedResult[],
  used: Set<ParsedResult>,
  text: string,
  s: Settings,
): Candidate | null {
  const inside = results.filter((r) => overlaps(span(r), m));
  for (const r of inside) used.add(r);
  let start = m.start;
  let end = m.end;
  const take = (r: ParsedResult): void => {
    used.add(r);
    start = Math.min(start, r.index);
    end = Math.max(end, r.index + r.text.length);
  };
  // A clock time written with a day-level phrase: "in 2 days at 3pm", "next week Tuesday 10am".
  const attachTime = (): TimeSpec | null => {
    const within = inside.find((r) => r.start.isCertain('hour'));
    if (within) {
      take(within);
      return chronoTime(within, s);
    }
    const r = adjacent(m, results, text);
    const timeOnly = r && !r.start.isCertain('day') && !r.start.isCertain('weekday');
    if (!r || r.index < m.end || used.has(r) || !timeOnly || !r.start.isCertain('hour')) return null;
    take(r);
    return chronoTime(r, s);
  };
  // The day an "EOD"/"first thing" refers to: "EOD Friday", "end of tomorrow", "tomorrow first thing".
  const attachDay = (): DaySpec | null => {
    const r = adjacent(m, results, text);
    if (!r || used.has(r) || r.start.isCertain('hour')) return null;
    const day = chronoDay(r, text, s);
    if (day && day.kind !== 'floating') take(r);
    return day && day.kind !== 'floating' ? day : null;
  };
  const placed = (day: DaySpec, time: TimeSpec): Resolved | null => {
    const dueAt = place(day, time, s);
    return dueAt === null ? null : { dueAt, assumedTime: time.assumed };
  };

  let resolve: () => Resolved | null;
  switch (m.kind) {
    case 'blocked':
      return null;
    case 'duration': {
      const ends = durationEnd(m, s);
      if (typeof ends === 'number') {
        resolve = () => ({ dueAt: ends, assumedTime: false });
      } else if (ends === null) {
        return null;
      } else {
        const time = attachTime() ?? dayDefault(s);
        resolve = () => placed({ kind: 'date', date: ends, yearKnown: true, today: false }, time);
      }
      break;
    }
    case 'end-of-day':
    case 'end-of': {
      const day = attachDay();
      if (!day && m.kind === 'end-of') return null;
      resolve = () => placed(day ?? { kind: 'floating', today: false }, workdayEnd(s));
      break;
    }
    case 'first-thing': {
      const day = attachDay();
      resolve = () => placed(day ?? { kind: 'floating', today: false }, partTime('morning', s));
      break;
    }
    case 'next-week': {
      // "next week" is Monday morning; "Tuesday next week" is that Tuesday, like any day alone.
      // chrono reads "Tuesday next week" as one weekday; "next week (on) Tuesday" as two results.
      const isWeekday = (r: ParsedResult): boolean =>
        r.start.isCertain('weekday') && !r.start.isCertain('day');
      const near = adjacent(m, results, text);
      const named = inside.find(isWeekday) ?? (near && !used.has(near) && isWeekday(near) ? near : undefined);
      const day = named ? chronoDay(named, text, s) : null;
      const weekStart = monday(s, 1);
      if (named && day?.kind === 'weekday') {
        take(named);
        const date = addDays(weekStart, (day.weekday + 6) % 7);
        const time = chronoTime(named, s) ?? attachTime() ?? dayDefault(s);
        resolve = () => placed({ kind: 'date', date, yearKnown: true, today: false }, time);
      } else {
        const time = attachTime() ?? partTime('morning', s);
        resolve = () => placed({ kind: 'date', date: weekStart, yearKnown: true, today: false }, time);
      }
      break;
    }
    case 'end-of-week': {
      const time = m.named ? workdayEnd(s) : dayDefault(s);
      const day: DaySpec = m.next
        ? { kind: 'date', date: addDays(monday(s, 1), 4), yearKnown: true, today: false }
        : { kind: 'weekday', weekday: 5, next: false };
      resolve = () => placed(day, time);
      break;
    }
    case 'end-of-month': {
      const time = attachTime() ?? workdayEnd(s);
      resolve = () => {
        const thisMonth = { ...s.today, day: daysInMonth(s.today.year, s.today.month) };
        const nextMonth = addMonths({ ...s.today, day: 1 }, 1);
        const dueAt = at(thisMonth, time, s);
        if (dueAt > s.now) return { dueAt, assumedTime: time.assumed };
        const later = { ...nextMonth, day: daysInMonth(nextMonth.year, nextMonth.month) };
        return { dueAt: at(later, time, s), assumedTime: time.assumed };
      };
      break;
    }
  }
  return { start, end, resolve };
}

// "by Friday", "no later than 3pm": the connective belongs to the promise the agent sees highlighted.
const LEAD = /(?:^|[^\p{L}\p{N}])((?:by|before|no\s+later\s+than|not\s+later\s+than)\s+)$/iu;

function parseChrono(text: string, s: Settings, dayFirst: boolean): ParsedResult[] {
  try {
    const engine = dayFirst ? GB : casual;
    return engine.parse(text, { instant: new Date(s.now), timezone: offsetMinutes(s.now, s.timeZone) });
  } catch {
    // chrono on odd input should not take the panel down; no time is a fine answer.
    return [];
  }
}

/**
 * The due time a note promises, or null. `now` and `timeZone` anchor every relative word; see the
 * header for the rules. Throws only for an invalid `timeZone`.
 */
export function parseDueTime(text: string, options: DueTimeOptions): DueTime | null {
  const { now, timeZone } = options;
  if (!Number.isFinite(now)) return null;
  const s: Settings = {
    now,
    timeZone,
    today: wallClock(now, timeZone),
    workdayEnd: clampHour(options.workdayEnd, 17),
    morning: clampHour(options.morning, 9),
  };
  const source = text.slice(0, MAX_TEXT);
  const results = parseChrono(source, s, options.dayFirst ?? false);
  const phrases = findPhrases(source);
  const used = new Set<ParsedResult>();
  const candidates: Candidate[] = [];
  for (const m of phrases) {
    const candidate = phraseCandidate(m, results, used, source, s);
    if (candidate) candidates.push(candidate);
  }
  for (const r of results) {
    if (!used.has(r)) candidates.push(chronoCandidate(r, source, s));
  }
  candidates.sort((a, b) => a.start - b.start);

  for (const candidate of candidates) {
    if (!readsAsPromise(source, candidate.start, candidate.end)) continue;
    const resolved = candidate.resolve();
    if (!resolved || !Number.isFinite(resolved.dueAt)) continue;
    if (resolved.dueAt <= now || resolved.dueAt > now + HORIZON) continue;
    const lead = LEAD.exec(source.slice(Math.max(0, candidate.start - 24), candidate.start));
    const start = candidate.start - (lead?.[1]?.length ?? 0);
    // chrono sometimes keeps a trailing comma ("Monday,").
    let end = candidate.end;
    while (end > start && /[\s,;:]/.test(source[end - 1] ?? '')) end -= 1;
    return {
      dueAt: resolved.dueAt,
      phrase: source.slice(start, end),
      range: [start, end],
      label: formatDue(resolved.dueAt, options),
      assumedTime: resolved.assumedTime,
    };
  }
  return null;
}

function clampHour(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isInteger(value) && value >= 0 && value <= 23 ? value : fallback;
}

export { formatDue } from './due-label';
