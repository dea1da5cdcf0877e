// Handoffs to a party known by the name the agent wrote with a capital (the frames read lower case, so
// "open a case with Brightline" read like "open a case with the app"); someone else's support able to act;
// a party put forward as who or where to ask; a step told after a condition's comma; the shorthand of case
// notes. And what stays no handoff: our own support, a thing or a pronoun put forward, the agent acting,
// a name that is ours. Sentences written for these tests, apart from the labelled sets.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/nudges/index';
import { writtenNames } from '../../../src/nudges/text/names';
import { starterRules } from './helpers';

const kinds = (draft: string) => [...new Set(analyse({ draft }, starterRules).map((n) => n.kind))].sort();

describe('names as the agent wrote them', () => {
  it('are the capitalised words where no sentence starts, not a greeting, a day or our own', () => {
    const names = writtenNames(
      'Thanks for waiting. Please open a case with Brightline on Monday, our Returns team is busy.',
    );
    expect([...names]).toContain('brightline');
    expect([...names]).not.toContain('thanks');
    expect([...names]).not.toContain('please');
    expect([...names]).not.toContain('monday');
    expect([...names]).not.toContain('returns');
  });

  it('keep an acronym or an inner capital that starts the sentence', () => {
    expect([...writtenNames('HMRC can confirm the code.')]).toContain('hmrc');
    expect([...writtenNames('PayNow will refund you.')]).toContain('paynow');
  });

  it('are none in a title-cased template, where capitals name nothing', () => {
    expect(writtenNames('Please Contact Our Billing Team About Your Invoice').size).toBe(0);
  });
});

describe('a handoff to a named party', () => {
  it.each([
    ['a case opened with a named company', 'Please open a case with Brightline and quote your order number.'],
    [
      'a complaint lodged with a named body',
      'Kindly lodge a complaint with the Telecoms Arbiter if you are unhappy with the outcome.',
    ],
    ['a named company asked to act', 'Ask Norvane to unlock the device for you.'],
    ['a named party able to act', 'Kestrel Bank will be able to tell you why the card was stopped.'],
    ['a named party that can look into it', 'For the lounge refusal, Skyway Lounges can look into it.'],
  ])('%s', (_, draft) => expect(kinds(draft)).toContain('handoff'));

  it.each([
    ['the same step with no name', 'Please lodge a complaint with the form below.'],
    ['a named product as the subject', 'Your old SIM will stop working at midnight.'],
    [
      'the agent acting, named party after',
      'I will open a case with Brightline and get back to you tomorrow.',
    ],
    [
      'a named team that decides while we reply',
      'The Awards Panel will review your file and we will email you the result.',
    ],
  ])('not for %s', (_, draft) => expect(kinds(draft)).not.toContain('handoff'));
});

describe("someone else's support able to act", () => {
  it.each([
    ['a company’s support', "Corvio's support can tell you which step is still pending."],
    [
      'their support',
      'The lock is a Dorset model. Their support can reset the code if you send them the serial.',
    ],
    [
      'their support line after a condition',
      'If you want it held longer, their customer service can arrange that.',
    ],
  ])('%s', (_, draft) => expect(kinds(draft)).toContain('handoff'));

  it.each([
    ['their support told of, not able to act', 'Their support team will be notified automatically.'],
    ['their support unable', "Corvio's support can't do anything about it."],
    ['their support inside a condition', 'If their support can fix it, great, otherwise we will replace it.'],
  ])('not for %s', (_, draft) => expect(kinds(draft)).not.toContain('handoff'));
});

describe('a party put forward as who or where to ask', () => {
  it.each([
    ['who to report it to', 'The registry maintainers are who to report it to.'],
    ['where to lodge it', 'Their claims office is where to lodge it.'],
    ['the right crew', 'For invoice layouts, Ledger Ops is the right crew.'],
    ['the first call', 'The embassy in Rome will be your first call for the passport.'],
    ['the next stop', "Dalton's warranty desk would be the next stop."],
    ['a question that is one for them', 'The pension question is really one for the Pensions Office.'],
    ['a question that belongs with them', 'Your leave question really belongs with Occupational Health.'],
  ])('%s', (_, draft) => expect(kinds(draft)).toContain('handoff'));

  it.each([
    ['a page', 'This is where to find your order number.'],
    ['a thing', 'That would be the best place to start.'],
    ['the customer', 'You are the right person to ask about it.'],
    ['the app', "The app is where you'd report it."],
    ['an idiom', "That's one for the books."],
  ])('not for %s', (_, draft) => expect(kinds(draft)).not.toContain('handoff'));
});

describe('a step told after a condition', () => {
  it('is a handoff when the main clause sends the customer on', () =>
    expect(kinds('If the whole road is dark, report it to the grid operator on 0800 404 404.')).toContain(
      'handoff',
    ));

  it('is none when the step is only in the condition', () =>
    expect(kinds('If you report it to the grid operator, we will credit your account.')).not.toContain(
      'handoff',
    ));
});

describe('the shorthand of case notes', () => {
  it.each([
    ['adv to ring', 'cx adv to ring Gridline direct re meter fault.'],
    ['adv without to', 'cust adv contact the retailer re faulty kettle.'],
    ['told him after a dash', 'Checked the account — told him to ring the card issuer.'],
  ])('%s', (_, draft) => expect(kinds(draft)).toContain('handoff'));

  it.each([
    ['advice that is no contact', 'Spoke with cust, advised the refund is on its way.'],
    ['the customer checking something', 'Asked cust to check the router lights, all green now.'],
  ])('not for %s', (_, draft) => expect(kinds(draft)).not.toContain('handoff'));
});
