// Calendar dates as the agent's own clock shows them.

/** Today as YYYY-MM-DD in the agent's own time zone (the review date is a calendar date). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
