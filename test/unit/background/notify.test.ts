import { describe, expect, it, vi } from 'vitest';
import { type NotificationsApi, showNotification } from '../../../src/background/notify';

const REMINDER = {
  type: 'basic' as const,
  iconUrl: 'icons/icon-128.png',
  title: 'Promise due · #4821',
  message: 'Call back with the refund confirmation',
  buttons: [{ title: 'Done' }, { title: 'Snooze 15 min' }],
  requireInteraction: true,
};

/** Firefox's notifications: any `buttons` or `requireInteraction` is a type error. */
function firefoxLike() {
  const shown: object[] = [];
  const api: NotificationsApi = {
    create: vi.fn(async (id: string, options: object) => {
      for (const key of ['buttons', 'requireInteraction']) {
        if (key in options) throw new Error(`Type error: Property "${key}" is unsupported by Firefox`);
      }
      shown.push({ id, ...options });
      return id;
    }),
  };
  return { api, shown };
}

describe('showing a reminder notification', () => {
  it('keeps Done/Snooze buttons where the browser supports them (Chrome, Edge)', async () => {
    const create = vi.fn(async (id: string) => id);
    await showNotification('commitment:1', REMINDER, { create });
    expect(create).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledWith('commitment:1', REMINDER);
  });

  it('still shows the reminder in Firefox, without the options it rejects', async () => {
    const firefox = firefoxLike();
    await showNotification('commitment:1', REMINDER, firefox.api);
    expect(firefox.shown).toHaveLength(1);
    const [shown] = firefox.shown as Record<string, unknown>[];
    expect(shown).toMatchObject({ id: 'commitment:1', title: REMINDER.title, message: REMINDER.message });
    expect(shown).not.toHaveProperty('buttons');
    // The caller's options are left as they were.
    expect(REMINDER.buttons).toHaveLength(2);
  });

  it('passes on a failure that has nothing to do with those options', async () => {
    const create = vi.fn(async () => {
      throw new Error('icon not found');
    });
    const { buttons: _b, requireInteraction: _r, ...plain } = REMINDER;
    await expect(showNotification('commitment:1', plain, { create })).rejects.toThrow('icon not found');
    expect(create).toHaveBeenCalledTimes(1);
  });
});
