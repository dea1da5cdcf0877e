// Nudge analysis must stay close to linear in the size of the text: long runs of sentence marks
// ("....", "!?!?", "……") and long hyphen-, apostrophe- or ampersand-joined tokens once made the
// sentence splitter, the tokenizer and the party patterns quadratic (a 10 kB draft took hundreds of
// milliseconds, on every keystroke). The bound below is a generous correctness bound, not a
// benchmark: linear analysis of 10 kB takes a few ms; `npm run bench` prints the time per kB.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/nudges/index';
import { splitSentences } from '../../../src/nudges/text/sentences';
import { starterRules as rules } from './helpers';

const SIZE = 10 * 1024;
const BOUND_MS = 50;

/** Pieces a run is made of: sentence marks, joiners, word characters, digits, money and mail signs. */
const ATOMS = [
  '.',
  '!',
  '?',
  '!?',
  '…',
  '...',
  '-',
  "'",
  '’',
  '&',
  '_',
  '+',
  '@',
  '$',
  ',',
  'a',
  'x',
  '1',
  'ab',
  'é',
  ' ',
  '. ',
  '\n',
];

/** Frames that bring the handoff, can't and limit patterns into play around the run. */
const BEFORE = [
  '',
  'Hi ',
  'Please contact the ',
  'You will need to call your ',
  'Let the ',
  'I have passed this to our ',
  "I can't ",
  'We are unable to refund the ',
  'Your ',
  'The best route is via the ',
  'I want a $45 refund for ',
];
const AFTER = ['', ' team', ' department', ' know', ' will take over', ' x', '.', ' bank directly.', ' $20'];

/** A run of any pieces, or a joined token: a short word and a joiner, repeated ("a-a-a-", "ab'ab'"). */
const unit = fc.oneof(
  fc.array(fc.constantFrom(...ATOMS), { minLength: 1, maxLength: 3 }).map((atoms) => atoms.join('')),
  fc
    .tuple(
      fc.constantFrom('a', 'ab', 'x1', 'é', 'team'),
      fc.constantFrom('-', "'", '’', '&', '_', '.', '+', '@'),
    )
    .map(([word, joiner]) => word + joiner),
);

const adversarial = fc
  .record({
    unit,
    before: fc.constantFrom(...BEFORE),
    after: fc.constantFrom(...AFTER),
  })
  .map(({ unit, before, after }) => {
    const run = unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE - before.length - after.length);
    return `${before}${run}${after}`;
  });

let fresh = 0;

/** The fastest of up to five analyses (each of a text the caches have not seen), in ms. */
function fastest(analyseOnce: (variant: string) => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 5 && best >= BOUND_MS; attempt++) {
    const variant = `${++fresh} `;
    const start = performance.now();
    analyseOnce(variant);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('nudge analysis on adversarial text', () => {
  it(`splits 10 kB of sentence marks in under ${BOUND_MS} ms`, () => {
    for (const unit of ['.', '!?', '…', '?!.', '.)', '."']) {
      const text = `${unit.repeat(SIZE / unit.length)}x`;
      expect(fastest(() => splitSentences(text))).toBeLessThan(BOUND_MS);
    }
  });

  it(`analyses the audit's 10 kB drafts in under ${BOUND_MS} ms`, () => {
    const fill = (unit: string, before = '', after = '') =>
      before +
      unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE - before.length - after.length) +
      after;
    const drafts = [
      fill('.', '', 'x'),
      fill('.', 'Hi '),
      fill('!?', '', 'x'),
      fill('…', '', 'x'),
      fill('a-', 'Please contact the ', 'b team'),
      fill("a'", 'Please contact the ', 'b team'),
      fill('a-', 'Refunds go to the ', 'b visits'),
      fill("a'", 'I will ', ' you to the billing team'),
    ];
    for (const draft of drafts) {
      expect(
        fastest((variant) => analyse({ draft: variant + draft }, rules)),
        draft.slice(0, 40),
      ).toBeLessThan(BOUND_MS);
      expect(
        fastest((variant) => analyse({ text: variant + draft }, rules)),
        draft.slice(0, 40),
      ).toBeLessThan(BOUND_MS);
    }
  });

  it(`analyses 10 kB drafts and messages of punctuation and joined-token runs in under ${BOUND_MS} ms`, () => {
    analyse({ text: 'Warm-up: I want a $45 refund.', draft: "I can't, you'll need to call billing." }, rules);
    fc.assert(
      fc.property(adversarial, (text) => {
        const draftMs = fastest((variant) => analyse({ draft: variant + text }, rules));
        const messageMs = fastest((variant) => analyse({ text: variant + text }, rules));
        expect(draftMs, 'draft').toBeLessThan(BOUND_MS);
        expect(messageMs, 'message').toBeLessThan(BOUND_MS);
      }),
      { numRuns: 100, seed: 17 },
    );
  });
});

describe('a long run without white space in a draft', () => {
  it('is passed over, and the sentences around it keep their nudges and their places', () => {
    const hash = 'f3'.repeat(200);
    const draft = `Here is the log line: ${hash}. Please contact your bank directly about the hold.`;
    const handoff = analyse({ draft }, rules).find((nudge) => nudge.kind === 'handoff');
    expect(handoff).toBeDefined();
    const range = handoff?.range;
    expect(range && draft.slice(range[0], range[1])).toContain('contact your bank');
  });

  it('keeps a long web address as it is', () => {
    const link = `https://help.example.com/articles/123?${'ref=x&'.repeat(40)}`;
    const draft = `Please contact your card issuer, the steps are at ${link} for reference.`;
    expect(analyse({ draft }, rules).some((nudge) => nudge.kind === 'handoff')).toBe(true);
  });
});
