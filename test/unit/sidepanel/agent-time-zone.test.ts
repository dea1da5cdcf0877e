import { afterEach, describe, expect, it } from 'vitest';
import { agentClock, labelDue, setAgentTimeZone } from '../../../src/sidepanel/due-time';
import { effectiveTimeZone } from '../../../src/storage/settings-profile';

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
});
