// Due times as the agent reads them, in their zone and language. Apart from the parser (chrono-node), so
// the panel can label commitments without loading it.
import { t, uiLanguage } from '../../shared/i18n';
import type { DueTimeOptions } from './due-time';
import { daysBetween, wallClock } from './zone';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
let localeHour12: boolean | undefined;

function defaultHour12(): boolean {
  localeHour12 ??= new Intl.DateTimeFormat(undefined, { hour: 'numeric' }).resolvedOptions().hour12 ?? false;
  return localeHour12;
}

function clock(hour: number, minute: number, hour12: boolean): string {
  const mm = String(minute).padStart(2, '0');
  if (!hour12) return `${String(hour).padStart(2, '0')}:${mm}`;
  return `${hour % 12 || 12}:${mm} ${hour < 12 ? 'AM' : 'PM'}`;
}

/** Short weekday and month names: fixed in English, from Intl in the agent's other languages. */
function dayNames(date: { year: number; month: number; day: number; weekday: number }) {
  const language = uiLanguage();
  if (/^en\b/i.test(language)) return { weekday: WEEKDAYS[date.weekday], month: MONTHS[date.month - 1] };
  const at = new Date(Date.UTC(date.year, date.month - 1, date.day, 12));
  const name = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }).format(at).replace(/\.$/, '');
  return { weekday: name({ weekday: 'short' }), month: name({ month: 'short' }) };
}

/**
 * A due time as the agent reads it, in their zone: "today 3:00 PM", "tomorrow 15:00",
 * "Fri 28 Nov, 9:00 AM", "Mon 4 Jan 2027, 09:00" (the year only when it is not this year's).
 */
export function formatDue(
  dueAt: number,
  options: Pick<DueTimeOptions, 'timeZone' | 'hour12' | 'now'>,
): string {
  const due = wallClock(dueAt, options.timeZone);
  const today = wallClock(options.now, options.timeZone);
  const time = clock(due.hour, due.minute, options.hour12 ?? defaultHour12());
  const days = daysBetween(today, due);
  if (days === 0) return t('panelDueToday', time);
  if (days === 1) return t('panelDueTomorrow', time);
  if (days === -1) return t('panelDueYesterday', time);
  const { weekday, month } = dayNames(due);
  return due.year === today.year
    ? t('panelDueDate', weekday ?? '', due.day, month ?? '', time)
    : t('panelDueDateYear', weekday ?? '', due.day, month ?? '', due.year, time);
}
