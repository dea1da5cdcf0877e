import { describe, expect, it } from 'vitest';
import { scoreFile } from '../../../src/cli/eval-nudges';

describe('scoring one labelled file before it is registered', () => {
  it("counts a found handoff and a missed can't apart, per kind, and names the case it got wrong", async () => {
    const { phrases, opinion } = await scoreFile(
      [
        {
          id: 'a',
          draft: 'You will need to call your bank directly about that charge.',
          expect: ['handoff'],
        },
        { id: 'b', draft: "I'll ring you back on Thursday once the refund has gone through.", expect: [] },
        {
          id: 'c',
          draft: "I'll ring you back on Thursday once the refund has gone through.",
          expect: ['cant'],
        },
      ],
      false,
    );
    expect(opinion).toBeUndefined();
    expect(phrases.cases).toBe(3);
    expect(phrases.kinds.handoff).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(phrases.kinds.cant).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(phrases.errors.map((e) => e.id)).toEqual(['c']);
  });
});
