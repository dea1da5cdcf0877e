// Calendar weeks in the agent's time zone, Monday first, for the Insights view's weekly series.

/** One calendar week: [start, end) in epoch ms. */
export interface Week {
  start: number;
  end: number;
}

/** Local midnight of the Monday on or before `ms`. */
export function startOfWeek(ms: number): number {
  const date = new Date(ms);
  const sinceMonday = (date.getDay() + 6) % 7;
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() - sinceMonday).getTime();
}

/** Local midnight of the Monday after the week that starts at `weekStart`. */
function nextWeek(weekStart: number): number {
  const date = new Date(weekStart);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + 7).getTime();
}

/**
 * The last `count` calendar weeks, oldest first; the last one is the current (partial) week. Its end is
 * next Monday, so anything stamped slightly in the future (another device's clock) still lands in it.
 */
export function lastWeeks(now: number, count: number): Week[] {
  const weeks: Week[] = [];
  let start = startOfWeek(now);
  for (let i = 0; i < count; i++) {
    const date = new Date(start);
    weeks.unshift({ start, end: nextWeek(start) });
    start = new Date(date.getFullYear(), date.getMonth(), date.getDate() - 7).getTime();
  }
  return weeks;
}

/** Index of the week holding `ms`, or -1 when it falls outside them. */
export function weekIndex(weeks: readonly Week[], ms: number): number {
  return weeks.findIndex((week) => ms >= week.start && ms < week.end);
}
