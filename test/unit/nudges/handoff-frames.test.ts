// The frames every language's phrases compile into (src/nudges/language/frames.ts): the customer sent to a
// support channel or a report page, someone else's way in, a persisting problem's condition, a ticket the
// same team keeps, and can't said as scope; and a language compiled with a team's own words. Sentences
// written for these tests, apart from the labelled sets.
import { describe, expect, it } from 'vitest';
import { analyse, compileLanguage, PHRASE_FILES } from '../../../src/nudges/index';
import { starterRules } from './helpers';

const kinds = (draft: string) => [...new Set(analyse({ draft }, starterRules).map((n) => n.kind))].sort();

describe('handoffs to a support channel, a report page or someone reachable elsewhere', () => {
  it.each([
    ['our own phone support', 'For a repair status, please get in touch with our phone support team.'],
    [
      'a named support team',
      'The best next step is to reach out to our Premium Care team here: https://example.com/care',
    ],
    ['developers', 'You could work with the developers of that plugin to sort it out.'],
    ['a report page', 'Please file this as a bug report on our feedback page so the engineers see it.'],
    ['feedback by a link', 'We encourage you to share your feedback here: https://example.com/feedback'],
    ['an upvote', 'Can you upvote the issue on the community board?'],
    ['a form to request', 'You can use this form to request the feature.'],
    ['their way in', 'Our insurance partner handles claims, and they can be reached at 0800 111 222.'],
    ['a channel as the subject', 'It looks like our chat support will be able to help you best.'],
  ])('%s', (_, draft) => expect(kinds(draft)).toContain('handoff'));

  it.each([
    [
      'after "if that doesn\'t work"',
      "Try restarting the router; if that doesn't work, reach out to our tech support team.",
    ],
    ['after "if the issue persists"', 'If the issue persists, please contact the manufacturer.'],
  ])('keeps a handoff %s', (_, draft) => expect(kinds(draft)).toContain('handoff'));
});

describe('false alarms next to those frames', () => {
  it.each([
    ['the agent contacts them', "I'll keep this ticket open and contact the courier on your behalf."],
    ['the agent shares the feedback', "I'll share your feedback with our product team today."],
    ['thanks for feedback', 'Thanks for sharing your feedback with us!'],
    ['the same team, reached here', 'Feel free to reach out to us here any time.'],
    ['a ticket with us', 'Please create a ticket here so we can investigate this for you.'],
    ['a condition that is not a persisting problem', 'If you want a refund, just say so and I will sort it.'],
    ['a past call, after a preposition', 'Thanks for your call with the Riverside lettings team today.'],
    [
      'a summary of a past call',
      "Here's a summary of your call with Harbour Foods' delivery line: the order is confirmed for Friday.",
    ],
    [
      "the customer's praise passed on",
      'Thank you for the kind words! We have passed your message along to the kitchen team, and they loved it.',
    ],
  ])('%s', (_, draft) => expect(kinds(draft)).not.toContain('handoff'));

  it.each([
    ['the call moved to a team', "I'll pass your call over to our billing team now."],
    [
      'a message passed on with no praise',
      "I've passed your message along to the claims team, who will call you.",
    ],
  ])('still a handoff: %s', (_, draft) => expect(kinds(draft)).toContain('handoff'));
});

describe("can't said as a statement of scope", () => {
  it.each([
    'Support on this channel is limited to billing questions.',
    "That channel isn't part of our lineup right now.",
    "There's no way for us to reset that password.",
    "We currently don't have a dark mode option.",
    'Our team does not have any additional details to share at this time.',
  ])('%s', (draft) => expect(kinds(draft)).toContain('cant'));

  it.each(['We have a dark mode option in settings.', 'There is a way to reset it from the login page.'])(
    'not: %s',
    (draft) => expect(kinds(draft)).not.toContain('cant'),
  );
});

describe('a language compiled with a team’s own words', () => {
  const team = compileLanguage(PHRASE_FILES.en!, { teamNames: ['northwind freight'] });
  const draft = 'Please get in touch with Northwind Freight about the pallet.';

  it("finds a handoff to a partner only the team's phrases name", () => {
    const withTeam = analyse({ draft }, starterRules, { language: team }).map((n) => n.kind);
    expect(withTeam).toContain('handoff');
  });

  it('leaves the built-in language as it was', () => {
    const plain = compileLanguage(PHRASE_FILES.en!);
    expect(plain.lexicon.teamNames).not.toContain('northwind');
    expect(team.lexicon.teamNames).toContain('northwind');
  });

  it('reads another language from its own phrase file, with the frames alone', () => {
    const other = compileLanguage({
      ...PHRASE_FILES.en!,
      language: 'xx',
      contactVerbs: ['kontaktieren sie'],
    });
    expect(other.language).toBe('xx');
    expect(other.handoff('bitte, kontaktieren sie the courier.')).toBeDefined();
    expect(other.handoff('please contact the courier.')).toBeUndefined();
  });
});
