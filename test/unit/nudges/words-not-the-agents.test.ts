// Handoff and can't wording that is not the agent's own turn: the customer's words quoted or reported back.
// Sentences written for these tests, apart from the labelled sets; each would get a nudge without its rule.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../../src/nudges/index';
import { ownWords } from '../../../src/nudges/language/reported';
import { starterRules } from './helpers';

const kinds = (draft: string) => [...new Set(analyse({ draft }, starterRules).map((n) => n.kind))];

// The first draft compiles the phrase files: on a busy machine that alone may take seconds.
beforeAll(() => {
  kinds('Warming up.');
}, 60_000);

describe("the customer's words quoted or reported back", () => {
  it.each([
    [
      'a quoted message, then the answer',
      '"I can\'t make it before 7 tonight." That\'s fine, the desk stays open until 9.',
    ],
    [
      'a quote inside the sentence',
      "About your note (“we can't open the gate code email”), I've sent the code again by text.",
    ],
    [
      'a quoted email line',
      "> I cannot get the scanner to connect since Friday\nThanks, I've pushed a fix to your account.",
    ],
    [
      'a reported complaint',
      "I know you said the phone team couldn't sort it out, so I've done it myself today.",
    ],
    [
      'a reported handoff',
      'You wrote that you have to contact your bank every month, that must be tiring. I have set up the transfer for you.',
    ],
  ])('%s: no nudge', (_, draft) => {
    expect(kinds(draft)).toEqual([]);
  });

  it.each([
    [
      "the agent's own can't after a quote",
      '"Can I get my deposit back?" Sorry, we can\'t refund the deposit.',
      'cant',
    ],
    ['the agent\'s words after "as you said,"', "As you said, we can't change the date online.", 'cant'],
    [
      'a handoff after the quote',
      'You wrote "the parcel never came". You\'ll need to contact the courier about it.',
      'handoff',
    ],
  ])('%s: still a nudge', (_, draft, kind) => {
    expect(kinds(draft)).toContain(kind);
  });

  it('reads an unclosed quotation of one long run in linear time', () => {
    const text = `" ${'a'.repeat(5000)} b, then ${'x '.repeat(2000)}`;
    const start = performance.now();
    expect(ownWords(text)).toBe(text);
    expect(performance.now() - start).toBeLessThan(50);
  });

  it('blanks the words but keeps every offset', () => {
    const text = '" i can\'t be there until 6." no problem.';
    const own = ownWords(text);
    expect(own).toHaveLength(text.length);
    expect(own.trim()).toBe('no problem.');
  });
});

describe('rules for others and offers are not our refusal', () => {
  it.each([
    [
      'a policy on what sellers may do',
      'Our terms prohibit sellers from charging a restocking fee on faulty goods.',
    ],
    [
      'what may be listed on the site',
      'These knock-off chargers are no longer allowed to be sold on the site.',
    ],
    ['what an offer is for', 'Feel free to message us for anything not covered in the guide.'],
  ])('%s: no nudge', (_, draft) => {
    expect(kinds(draft)).toEqual([]);
  });

  it.each([
    ['a refusal of the customer', "We don't allow refunds on sale items."],
    ['what the terms do not cover', "I'm sorry, accidental damage is not covered by your plan."],
  ])("%s: still a can't", (_, draft) => {
    expect(kinds(draft)).toContain('cant');
  });
});

describe('the agent doing the legwork', () => {
  it.each([
    ['the agent among those who review it', 'It will be looked at by me and my supervisor together today.'],
    [
      'the agent as the subject who checks with someone',
      'Let me check with the store manager about your order and get back to you this afternoon.',
    ],
  ])('%s: no nudge', (_, draft) => {
    expect(kinds(draft)).toEqual([]);
  });

  it('asking someone else to contact the customer is still a handoff', () => {
    expect(kinds("We'll ask our partner Brightline to call you to book the fitting.")).toContain('handoff');
  });
});

describe('an escalation the agent keeps', () => {
  it.each([
    [
      'keeping hold of the case',
      "I've escalated this to a team leader, but I'm keeping hold of your case until it's sorted.",
    ],
    [
      '"I retain ownership" in a note',
      'Escalated to the Tier 3 desk for the firmware fault. I retain ownership of the ticket.',
    ],
    [
      'the agent is still the one replying',
      "I'm going to escalate this to our Head of Customer Support. I'll still be the one writing to you.",
    ],
    [
      'the agent stays on the chat',
      "I'm going to escalate this to my supervisor for approval. I'll stay on the chat with you meanwhile.",
    ],
  ])('%s: no nudge', (_, draft) => {
    expect(kinds(draft)).toEqual([]);
  });

  it('an escalation with no word of staying is still a handoff', () => {
    expect(kinds("I've escalated this to a team leader, who will contact you tomorrow.")).toContain(
      'handoff',
    );
  });
});
