// A promise that came due while the browser was closed notifies once after a restart: never lost,
// never twice.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { launchExtension, newProfile } from '../../scripts/chromium';

const profile = newProfile();
afterAll(() => rmSync(profile, { recursive: true, force: true }));

async function reminderRecord(ext: Awaited<ReturnType<typeof launchExtension>>) {
  const panel = await ext.openPanel();
  await panel.getByRole('region', { name: 'My cases' }).waitFor();
  const state = await panel.evaluate(
    () =>
      new Promise<unknown>((done, fail) => {
        const open = indexedDB.open('ownit');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('settings').objectStore('settings').get('reminderState');
          get.onsuccess = () => done(get.result?.value ?? null);
          get.onerror = () => fail(get.error);
        };
      }),
  );
  await panel.close();
  return state as { notified: Record<string, number> } | null;
}

describe('reminders across restarts', () => {
  it('notifies once for a promise that came due while the browser was closed', async () => {
    const first = await launchExtension({ profile });
    const panel = await first.openPanel();
    await panel.getByRole('button', { name: 'I own this' }).click();
    await panel.getByRole('textbox', { name: 'Note' }).fill('Call the customer back in 2 hours');
    await panel.getByRole('button', { name: 'Save' }).click();
    await panel.getByRole('list', { name: 'Open commitments' }).waitFor();
    // Move the promise into the past, as if its time came while the browser was closed.
    const dueAt = Date.now() - 60 * 60_000;
    await panel.evaluate(
      (due) =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open('ownit');
          open.onsuccess = () => {
            const tx = open.result.transaction('notes', 'readwrite');
            const store = tx.objectStore('notes');
            const all = store.getAll();
            all.onsuccess = () => {
              for (const note of all.result)
                store.put({ ...note, commitment: { ...note.commitment, dueAt: due } });
            };
            tx.oncomplete = () => done();
            tx.onerror = () => fail(tx.error);
          };
        }),
      dueAt,
    );
    await first.close();

    const second = await launchExtension({ profile });
    await expect
      .poll(async () => Object.values((await reminderRecord(second))?.notified ?? {}))
      .toEqual([dueAt]);
    const badge = await second.worker.evaluate(() => chrome.action.getBadgeText({}));
    expect(badge).toBe('1');
    await second.close();

    const third = await launchExtension({ profile });
    // The worker re-plans on start; the record must stay the same (no second notification).
    await third.worker.evaluate(() => new Promise((done) => setTimeout(done, 1_500)));
    expect(Object.values((await reminderRecord(third))?.notified ?? {})).toEqual([dueAt]);
    const notes = await third.worker.evaluate(() => chrome.notifications.getAll());
    expect(Object.keys(notes).length).toBeLessThanOrEqual(1);
    await third.close();
  });
});
