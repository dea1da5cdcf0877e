import { afterEach, describe, expect, it, vi } from 'vitest';
import { agentClock, labelDue, readDueTime, setAgentTimeZone } from '../../../src/sidepanel/due-time';
import { effectiveTimeZone } from '../../../src/storage/settings-profile';

// The panel asks the worker to read due times; here the "worker" is the parser itself, called the way
// src/background/router.ts calls it.
vi.mock('../../../src/shared/browser', async () => {
  const { parseDueTime } = await import('../../../src/nudges/commitments/due-time');
  return {
    default: {
      runtime: {
        sendMessage: async (message: { text: string; now: number; timeZone: string; hour12: boolean }) =>
          parseDueTime(message.text, message),
      },
    },
  };
});

const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

afterEach(() => setAgentTimeZone(''));

describe('the time zone chosen in Settings', () => {
  it('wins over the browser’s when it is a real zone', () => {
    expect(effectiveTimeZone('Asia/Kolkata')).toBe('Asia/Kolkata');
    expect(effectiveTimeZone('')).toBe(browserZone);
    expect(effectiveTimeZone('Mars/Olympus_Mons')).toBe(browserZone);
  });

  it('is the zone due times are read and shown in', async () => {
    const now = Date.UTC(2026, 10, 26, 12, 0);
    setAgentTimeZone('Pacific/Auckland');
    expect(agentClock(now).timeZone).toBe('Pacific/Auckland');
    // 12:00 UTC is 01:00 the next day in Auckland (UTC+13 in November).
    const auckland = await labelDue(Date.UTC(2026, 10, 26, 20, 0), now);
    setAgentTimeZone('America/New_York');
    const newYork = await labelDue(Date.UTC(2026, 10, 26, 20, 0), now);
    expect(auckland).not.toBe(newYork);
    expect(newYork).toMatch(/3:00|15:00/);
    expect(auckland).toMatch(/9:00|09:00/);
  });

  it('reads a promise in that zone, through the worker', async () => {
    const now = Date.UTC(2026, 10, 26, 12, 0); // Thursday
    setAgentTimeZone('America/New_York');
    const due = await readDueTime('I will call you back tomorrow at 3pm', now);
    expect(due?.dueAt).toBe(Date.UTC(2026, 10, 27, 20, 0)); // 3 pm in New York (UTC-5)
    setAgentTimeZone('Europe/Berlin');
    expect((await readDueTime('call back tomorrow at 3pm', now))?.dueAt).toBe(Date.UTC(2026, 10, 27, 14, 0));
    expect(await readDueTime('thanks for your patience', now)).toBeNull();
  });
});
