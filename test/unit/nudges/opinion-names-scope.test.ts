// Names before the encoder (src/nudges/opinion/names.ts) and the can't cues of the `scope` layout
// (src/nudges/opinion/cues.ts): the second opinion reads "ask <name>" rather than the name a writer chose,
// and a statement of what we cannot do by its shape rather than its words.
import { describe, expect, it } from 'vitest';
import { PARTIAL_COUNT } from '../../../src/nudges/language/partial-names';
import {
  CANT_COUNT,
  CANT_NAMES,
  CANT_SPAN,
  cantCues,
  STRUCTURE_NAMES,
  STRUCTURE_SPAN,
  structuralCues,
} from '../../../src/nudges/opinion/cues';
import { encoderText, maskNames } from '../../../src/nudges/opinion/names';
import {
  CUE_COUNT,
  layoutDims,
  opinionSentences,
  opinionVetoes,
  sentenceFeatures,
} from '../../../src/nudges/opinion/opinion';
import { withPartials } from '../../../src/nudges/opinion/partials';

const mask = (text: string) => maskNames(text, 'Alex');

describe('maskNames', () => {
  it('puts the placeholder in place of a name after "contact", whatever the name', () => {
    expect(mask('For the payout, please contact Zorblix directly.')).toBe(
      'For the payout, please contact Alex directly.',
    );
    expect(mask('You will need to contact Priya Ramaswamy in accounts.')).toBe(
      'You will need to contact Alex in accounts.',
    );
  });

  it('keeps a possessive and reads a handle, a domain or a phone number as a party', () => {
    expect(mask("Ask at Castle Rock Insurance's claims desk.")).toBe("Ask at Alex's claims desk.");
    expect(mask('Message @FerroRail_help or ring 0800 123 456 today.')).toBe(
      'Message Alex or ring Alex today.',
    );
    expect(mask('They can help at support.paylink.io if it happens again.')).toBe(
      'They can help at Alex if it happens again.',
    );
  });

  it("leaves our own team, the first word, a greeting's name and a size or code as written", () => {
    expect(mask('our billing team will call you')).toBe('our billing team will call you');
    expect(mask('Our Billing Team will call you tomorrow.')).toBe('Our Billing Team will call you tomorrow.');
    expect(mask('Mira will call you back.')).toBe('Mira will call you back.');
    expect(mask('Hi Sarah, the parcel left today.')).toBe('Hi Sarah, the parcel left today.');
    expect(mask('I sent a replacement in size M with error code E4 fixed.')).toBe(
      'I sent a replacement in size M with error code E4 fixed.',
    );
  });

  it('applies only when the model was trained with a placeholder', () => {
    const [sentence] = opinionSentences('Please contact Zorblix about the refund today.');
    expect(encoderText({}, sentence!)).toBe('Please contact Zorblix about the refund today.');
    expect(encoderText({ placeholder: 'Alex' }, sentence!)).toBe(
      'Please contact Alex about the refund today.',
    );
  });
});

describe('outside-party cues on our own team', () => {
  it('"our billing team will call you" gets no outside-party cue', () => {
    const bits = structuralCues('our billing team will call you');
    for (const name of ['name other than us', 'someone else can or will', 'handle, domain or phone'] as const)
      expect(bits[STRUCTURE_NAMES.indexOf(name)]).toBe(0);
  });
});

/** The can't cues of a sentence, by name. */
function cant(sentence: string, first = false): string[] {
  const bits = cantCues(sentence, first);
  expect(bits).toHaveLength(CANT_COUNT);
  return CANT_NAMES.filter((_, i) => bits[i] === 1);
}

describe('cantCues', () => {
  it('has one name per cue', () => {
    expect(CANT_NAMES).toHaveLength(CANT_COUNT);
  });

  it('reads us or the company as the one who cannot', () => {
    expect(cant("we're not able to change that from here")).toContain('we cannot');
    expect(cant('Sorry, Driver Support doesn’t deal with fare adjustments.')).toEqual(
      expect.arrayContaining(['we cannot', 'apology lead']),
    );
    expect(cant('Unfortunately our system cannot reopen a closed claim.')).toEqual(
      expect.arrayContaining(['we cannot', 'apology lead']),
    );
    expect(cant('I have no permission to change the rating.')).toContain('we cannot');
  });

  it('reads scope: not possible, outside our remit, only handles, not managed by us', () => {
    expect(cant('Not possible on our end, sorry.')).toContain('not possible or outside');
    expect(cant('That is outside our remit as a marketplace.')).toContain('not possible or outside');
    expect(cant('This channel only handles billing questions.')).toContain('only or limited to');
    expect(cant("That subscription isn't managed by us.")).toContain('only or limited to');
  });

  it("gives none of them to the customer's inability", () => {
    expect(cant("if you can't log in, try resetting your password")).toEqual(['the customer cannot']);
    expect(cant('If you still cannot see the refund, reply here.')).toEqual(['the customer cannot']);
    expect(cant('We can refund it today.', true)).toEqual(['opens the reply']);
  });
});

describe('sentenceFeatures (scope layout)', () => {
  const sentences = withPartials(
    opinionSentences("I'm so sorry about the mix-up with the booking. We're not able to move it from here."),
  );

  it("adds the can't block after the structural one and keeps the partial hits last", () => {
    expect(layoutDims('scope')).toBe(layoutDims('structure') + CANT_SPAN);
    const features = sentenceFeatures(
      'scope',
      sentences,
      sentences.map(() => new Array(512).fill(0)),
    );
    const at = 1024 + CUE_COUNT + STRUCTURE_SPAN;
    const we = CANT_NAMES.indexOf('we cannot');
    const apology = CANT_NAMES.indexOf('apology lead');
    expect(features[1]![at + we]).toBe(1);
    expect(features[0]![at + apology]).toBe(1);
    expect(features[0]![at + CANT_NAMES.indexOf('opens the reply')]).toBe(1);
    // The second sentence follows an apology.
    expect(features[1]![at + CANT_COUNT]).toBe(1);
    expect(features[0]![at + CANT_COUNT]).toBe(0);
    expect(features[1]!.length - 2 * PARTIAL_COUNT).toBe(at + CANT_SPAN);
    expect(opinionVetoes('scope', features[1]!).cant).toBe(false);
  });
});
