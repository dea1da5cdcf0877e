// What of a page's latest customer message the suggestion query keeps: a turn to a new matter after a
// thank-you, and not what the customer says they are not asking for.
import { describe, expect, it } from 'vitest';
import { queryFromPage } from '../../../src/search/page-query';

describe('the page query', () => {
  it('sets the subject aside when the message thanks for the earlier matter and turns with "But"', () => {
    const query = queryFromPage({
      subject: 'Lid cracked on delivery - replacement lid sent',
      customerMessage:
        "Hi again, so the replacement lid you sent fits fine, thanks for that. But now the blender itself has packed in: the motor hums and the blades don't turn.",
    });
    expect(query).toMatch(/\bblender\b/);
    expect(query).not.toMatch(/\bcracked\b/);
  });

  it('keeps the subject when the thank-you is not followed by a turn', () => {
    const query = queryFromPage({
      subject: 'Lid cracked on delivery',
      customerMessage: 'Thanks for that. The new lid cracked too, in the same place, after one use.',
    });
    expect(query).toMatch(/\bdelivery\b/);
  });

  it('leaves out what the customer says they are not asking for', () => {
    const query = queryFromPage({
      customerMessage:
        "Can you send me everything you hold about me? To be clear, I'm not asking you to erase anything or close my account, I just want to see it.",
    });
    expect(query).not.toMatch(/\b(?:erase|close)\b/);
    expect(query).toMatch(/\bhold\b/);
  });
});
