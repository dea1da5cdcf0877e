// Wall-clock arithmetic in an IANA time zone, independent of the machine's own zone.
// Commitments are promised in the agent's local time ("tomorrow 3pm" in Berlin); the instant behind a
// wall-clock time changes on DST days, so every conversion goes through Intl.DateTimeFormat.

/** A calendar day. month is 1–12. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** A wall-clock reading in a zone. weekday: 0 = Sunday … 6 = Saturday. */
export interface WallClock extends CivilDate {
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    // Throws a RangeError for an unknown zone: a wrong zone is a programming error, not a parse miss.
    found = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, found);
  }
  return found;
}

/** The wall clock in `timeZone` at `epoch` (ms). */
export function wallClock(epoch: number, timeZone: string): WallClock {
  const values: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(epoch)) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  const year = values.year ?? 1970;
  const month = values.month ?? 1;
  const day = values.day ?? 1;
  return {
    year,
    month,
    day,
    // Some engines print midnight as "24" even with h23.
    hour: (values.hour ?? 0) % 24,
    minute: values.minute ?? 0,
    second: values.second ?? 0,
    weekday: weekdayOf({ year, month, day }),
  };
}

/** The zone's offset from UTC at `epoch`, in minutes (Berlin in summer: 120, Kolkata: 330). */
export function offsetMinutes(epoch: number, timeZone: string): number {
  const w = wallClock(epoch, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(epoch / 1000) * 1000) / 60_000);
}

/**
 * The instant of a wall-clock time in `timeZone`. Out-of-range fields roll over (hour 24 is the next
 * day's midnight). A time that does not exist (the hour skipped when clocks go forward) moves forward
 * by the size of the gap, as a wall clock would: 02:30 on the Berlin spring-forward day is 03:30 CEST.
 * A time that happens twice (clocks go back) is the earlier of the two.
 */
export function zonedToEpoch(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
): number {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const wanted = new Date(guess);
  const before = offsetMinutes(guess - 86_400_000, timeZone);
  const after = offsetMinutes(guess + 86_400_000, timeZone);
  const matches = (epoch: number): boolean => {
    const w = wallClock(epoch, timeZone);
    return (
      w.year === wanted.getUTCFullYear() &&
      w.month === wanted.getUTCMonth() + 1 &&
      w.day === wanted.getUTCDate() &&
      w.hour === wanted.getUTCHours() &&
      w.minute === wanted.getUTCMinutes()
    );
  };
  const candidates = [...new Set([before, after])]
    .map((offset) => guess - offset * 60_000)
    .filter(matches)
    .sort((a, b) => a - b);
  // No candidate: the time falls in a gap; the offset in force before the gap moves it forward.
  return candidates[0] ?? guess - before * 60_000;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: CivilDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

export function addDays(date: CivilDate, days: number): CivilDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Whole calendar days from `a` to `b` (positive when b is later). */
export function daysBetween(a: CivilDate, b: CivilDate): number {
  return Math.round(
    (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000,
  );
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The instant the calendar day after `epoch`'s day begins in `timeZone` (local midnight, DST-aware). */
export function startOfNextDay(epoch: number, timeZone: string): number {
  const next = addDays(wallClock(epoch, timeZone), 1);
  return zonedToEpoch(timeZone, next.year, next.month, next.day);
}
