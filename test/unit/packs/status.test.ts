import { describe, expect, it } from 'vitest';
import { relativeTime, statusText } from '../../../src/options/pack-status';
import type { PackSubscription } from '../../../src/shared/model';
import { teamPack } from './fake-server';

const NOW = Date.UTC(2026, 10, 26, 12, 0);
const minutes = (n: number) => NOW - n * 60_000;
const when = (time: number) => new Date(time).toISOString().slice(11, 16);

const synced: PackSubscription = {
  id: 'acme',
  url: 'https://packs.example.com/acme.json',
  status: 'ok',
  lastSync: minutes(5),
  applied: teamPack('1', { returns: 'Returns policy' }),
};

describe('pack status words', () => {
  it.each([
    [0, 'just now'],
    [5, '5 minutes ago'],
    [59, '59 minutes ago'],
    [60 * 3 + 10, '3 hours ago'],
    [60 * 30, 'yesterday'],
    [60 * 24 * 4, '4 days ago'],
  ])('%i minutes ago reads “%s”', (ago, text) => {
    expect(relativeTime(minutes(ago), NOW)).toBe(text);
  });

  it('says how fresh a synced pack is', () => {
    expect(statusText(synced, NOW, when)).toBe('synced 5 minutes ago');
    expect(statusText({ ...synced, status: 'never', lastSync: undefined }, NOW, when)).toBe('not synced yet');
  });

  it('an unreachable host: the copy in use and when it was synced', () => {
    const down: PackSubscription = {
      ...synced,
      status: 'error',
      problem: 'unreachable',
      message: 'HTTP 503',
    };
    expect(statusText(down, NOW, when)).toBe('unreachable, using the copy from 11:55 (HTTP 503)');
    expect(statusText({ ...down, applied: undefined, lastSync: undefined }, NOW, when)).toBe(
      'unreachable, nothing synced yet (HTTP 503)',
    );
  });

  it('a refused pack says why', () => {
    const refused: PackSubscription = {
      ...synced,
      status: 'error',
      problem: 'rejected',
      message: 'it is not valid JSON',
    };
    expect(statusText(refused, NOW, when)).toBe('rejected: it is not valid JSON (using the copy from 11:55)');
  });
});
