// What of a page's latest customer message the suggestion query keeps: a turn to a new matter after a
// thank-you, and not what the customer says they are not asking for.
import { describe, expect, it } from 'vitest';
import { queryFromPage } from '../../../src/search/page-query';
import { messageTerms } from '../../../src/search/run-suggest';

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

  it('leaves out what the customer would rather not have, and an account they do not want closed', () => {
    const query = queryFromPage({
      customerMessage:
        "I saw the same espresso machine for $50 less elsewhere, could you give me the difference? I'd rather not go through sending it back and reordering. I don't want my order cancelled, I just want the difference.",
    });
    expect(query).not.toMatch(/\b(?:sending|reordering|cancelled)\b/);
    expect(query).toMatch(/\bdifference\b/);
    // Without a turn to what they do want, a "don't want" states the problem and stays.
    expect(queryFromPage({ customerMessage: "I don't want my card charged twice again." })).toMatch(
      /\bcharged\b/,
    );
  });

  it("sets aside a subject that is the shop's own notice named by its kind", () => {
    const message =
      "I'm moving out of my flat this Friday, the new place is 27 Harrow Lane. Can the courier drop my boots there instead?";
    for (const subject of ['Order 55120 – shipping confirmation', 'Order confirmation #CS-30417']) {
      expect(queryFromPage({ subject, customerMessage: message })).not.toMatch(/\bconfirmation\b/);
    }
    // A subject that says something is wrong is the customer's own and stays.
    expect(queryFromPage({ subject: 'Order confirmation not received', customerMessage: message })).toMatch(
      /\bconfirmation\b/,
    );
  });

  it('turns to a new matter at "Something different now:"', () => {
    const query = queryFromPage({
      subject: 'Invoice for order 88172',
      customerMessage:
        'Thanks for the invoice last week, that was fine.\nSomething different now: I would like to know exactly what information your company keeps about me and who you passed it on to.',
    });
    expect(query).not.toMatch(/\binvoice\b/);
    expect(query).toMatch(/\binformation\b/);
  });

  it('turns to a new matter at "Something else though -"', () => {
    const query = queryFromPage({
      subject: 'Points from my March order not showing',
      customerMessage:
        'Yes I can see them now, thank you! Something else though - a friend gave me one of your gift vouchers and the checkout says there is nothing left on it.',
    });
    expect(query).not.toMatch(/\bpoints\b/);
    expect(query).toMatch(/\bvouchers?\b/);
  });

  it("adds a support phrase's canonical wording, again when the customer wrote it, so the ask weighs more", () => {
    // A customer sent the wrong plug twice who asks for a refund: the refund articles must not fall below
    // the delivery and fault playbooks (test/e2e/panel.test.ts); the refund word counts twice.
    const query = queryFromPage({ customerMessage: "At this point I'd just like a refund for the charger." });
    expect(query.split(' ').filter((word) => word === 'refund').length).toBeGreaterThanOrEqual(2);
    expect(queryFromPage({ customerMessage: 'The courier left it somewhere.' }).split(' ')).toContain(
      'shipping',
    );
  });

  it('bridges complaint words to "complaint"', () => {
    const query = queryFromPage({
      customerMessage: 'The person in the chat yesterday was really dismissive and shut the chat on me.',
    });
    expect(query.split(' ')).toContain('complaint');
  });

  it('leaves out what the customer says is not the problem', () => {
    const query = queryFromPage({
      customerMessage:
        "I'd like to stop the monthly coffee box. Nothing wrong with the coffee at all, I'm just drinking less of it.",
    });
    expect(query).not.toMatch(/\bwrong\b/);
    expect(query).toMatch(/\bmonthly\b/);
    expect(
      queryFromPage({ customerMessage: 'Something is wrong with the coffee, it tastes burnt.' }),
    ).toMatch(/\bwrong\b/);
  });

  it("sets aside the shop's own mail about the customer's next box", () => {
    const query = queryFromPage({
      subject: 'Your next Roast & Post box ships 1 May',
      customerMessage:
        "Hi, I'd like to stop the monthly coffee box after this one please, no more bags after May.",
    });
    expect(query).not.toMatch(/\b(?:roast|ships)\b/);
    expect(query).toMatch(/\bmonthly\b/);
  });

  it('reads "says" as a reporting verb, not a topic word that every "What customers say" heading matches', () => {
    const terms = messageTerms(
      'The tracking page says it was handed over, and the app keeps saying delivered.',
    );
    expect([...terms.keys()].some((term) => term.startsWith('say'))).toBe(false);
    expect(terms.has('track')).toBe(true);
  });
});
