// A nudge dismissed or snoozed on a ticket stays quiet there: the mute is written in one transaction with
// what was muted before, and read back by the next panel.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { isMuted, loadMutes, mute, nudgeKey, SNOOZE_FOR } from '../../../src/sidepanel/nudge-mutes';

describe('nudge mutes', () => {
  const now = Date.UTC(2026, 11, 7, 9);
  const dismissed = nudgeKey('desk#41', { kind: 'within-limit', rule: 'refund' });
  const snoozed = nudgeKey('desk#41', { kind: 'handoff' });

  it('keeps a dismissal and a snooze on the same ticket, each for its time', async () => {
    const afterFirst = await mute(dismissed, false, now);
    expect(isMuted(afterFirst, dismissed, now)).toBe(true);
    await mute(snoozed, true, now);
    const read = await loadMutes(now + 1);
    expect(isMuted(read, dismissed, now + 1)).toBe(true);
    expect(isMuted(read, snoozed, now + 1)).toBe(true);
    // The snooze ends after its hour; the dismissal does not.
    const later = now + SNOOZE_FOR + 1;
    expect(isMuted(await loadMutes(later), snoozed, later)).toBe(false);
    expect(isMuted(await loadMutes(later), dismissed, later)).toBe(true);
    // Another ticket is not muted by them.
    expect(isMuted(read, nudgeKey('desk#42', { kind: 'handoff' }), now + 1)).toBe(false);
  });
});
