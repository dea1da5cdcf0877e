// Commitment reminders: alarms, notifications and the toolbar badge, all derived from the database on
// every run so a stopped worker or a closed browser loses nothing (see reminder-plan.ts).
import { t } from '../shared/i18n';
import type { Note } from '../shared/model';
import { webUrl } from '../shared/web-url';
import { database, type OwnItDatabase } from '../storage/db';
import { commitments, settings } from '../storage/repositories';
import { effectiveTimeZone, loadProfile } from '../storage/settings-profile';
import { showNotification } from './notify';
import { noteIdFromAlarm, planReminders, type ReminderState } from './reminder-plan';
import { openPanel } from './side-panel';

const STATE_KEY = 'reminderState';
const TICK = 'ownit:tick';
export const SNOOZE_MINUTES = 15;
const NOTIFICATION_PREFIX = 'commitment:';

async function timeZone(db: OwnItDatabase): Promise<string> {
  return effectiveTimeZone((await loadProfile(db)).timeZone);
}

async function notify(note: Note): Promise<void> {
  const title = note.ticketId ? t('workerPromiseDueTicket', note.ticketId) : t('workerPromiseDue');
  await showNotification(`${NOTIFICATION_PREFIX}${note.id}`, {
    type: 'basic',
    iconUrl: chrome.runtime.getURL('icons/icon-128.png'),
    title,
    message: note.commitment?.promise ?? note.text,
    contextMessage: [note.customer, note.subject].filter(Boolean).join(' · ') || note.site,
    buttons: [{ title: t('workerDone') }, { title: t('workerSnoozeMinutes', SNOOZE_MINUTES) }],
    requireInteraction: true,
    priority: 2,
  });
}

let running: Promise<void> | undefined;

/** Brings alarms, notifications and the badge in line with the database. Safe to call any time. */
export function reconcileReminders(now = Date.now()): Promise<void> {
  // One run at a time inside this worker; a second request waits for it and runs again.
  const previous = running ?? Promise.resolve();
  const next = previous.then(() => runOnce(now)).catch((error) => console.error('Own It: reminders', error));
  running = next;
  return next;
}

async function runOnce(now: number): Promise<void> {
  const db = database();
  const rows = await db.notes.where('commitment.status').anyOf('open', 'done', 'missed').toArray();
  const byId = new Map(rows.map((note) => [note.id, note]));
  const state = await settings.get<ReminderState>(db, STATE_KEY, { notified: {} });
  const plan = planReminders({
    commitments: rows.flatMap((note) =>
      note.commitment
        ? [
            {
              noteId: note.id,
              dueAt: note.commitment.dueAt,
              snoozedUntil: note.commitment.snoozedUntil,
              status: note.commitment.status,
            },
          ]
        : [],
    ),
    existingAlarms: await chrome.alarms.getAll(),
    state,
    now,
    timeZone: await timeZone(db),
  });
  await Promise.all(plan.alarmsToClear.map((name) => chrome.alarms.clear(name)));
  await Promise.all(plan.alarmsToCreate.map(({ name, when }) => chrome.alarms.create(name, { when })));
  // Notify before recording: a worker stopped in between shows the same notification id again
  // (which replaces it), rather than never showing it.
  for (const noteId of plan.notifyNow) {
    const note = byId.get(noteId);
    if (note) await notify(note).catch((error) => console.warn('Own It: notification failed', error));
  }
  await settings.set(db, STATE_KEY, plan.nextState);
  await chrome.action.setBadgeText({ text: plan.badgeCount > 0 ? String(plan.badgeCount) : '' });
  await chrome.action.setBadgeBackgroundColor({ color: '#b3261e' });
}

async function finish(noteId: string): Promise<void> {
  const db = database();
  await commitments.done(db, noteId); // records kept or late in the same transaction
}

export function registerReminders(): void {
  chrome.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TICK || noteIdFromAlarm(alarm.name)) void reconcileReminders();
  });
  chrome.notifications.onButtonClicked.addListener((id, button) => {
    if (!id.startsWith(NOTIFICATION_PREFIX)) return;
    const noteId = id.slice(NOTIFICATION_PREFIX.length);
    const action =
      button === 0
        ? finish(noteId)
        : commitments.snooze(database(), noteId, Date.now() + SNOOZE_MINUTES * 60_000);
    void action.then(() => chrome.notifications.clear(id)).then(() => reconcileReminders());
  });
  chrome.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(NOTIFICATION_PREFIX)) return;
    const noteId = id.slice(NOTIFICATION_PREFIX.length);
    void database()
      .notes.get(noteId)
      .then(async (note) => {
        // Only a web page is opened: a stored javascript:, data: or file: address is not.
        const url = webUrl(note?.url);
        if (!url) return;
        const tab = await chrome.tabs.create({ url });
        await openPanel(tab.windowId).catch(() => undefined);
      });
    void chrome.notifications.clear(id);
  });
  chrome.runtime.onStartup.addListener(() => void reconcileReminders());
  // The badge counts what is due "today": a periodic run keeps it right across midnight.
  void chrome.alarms.get(TICK).then((tick) => {
    if (!tick) void chrome.alarms.create(TICK, { periodInMinutes: 30 });
  });
}
