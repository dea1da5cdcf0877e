import browser from '../shared/browser';

/** Tells the worker to re-plan reminders; it also does so on its own schedule, so a miss is harmless. */
export function commitmentsChanged(): void {
  browser.runtime.sendMessage({ type: 'panel/commitments-changed' }).catch(() => undefined);
}
