// The secrets of connected help centers live in the extension's local storage only: never in the
// database (so never in a pack, an export or a backup of it), and read only by the worker that sends
// each one to its own help center's origin (src/background/connectors/http.ts).
import browser from '../shared/browser';
import type { HelpCenterSecret } from '../shared/help-center';

const key = (id: string) => `helpCenterSecret:${id}`;

export async function readSecret(id: string): Promise<HelpCenterSecret | undefined> {
  const stored = await browser.storage.local.get(key(id));
  const value = stored[key(id)] as HelpCenterSecret | undefined;
  return typeof value?.token === 'string' && value.token !== '' ? value : undefined;
}

export async function saveSecret(id: string, secret: HelpCenterSecret): Promise<void> {
  await browser.storage.local.set({ [key(id)]: { token: secret.token } });
}

export async function forgetSecret(id: string): Promise<void> {
  await browser.storage.local.remove(key(id));
}
