import { describe, expect, it } from 'vitest';
import { isPanelToWorker } from '../../../src/shared/messages';

describe("the packs/sync message (answered by the worker's one listener)", () => {
  it('accepts a sync of all subscriptions or of one', () => {
    expect(isPanelToWorker({ type: 'packs/sync' })).toBe(true);
    expect(isPanelToWorker({ type: 'packs/sync', id: 'acme' })).toBe(true);
  });

  it.each([
    [null],
    ['packs/sync'],
    [{ type: 'packs/sync', id: 42 }],
    [{ type: 'packs/sync', id: '' }],
    [{ type: 'packs/sync', id: 'x'.repeat(101) }],
    [{ type: 'packs/delete-all' }],
  ])('rejects %j', (message) => {
    expect(isPanelToWorker(message)).toBe(false);
  });
});
