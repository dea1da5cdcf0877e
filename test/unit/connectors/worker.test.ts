// The worker's side: the hourly alarm, "Sync now" by message from our own pages only (the router), the secret read
// from the extension's local storage, and a rate limit turned into an alarm at the time given.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HelpCenterSyncResult } from '../../../src/background/connectors/sync';
import { type FakeZendesk, fakeZendesk } from '../../fixtures/help-centers/servers';

type Listener = (...args: unknown[]) => unknown;
const alarms = new Map<string, { periodInMinutes?: number; when?: number }>();
const local = new Map<string, unknown>();
const onMessage: Listener[] = [];
const onAlarm: Listener[] = [];

const chromeFake = {
  runtime: {
    id: 'own-it',
    getURL: (path: string) => `chrome-extension://own-it/${path}`,
    onMessage: { addListener: (listener: Listener) => onMessage.push(listener) },
  },
  alarms: {
    onAlarm: { addListener: (listener: Listener) => onAlarm.push(listener) },
    get: async (name: string) => alarms.get(name),
    create: async (name: string, info: { periodInMinutes?: number; when?: number }) => {
      alarms.set(name, info);
    },
  },
  storage: {
    local: {
      get: async (key: string) => (local.has(key) ? { [key]: local.get(key) } : {}),
      set: async (items: Record<string, unknown>) => {
        for (const [key, value] of Object.entries(items)) local.set(key, value);
      },
      remove: async (key: string) => {
        local.delete(key);
      },
    },
  },
};

let server: FakeZendesk;
beforeAll(async () => {
  (globalThis as { chrome?: unknown }).chrome = chromeFake;
  server = await fakeZendesk(3);
  const { registerHelpCenterSync } = await import('../../../src/background/help-center-worker');
  const { registerRouter } = await import('../../../src/background/router');
  const { helpCenters } = await import('../../../src/storage/help-centers');
  const { saveSecret } = await import('../../../src/storage/help-center-secrets');
  const { database } = await import('../../../src/storage/db');
  await helpCenters.add(
    database(),
    {
      id: 'hc',
      kind: 'zendesk',
      base: server.url,
      email: server.email,
      addedAt: Date.now(),
      status: 'never',
    },
    'duplicate',
  );
  await saveSecret('hc', { token: 'zd-token-1' });
  registerHelpCenterSync();
  registerRouter();
});
afterAll(() => server?.close());

/** Sends a message as `url` would, and waits for the answer (or none). */
function send(message: unknown, url: string): Promise<unknown> {
  return new Promise((resolve) => {
    const kept = onMessage.map((listener) => listener(message, { id: 'own-it', url }, resolve));
    if (!kept.some(Boolean)) resolve('no answer');
  });
}

describe('the help-center worker', () => {
  it('schedules an hourly sync', async () => {
    await expect.poll(() => alarms.get('ownit:helpcenters')).toEqual({ periodInMinutes: 60 });
  });

  it('syncs on request from the options page, with the secret from local storage', async () => {
    const reply = (await send(
      { type: 'helpcenters/sync', id: 'hc' },
      'chrome-extension://own-it/src/options/index.html',
    )) as {
      ok: boolean;
      result: HelpCenterSyncResult;
    };
    expect(reply).toMatchObject({ ok: true, result: { status: 'ok', applied: { added: 3 } } });
  });

  it('ignores the request from anywhere else', async () => {
    server.resetCounters();
    expect(await send({ type: 'helpcenters/sync', id: 'hc' }, 'https://evil.example/')).toBe('no answer');
    expect(server.requests).toEqual([]);
  });

  it('sets an alarm for the time a rate limit gives, and syncs when it rings', async () => {
    server.limited = 1;
    server.retryAfter = '900';
    const before = Date.now();
    const reply = (await send(
      { type: 'helpcenters/sync', id: 'hc', full: true },
      'chrome-extension://own-it/src/options/index.html',
    )) as {
      result: HelpCenterSyncResult;
    };
    expect(reply.result).toMatchObject({ status: 'error', problem: 'rate-limited' });
    const when = alarms.get('ownit:helpcenter-retry:hc')?.when ?? 0;
    expect(when).toBeGreaterThanOrEqual(before + 900_000);
    expect(when).toBeLessThan(Date.now() + 901_000);

    server.resetCounters();
    for (const listener of onAlarm) listener({ name: 'ownit:helpcenter-retry:hc' });
    await expect.poll(() => server.requests.length).toBeGreaterThan(0);
  });
});
