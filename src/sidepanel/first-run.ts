// Whether the welcome is due: the worker marks it `pending` when the extension is installed (not on an
// update), and the panel marks it `done` when the agent finishes or skips it. Extension storage, not
// the database, so the panel's first paint asks one small question.
import browser from '../shared/browser';

export const WELCOME_KEY = 'welcome';

export async function welcomePending(): Promise<boolean> {
  const found = await browser.storage.local.get(WELCOME_KEY);
  return found[WELCOME_KEY] === 'pending';
}

export async function finishWelcome(): Promise<void> {
  await browser.storage.local.set({ [WELCOME_KEY]: 'done' });
}
