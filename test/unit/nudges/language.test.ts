import { describe, expect, it } from 'vitest';
import { analyse, type Nudge } from '../../../src/nudges/index';
import { starterRules } from './helpers';

const kinds = (draft: string) => [...new Set(analyse({ draft }, starterRules).map((n) => n.kind))].sort();
const first = (draft: string, kind: Nudge['kind']) =>
  analyse({ draft }, starterRules).find((n) => n.kind === kind);

describe('handoff language', () => {
  it.each([
    'Let me transfer you to our billing department.',
    "I'll redirect your query to accounts.",
    "That's not my department, I'm afraid.",
    "You'll need to call the courier about that.",
    'Please contact the manufacturer for warranty repairs.',
    'Please open a new ticket with our technical team.',
    'Someone else will get back to you within 48 hours.',
    'Our billing team will contact you tomorrow.',
    "I've passed your complaint on to the relevant department.",
    'i will tranfer u to a specialist now',
    'YOU WILL NEED TO SPEAK TO THE STORE WHERE YOU BOUGHT IT.',
    'That is handled by our logistics team.',
  ])('"%s" is a handoff', (draft) => {
    expect(kinds(draft)).toContain('handoff');
  });
});

describe("can't language", () => {
  it.each([
    "I can't change the delivery address.",
    "Unfortunately we don't offer exchanges on sale items.",
    "That's not possible once it has shipped.",
    'Cancelling now is against our policy.',
    "I'm sorry, there's nothing I can do.",
    'We are unable to process refunds for downloads.',
    'cant do that im afraid',
    'UNFORTUNATELY WE CAN NOT DELIVER ON SUNDAYS.',
    'Personalised items cannot be returned.',
  ])('"%s" is can\'t language', (draft) => {
    expect(kinds(draft)).toContain('cant');
  });
});

describe('false alarms it must not raise', () => {
  it.each([
    "I can't wait to help you get this sorted!",
    "I'll transfer the refund to your card.",
    'Good news: the bank transfer arrived.',
    'I contacted the carrier on your behalf and they confirmed Thursday.',
    "Can't find your order number? It's in your confirmation email.",
    "I'll check with billing and get back to you myself by 3pm.",
    "I've escalated this to our warehouse team and I'll update you personally by noon.",
    "I can't thank you enough for your patience.",
    "If you can't find the receipt, no problem, I can look it up.",
    'Please contact us any time if anything else comes up.',
    "We'll get it to you as soon as possible.",
    "You don't need to contact anyone else, I'll handle it from here.",
    'Our courier will call you 30 minutes before delivery.',
    "Unfortunately the courier was delayed by snow, but it's out for delivery now.",
    "Don't worry, you won't be charged.",
    "We'll pass your feedback on to the product team.",
  ])('"%s" gets no handoff or can\'t nudge', (draft) => {
    expect(kinds(draft).filter((k) => k === 'handoff' || k === 'cant')).toEqual([]);
  });

  it('reads neither in the customer’s message', () => {
    const nudges = analyse(
      { text: "I can't log in and you keep transferring me to other teams!" },
      starterRules,
    );
    expect(nudges).toEqual([]);
  });
});

describe('ranges and rewrites', () => {
  const draft =
    "Hi Sam, thanks for waiting.\nUnfortunately we can't refund opened items. Let me transfer you to billing. Have a good day!";

  it('points at the offending sentence, exactly', () => {
    const nudges = analyse({ draft }, starterRules);
    const handoff = nudges.find((n) => n.kind === 'handoff')!;
    const cant = nudges.find((n) => n.kind === 'cant')!;
    expect(draft.slice(...handoff.range!)).toBe('Let me transfer you to billing.');
    expect(draft.slice(...cant.range!)).toBe("Unfortunately we can't refund opened items.");
  });

  it('offers an own-it sentence in place of a handoff', () => {
    const handoff = first(draft, 'handoff')!;
    expect(handoff.rewrite).toBe(
      "I'll stay with you on this: I'm checking with billing myself and will get back to you by [time].",
    );
    expect(handoff.message).toMatch(/single point of contact/);
    expect(handoff.principle).toBe('Handoffs hurt the customer');
    const replaced = draft.slice(0, handoff.range![0]) + handoff.rewrite + draft.slice(handoff.range![1]);
    expect(replaced).toContain("I'm checking with billing myself");
    expect(replaced).not.toContain('transfer you');
  });

  it('keeps the target as the agent wrote it', () => {
    expect(first('You will need to call DHL Express about this.', 'handoff')?.rewrite).toBe(
      "I'll contact DHL Express for you and get back to you by [time] with what they say.",
    );
  });

  it('offers a can-do sentence in place of a can’t', () => {
    const cant = first(draft, 'cant')!;
    expect(cant.rewrite).toBe(
      "What I can do about the refund is [the alternative you can offer], and I'll confirm it with you by [time].",
    );
    expect(cant.principle).toBe('Say what you can do');
  });

  it('one nudge of a kind per sentence', () => {
    const nudges = analyse(
      { draft: "I can't do that and I cannot refund it. You'll need to call the bank." },
      starterRules,
    );
    expect(nudges.filter((n) => n.kind === 'cant')).toHaveLength(1);
    expect(nudges.filter((n) => n.kind === 'handoff')).toHaveLength(1);
  });
});
