import { describe, expect, it } from 'vitest';
import { capitalisedWords } from '../../../src/nudges/lang/en.json';
import { STRUCTURE_NAMES, structuralCues } from '../../../src/nudges/opinion/cues';
import { writtenNames } from '../../../src/nudges/text/names';

const NAME = STRUCTURE_NAMES.indexOf('name other than us');
const capitalise = (word: string) => word.replace(/^\p{L}/u, (c) => c.toUpperCase());

describe('words capitalised for another reason: one list for the phrase layer and the second opinion', () => {
  it('names no one with any word of the list, in either reader', () => {
    for (const word of capitalisedWords) {
      const sentence = `Then we spoke about ${capitalise(word)} with the courier yesterday.`;
      expect(writtenNames(sentence).has(word), word).toBe(false);
      expect(structuralCues(sentence)[NAME], word).toBe(0);
    }
  });

  it('reads a note label or an abbreviation in capitals as no name, first in the sentence or not', () => {
    for (const sentence of [
      'CX advised to ring the bank about the charge.',
      'Sent the PDF and the ETA to her.',
    ]) {
      expect(writtenNames(sentence).size, sentence).toBe(0);
      expect(structuralCues(sentence)[NAME], sentence).toBe(0);
    }
  });

  it('still reads a party named with a capital, mid-sentence or written as a name first', () => {
    for (const [sentence, name] of [
      ['Please ask Tucows to release the domain.', 'tucows'],
      ['FNB will be able to tell you why.', 'fnb'],
      ['You can open a ticket with Hetzner for that.', 'hetzner'],
    ] as const) {
      expect(writtenNames(sentence).has(name), sentence).toBe(true);
      expect(structuralCues(sentence)[NAME], sentence).toBe(1);
    }
  });
});
