// chrono-node's dates and clock times, read as a promise's day and time: past references, opening hours
// and words that only look like weekdays ("I sat down") give none.
import { casual, GB, type ParsedResult } from 'chrono-node/en';
import {
  type Candidate,
  type DaySpec,
  dayDefault,
  partOf,
  partTime,
  place,
  type Settings,
  type TimeSpec,
} from './placing';
import { addDays, offsetMinutes } from './zone';

const AMBIGUOUS_WEEKDAY = /^(?:sat|sun|wed|mon)$/;
const WEEKDAY_WORD = String.raw`(?:mon|tue|wed|thu|fri|sat|sun)\p{L}*\.?`;
const RANGE_BEFORE = new RegExp(String.raw`${WEEKDAY_WORD}\s*(?:-|–|to|through|thru)\s*$`, 'iu');
const RANGE_AFTER = new RegExp(String.raw`^\s*(?:-|–|to|through|thru)\s*${WEEKDAY_WORD}`, 'iu');
const DAY_CUE = /\b(?:on|by|this|next|before|until|till|for)\s+$/i;

export function chronoDay(r: ParsedResult, text: string, s: Settings): DaySpec | null {
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

export function chronoTime(r: ParsedResult, s: Settings): TimeSpec | null {
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

export function chronoCandidate(r: ParsedResult, text: string, s: Settings): Candidate {
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

export function parseChrono(text: string, s: Settings, dayFirst: boolean): ParsedResult[] {
  try {
    const engine = dayFirst ? GB : casual;
    return engine.parse(text, { instant: new Date(s.now), timezone: offsetMinutes(s.now, s.timeZone) });
  } catch {
    // chrono on odd input should not take the panel down; no time is a fine answer.
    return [];
  }
}
