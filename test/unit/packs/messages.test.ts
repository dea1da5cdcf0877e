import { describe, expect, it } from 'vitest';
import { isPacksToWorker, isPanelToWorker } from '../../../src/shared/messages';

describe('the packs/sync message', () => {
  it('accepts a sync of all subscriptions or of one', () => {
    expect(isPacksToWorker({ type: 'packs/sync' })).toBe(true);
    expect(isPacksToWorker({ type: 'packs/sync', id: 'acme' })).toBe(true);
  });

  it.each([
    [null],
    ['packs/sync'],
    [{ type: 'packs/sync', id: 42 }],
    [{ type: 'packs/sync', id: '' }],
    [{ type: 'packs/sync', id: 'x'.repeat(101) }],
    [{ type: 'packs/delete-all' }],
  ])('rejects %j', (message) => {
    expect(isPacksToWorker(message)).toBe(false);
  });

  it('is not mistaken for a panel message by the router', () => {
    expect(isPanelToWorker({ type: 'packs/sync' })).toBe(false);
  });
});
