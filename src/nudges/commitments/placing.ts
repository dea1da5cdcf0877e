// Where a promise lands in the agent's calendar: a day (a date, a weekday, or none written) and a time
// of day (written, or a default for the part of the day), placed in the agent's IANA zone, always ahead.
import {
  addDays,
  type CivilDate,
  daysBetween,
  daysInMonth,
  type WallClock,
  weekdayOf,
  zonedToEpoch,
} from './zone';

export const AFTERNOON = 14;
export const EVENING = 18;
export const HOUR = 3_600_000;
export const MINUTE = 60_000;

export interface Settings {
  now: number;
  timeZone: string;
  today: WallClock;
  workdayEnd: number;
  morning: number;
}

/** When in the day: a written clock time or a default hour. */
export interface TimeSpec {
  hour: number;
  minute: number;
  assumed: boolean;
  /** A zone written with the time ("3pm EST"), minutes east of UTC. */
  offset?: number;
  /** For "today"/"this afternoon" once the default hour has passed: propose the next full hour before this. */
  until?: number;
}

/** Which day. */
export type DaySpec =
  /** today: the phrase names today ("today", "tonight"), so it never rolls to another day. */
  | { kind: 'date'; date: CivilDate; yearKnown: boolean; today: boolean }
  | { kind: 'weekday'; weekday: number; next: boolean }
  /** No day written ("at 3pm", "EOD", "in the morning"): today if still ahead, else tomorrow. today: "this …". */
  | { kind: 'floating'; today: boolean };

export interface Resolved {
  dueAt: number;
  assumedTime: boolean;
}

export interface Candidate {
  start: number;
  end: number;
  resolve: () => Resolved | null;
}

export type Part = 'morning' | 'afternoon' | 'evening';

export function partOf(tags: Set<string>): Part | undefined {
  if (tags.has('casualReference/morning')) return 'morning';
  if (tags.has('casualReference/afternoon')) return 'afternoon';
  if (tags.has('casualReference/evening') || tags.has('casualReference/tonight')) return 'evening';
  return undefined;
}

export function partTime(part: Part, s: Settings): TimeSpec {
  if (part === 'morning') return { hour: s.morning, minute: 0, assumed: true, until: 12 };
  if (part === 'afternoon') return { hour: AFTERNOON, minute: 0, assumed: true, until: EVENING };
  return { hour: EVENING, minute: 0, assumed: true, until: 24 };
}

export function dayDefault(s: Settings): TimeSpec {
  return { hour: s.workdayEnd, minute: 0, assumed: true, until: 24 };
}

export function workdayEnd(s: Settings): TimeSpec {
  return { hour: s.workdayEnd, minute: 0, assumed: false };
}

export function at(date: CivilDate, time: TimeSpec, s: Settings): number {
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

export function place(day: DaySpec, time: TimeSpec, s: Settings): number | null {
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

export function monday(s: Settings, weeksAhead: number): CivilDate {
  // Monday of this week (ISO weeks: Sunday belongs to the week before) plus whole weeks.
  return addDays(s.today, -((s.today.weekday + 6) % 7) + 7 * weeksAhead);
}

export function addBusinessDays(from: CivilDate, count: number): CivilDate {
  let date = from;
  for (let left = count; left > 0; ) {
    date = addDays(date, 1);
    const weekday = weekdayOf(date);
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return date;
}

export function addMonths(from: CivilDate, months: number): CivilDate {
  const index = from.year * 12 + (from.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(from.day, daysInMonth(year, month)) };
}
