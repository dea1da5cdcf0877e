import { describe, expect, it } from 'vitest';
import {
  isMeaningAnswer,
  isMeaningRequest,
  MEANING_FROM_HOST,
  MEANING_TO_HOST,
  onChannel,
} from '../../../src/shared/messages';

describe('messages to and from the meaning host', () => {
  it('takes only well-formed requests', () => {
    expect(isMeaningRequest({ type: 'sync' })).toBe(true);
    expect(isMeaningRequest({ type: 'busy' })).toBe(true);
    expect(isMeaningRequest({ type: 'closeness', request: 'r1', text: 'card', candidates: ['a'] })).toBe(
      true,
    );
    expect(isMeaningRequest({ type: 'closeness', request: 'r1', text: 'card', candidates: [1] })).toBe(false);
    expect(
      isMeaningRequest({ type: 'closeness', request: 'r1', text: 'x'.repeat(20_001), candidates: [] }),
    ).toBe(false);
    expect(isMeaningRequest({ type: 'closeness', request: 'r1', text: 'card' })).toBe(false);
    // The panel and the tab it follows, when said, are a short id and a tab number.
    const asked = { type: 'closeness', request: 'r1', text: 'card', candidates: [] };
    expect(isMeaningRequest({ ...asked, panel: 'p1', tab: 12 })).toBe(true);
    expect(isMeaningRequest({ ...asked, panel: 'p1', tab: -1 })).toBe(false);
    expect(isMeaningRequest({ ...asked, panel: 'p1', tab: '12' })).toBe(false);
    expect(isMeaningRequest({ ...asked, panel: 'p'.repeat(101), tab: 12 })).toBe(false);
    // The customer's latest message, checked for small talk, is text of a bounded length.
    expect(isMeaningRequest({ ...asked, message: 'Thanks, all sorted!' })).toBe(true);
    expect(isMeaningRequest({ ...asked, message: 42 })).toBe(false);
    expect(isMeaningRequest({ ...asked, message: 'x'.repeat(20_001) })).toBe(false);
    expect(isMeaningRequest({ type: 'embed-everything' })).toBe(false);
    expect(isMeaningRequest(null)).toBe(false);
  });

  it('takes only well-formed answers', () => {
    expect(isMeaningAnswer({ type: 'status', status: { state: 'ready', total: 3, embedded: 0 } })).toBe(true);
    expect(isMeaningAnswer({ type: 'closeness', request: 'r1', closeness: null })).toBe(true);
    expect(isMeaningAnswer({ type: 'closeness', request: 'r1', closeness: [['a', 0.5]] })).toBe(true);
    expect(isMeaningAnswer({ type: 'closeness', request: 'r1', closeness: [], quiet: true })).toBe(true);
    expect(isMeaningAnswer({ type: 'closeness', request: 1, closeness: [] })).toBe(false);
    expect(isMeaningAnswer({ type: 'status' })).toBe(false);
  });

  it('takes only well-formed second-opinion requests and answers', () => {
    const ask = {
      type: 'opinion',
      request: 'r2',
      draft: 'Our claims team will take it from here.',
      found: [],
    };
    expect(isMeaningRequest(ask)).toBe(true);
    expect(isMeaningRequest({ ...ask, found: ['cant'] })).toBe(true);
    expect(isMeaningRequest({ ...ask, draft: 'x'.repeat(20_001) })).toBe(false);
    expect(isMeaningRequest({ ...ask, found: [1] })).toBe(false);
    expect(isMeaningRequest({ ...ask, found: undefined })).toBe(false);
    expect(isMeaningRequest({ ...ask, request: 'r'.repeat(101) })).toBe(false);

    const answer = { type: 'opinion', request: 'r2', picks: [{ kind: 'handoff', range: [0, 38] }] };
    expect(isMeaningAnswer(answer)).toBe(true);
    expect(isMeaningAnswer({ ...answer, picks: null })).toBe(true);
    expect(isMeaningAnswer({ ...answer, picks: [{ kind: 'within-limit', range: [0, 3] }] })).toBe(false);
    expect(isMeaningAnswer({ ...answer, picks: [{ kind: 'cant', range: [0] }] })).toBe(false);
    expect(isMeaningAnswer({ ...answer, picks: [{ kind: 'cant', range: [-1, 3] }] })).toBe(false);
    expect(isMeaningAnswer({ ...answer, picks: 'handoff' })).toBe(false);
  });

  it('opens only envelopes of its own channel', () => {
    expect(onChannel({ channel: MEANING_TO_HOST, message: { type: 'sync' } }, MEANING_TO_HOST)).toEqual({
      type: 'sync',
    });
    expect(
      onChannel({ channel: MEANING_FROM_HOST, message: { type: 'sync' } }, MEANING_TO_HOST),
    ).toBeUndefined();
    expect(onChannel({ type: 'panel/open-meaning' }, MEANING_TO_HOST)).toBeUndefined();
    expect(onChannel(null, MEANING_TO_HOST)).toBeUndefined();
  });
});
