// The promise phrases chrono does not read ("EOD", "first thing", "in 3 business days", "next week",
// "end of the month"), turned into candidates, with a day or clock time chrono found next to them.
import type { ParsedResult } from 'chrono-node/en';
import { chronoDay, chronoTime } from './chrono-reading';
import type { PhraseMatch } from './phrases';
import {
  addBusinessDays,
  addMonths,
  at,
  type Candidate,
  type DaySpec,
  dayDefault,
  HOUR,
  MINUTE,
  monday,
  partTime,
  place,
  type Resolved,
  type Settings,
  type TimeSpec,
  workdayEnd,
} from './placing';
import { addDays, type CivilDate, daysInMonth } from './zone';

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

export function phraseCandidate(
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
