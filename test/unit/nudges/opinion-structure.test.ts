// The second opinion's structural cues (src/nudges/opinion/cues.ts): the shape of a handoff to a named outside
// party, read without any list of names, and not set off by the agent's own team or the customer's name.
import { describe, expect, it } from 'vitest';
import { PARTIAL_COUNT } from '../../../src/nudges/language/partial-names';
import { STRUCTURE_COUNT, STRUCTURE_NAMES, structuralCues } from '../../../src/nudges/opinion/cues';
import {
  CUE_COUNT,
  layoutDims,
  opinionSentences,
  opinionVetoes,
  sentenceFeatures,
} from '../../../src/nudges/opinion/opinion';
import { withPartials } from '../../../src/nudges/opinion/partials';

/** The cues of a sentence, by name. */
function cues(sentence: string): string[] {
  const bits = structuralCues(sentence);
  expect(bits).toHaveLength(STRUCTURE_COUNT);
  return STRUCTURE_NAMES.filter((_, i) => bits[i] === 1);
}

describe('structuralCues', () => {
  it('has one name per cue', () => {
    expect(STRUCTURE_NAMES).toHaveLength(STRUCTURE_COUNT);
  });

  it('reads a named outside party who can confirm, a name the engine has never seen', () => {
    expect(cues("PayFast's support can confirm when the payout lands.")).toEqual(
      expect.arrayContaining(['name other than us', 'possessive name', 'someone else can or will']),
    );
    expect(cues('Zorblix will be able to tell you why the debit order bounced.')).toEqual(
      expect.arrayContaining(['name other than us', 'someone else can or will']),
    );
    expect(cues('The guest services desk on Deck 5 can adjust them.')).toContain('someone else can or will');
  });

  it('reads the customer sent to a name, a handle or a number', () => {
    expect(cues('Try Quellhaus with the waybill number.')).toEqual(
      expect.arrayContaining(['name other than us', 'name after a preposition', 'imperative start']),
    );
    expect(cues('Book directly with Mira there.')).toContain('name after a preposition');
    expect(cues('Drop a message to @FerroRail_help or ring 0800 123 456.')).toContain(
      'handle, domain or phone',
    );
    expect(cues("You'll need to ask your landlord about the meter.")).toContain('you will need to');
  });

  it("gives none of it to the agent's own team or the customer's name", () => {
    expect(cues('Our billing team will call you tomorrow.')).toEqual([]);
    expect(cues('Our Billing Team will call you tomorrow.')).toEqual([]);
    expect(cues('We at Acme will sort it out today.')).toEqual([]);
    expect(cues('Hi Sarah, thanks for reaching out about this.')).toEqual([]);
    expect(cues('I can refund the charge for you today.')).toEqual([]);
    expect(cues('Unfortunately we cannot change the booking.')).toEqual([]);
  });

  it('does not read a sentence-initial capital or a date as a name', () => {
    expect(cues('Thanks for waiting, the refund reaches you on Monday.')).not.toContain('name other than us');
    expect(cues('Contact is open till late.')).not.toContain('name other than us');
  });
});

describe('sentenceFeatures (structure layout)', () => {
  const draft =
    'Thanks for your patience with the order. The sizing was set by Hollowmere for this range. They can swap it for you.';
  const sentences = withPartials(opinionSentences(draft));
  const vectors = sentences.map(() => new Array(512).fill(0));
  const at = 1024 + CUE_COUNT;
  const name = STRUCTURE_NAMES.indexOf('name other than us');

  it('adds the cues of the sentence, of its neighbours, and "they" after a name, before the partial hits', () => {
    expect(layoutDims('structure')).toBe(layoutDims('context') + 2 * STRUCTURE_COUNT + 1);
    const features = sentenceFeatures('structure', sentences, vectors);
    expect(features[2]).toHaveLength(layoutDims('structure'));
    expect(features[1]![at + name]).toBe(1);
    expect(features[0]![at + name]).toBe(0);
    // The neighbours' block: the sentences around the named one see it.
    expect(features[0]![at + STRUCTURE_COUNT + name]).toBe(1);
    expect(features[2]![at + STRUCTURE_COUNT + name]).toBe(1);
    // "They can swap it": they refers back to the name before it.
    expect(features[2]![at + 2 * STRUCTURE_COUNT]).toBe(1);
    expect(features[1]![at + 2 * STRUCTURE_COUNT]).toBe(0);
  });

  it('keeps the vetoes reading the partial hits at the end of the features', () => {
    const kept = withPartials(
      opinionSentences('Please create a support ticket so we can investigate this matter.'),
    );
    const [features] = sentenceFeatures('structure', kept, [new Array(512).fill(0)]);
    expect(features!.length - 2 * PARTIAL_COUNT).toBe(at + 2 * STRUCTURE_COUNT + 1);
    expect(opinionVetoes('structure', features!).handoff).toBe(true);
  });
});
