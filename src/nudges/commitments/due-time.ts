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
import type { ParsedResult } from 'chrono-node/en';
import { chronoCandidate, parseChrono } from './chrono-reading';
import { readsAsPromise } from './context';
import { formatDue } from './due-label';
import { phraseCandidate } from './phrase-reading';
import { findPhrases } from './phrases';
import { type Candidate, HOUR, type Settings } from './placing';
import { wallClock } from './zone';

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

/** Promises further out than this are not promises ("in 90000 days"). */
const HORIZON = 10 * 366 * 24 * HOUR;
/** Longer text is read up to here (a note is far shorter): chrono is linear, but not free. */
const MAX_TEXT = 50_000;

// "by Friday", "no later than 3pm": the connective belongs to the promise the agent sees highlighted.
const LEAD = /(?:^|[^\p{L}\p{N}])((?:by|before|no\s+later\s+than|not\s+later\s+than)\s+)$/iu;

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
