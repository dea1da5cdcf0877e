// Reminder planning for commitments: which alarms to create or clear, which reminders to show now, and
// the badge count. Pure: the service worker reads the notes, `chrome.alarms.getAll()` and the stored
// state, calls planReminders with the current time, applies the plan and stores `nextState`.
//
// The worker can be stopped at any moment and the browser closed for days, so nothing here relies on
// memory or on an alarm having fired: every run compares what should exist with what does.
// - An open commitment due in the future has exactly one alarm (named alarmName(id)) at its effective
//   due time (snoozedUntil ?? dueAt). Creating an alarm with an existing name replaces it, so a re-armed
//   alarm is only ever in alarmsToCreate, never also in alarmsToClear.
// - An open commitment whose effective due time has come (≤ now) is notified once: `nextState.notified`
//   records the due time notified per note, and the same due time never notifies again. A new due time
//   (a snooze, a reschedule) notifies once more. The old record is kept until then, so undoing a snooze
//   back to an already-notified time does not notify twice.
// - Done and missed commitments lose their alarm and their record; alarms of notes that no longer exist
//   are cleared. Other alarms (not named "commitment:…") are never touched.
// - `commitments` must list every note that has a commitment: a note missing from it counts as deleted.
//   When the same note appears twice, the last entry wins.
import { startOfNextDay } from '../nudges/commitments/zone';

export interface OpenCommitment {
  noteId: string;
  dueAt: number;
  snoozedUntil?: number;
  status: 'open' | 'done' | 'missed';
}

export interface ReminderState {
  /** noteId -> dueAt that was already notified (so each due time notifies once) */
  notified: Record<string, number>;
}

export interface ReminderPlan {
  alarmsToCreate: { name: string; when: number }[];
  alarmsToClear: string[];
  /** noteIds */
  notifyNow: string[];
  nextState: ReminderState;
  badgeCount: number;
}

export interface ReminderInput {
  commitments: OpenCommitment[];
  existingAlarms: { name: string; scheduledTime: number }[];
  state: ReminderState;
  /** Epoch ms: the injectable clock. */
  now: number;
  /** The agent's IANA zone; "today" for the badge is this zone's calendar day. */
  timeZone: string;
}

const PREFIX = 'commitment:';

/**
 * How late an existing alarm may be and still count as armed (never early). Chrome delays alarms due within 30 s of
 * their creation to 30 s; without slack, re-planning every few seconds would keep pushing such an alarm.
 */
const ALARM_SLACK_AFTER = 60_000;

export const alarmName = (noteId: string): string => `${PREFIX}${noteId}`;

/** The note an alarm belongs to, or null for alarms that are not commitment reminders. */
export function noteIdFromAlarm(name: string): string | null {
  return name.startsWith(PREFIX) && name.length > PREFIX.length ? name.slice(PREFIX.length) : null;
}

/** When the commitment should remind: the snooze when there is one, otherwise the due time. */
export function effectiveDue(commitment: Pick<OpenCommitment, 'dueAt' | 'snoozedUntil'>): number {
  return commitment.snoozedUntil ?? commitment.dueAt;
}

function armedAt(times: number[], due: number): boolean {
  return times.length > 0 && times.every((t) => t >= due && t <= due + ALARM_SLACK_AFTER);
}

export function planReminders(input: ReminderInput): ReminderPlan {
  const { now, timeZone, state } = input;
  const endOfToday = startOfNextDay(now, timeZone);

  const byId = new Map<string, OpenCommitment>();
  for (const commitment of input.commitments) byId.set(commitment.noteId, commitment);

  // Commitment alarms by note (a list, in case the caller passes the same name twice).
  const alarms = new Map<string, number[]>();
  for (const alarm of input.existingAlarms) {
    const id = noteIdFromAlarm(alarm.name);
    if (id === null) continue;
    const times = alarms.get(id) ?? [];
    times.push(alarm.scheduledTime);
    alarms.set(id, times);
  }

  const alarmsToCreate: ReminderPlan['alarmsToCreate'] = [];
  const alarmsToClear = new Set<string>();
  const notifyNow: string[] = [];
  const notified = new Map<string, number>();
  let badgeCount = 0;

  for (const [id, commitment] of byId) {
    const name = alarmName(id);
    const times = alarms.get(id) ?? [];
    const previous = Object.hasOwn(state.notified, id) ? state.notified[id] : undefined;
    if (commitment.status !== 'open') {
      if (times.length > 0) alarmsToClear.add(name);
      continue;
    }
    if (previous !== undefined) notified.set(id, previous);
    const due = effectiveDue(commitment);
    if (!Number.isFinite(due)) {
      // No usable time: nothing to arm. The record stays so a repaired time is judged as before.
      if (times.length > 0) alarmsToClear.add(name);
      continue;
    }
    if (due > now) {
      if (!armedAt(times, due)) alarmsToCreate.push({ name, when: due });
    } else {
      if (previous !== due) {
        notifyNow.push(id);
        notified.set(id, due);
      }
      // An alarm left for a time that has passed would only wake the worker to do nothing.
      if (times.length > 0) alarmsToClear.add(name);
    }
    if (due < endOfToday) badgeCount += 1;
  }

  for (const id of alarms.keys()) {
    if (!byId.has(id)) alarmsToClear.add(alarmName(id));
  }

  return {
    alarmsToCreate,
    alarmsToClear: [...alarmsToClear],
    notifyNow,
    nextState: { notified: Object.fromEntries(notified) },
    badgeCount,
  };
}
