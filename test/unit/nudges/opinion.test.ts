// The learned second opinion's pure parts: which sentences it reads, which language it reads, what it
// adds, and the shape of the committed weights.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksEnglish } from '../../../src/nudges/language/which-language';
import {
  CUE_COUNT,
  layoutDims,
  type OpinionModel,
  opinionCues,
  opinionNudge,
  opinionPicks,
  opinionSentences,
  opinionText,
  sentenceOpinions,
} from '../../../src/nudges/opinion/opinion';

const committed = JSON.parse(
  readFileSync(new URL('../../../src/nudges/opinion/nudge-model.json', import.meta.url), 'utf8'),
) as OpinionModel;

/** A model that reads only the first number of the vector: handoff when it is high, can't when low. */
function toyModel(): OpinionModel {
  const weights = (first: number) => [first, ...new Array(511 + CUE_COUNT).fill(0)];
  return {
    trainedOn: 'test',
    dims: 512 + CUE_COUNT,
    kinds: {
      handoff: { weights: weights(20), bias: -10, threshold: 0.9 },
      cant: { weights: weights(-20), bias: 10, threshold: 0.9 },
    },
  };
}

const vector = (first: number) => [first, ...new Array(511).fill(0)];

describe('looksEnglish', () => {
  it('reads English drafts, chat English included, as English', () => {
    for (const text of [
      "I'm sorry, you'll need to contact your bank about that charge.",
      'pls call tech support at the number on ur bill, they can help',
      'Thanks!',
      'Order 12345',
    ])
      expect(looksEnglish(text), text).toBe(true);
  });

  it('reads Spanish, German and French drafts as not English', () => {
    for (const text of [
      'Lamentamos las molestias, por favor contacte con su banco para resolverlo.',
      'Hola, no podemos hacer el reembolso desde aquí; llame al servicio de atención al cliente.',
      '¿Puede enviarnos el número de pedido?',
      'Hallo! Du kannst die Anzeige auf deinem Konto verwalten, bitte wende dich an uns.',
      'Bonjour, nous ne pouvons pas rembourser cette commande, merci de contacter votre banque.',
    ])
      expect(looksEnglish(text), text).toBe(false);
  });
});

describe('opinionSentences', () => {
  it('gives the sentences with their offsets, links as the word "link", sign-offs left out', () => {
    const draft = 'Hi Sam. Please reach our Apple Pay team here: https://example.com/pay-support?x=1 Thanks!';
    const sentences = opinionSentences(draft);
    expect(sentences.map((s) => s.text)).toEqual(['Please reach our Apple Pay team here: link Thanks!']);
    const [first] = sentences;
    expect(draft.slice(first!.start, first!.end)).toContain('Please reach our Apple Pay team');
  });

  it('reads nothing of a draft that is not English', () => {
    expect(
      opinionSentences('Lamentamos las molestias. Por favor, contacte con su banco para resolverlo.'),
    ).toEqual([]);
    expect(opinionSentences('   ')).toEqual([]);
  });

  it('turns links into a word', () => {
    expect(opinionText('See https://a.example/b?c=d and www.example.com now')).toBe('See link and link now');
  });
});

describe('opinionCues', () => {
  it('marks the agent acting, the customer told to act, a way to reach someone and negation', () => {
    expect(opinionCues("I've asked the team and I'll call you back.")).toEqual([1, 0, 1, 0]);
    expect(opinionCues('Please contact your bank on 800 555 0100.')).toEqual([0, 1, 1, 0]);
    expect(opinionCues("We can't change that.")).toEqual([0, 0, 0, 1]);
  });
});

describe('opinionPicks', () => {
  const sentences = [
    { start: 0, end: 10, text: 'first one here' },
    { start: 11, end: 20, text: 'second one here' },
    { start: 21, end: 30, text: 'third one here' },
  ];

  it("adds a kind the phrases missed on the sentence it is surest of, over the kind's threshold", () => {
    const model = toyModel();
    const opinions = sentenceOpinions(model, sentences, [vector(0.96), vector(0.99), vector(0.5)]);
    expect(opinionPicks(model, sentences, opinions, [])).toEqual([{ kind: 'handoff', range: [11, 20] }]);
  });

  it('adds nothing for a kind the phrases already found, and never removes theirs', () => {
    const model = toyModel();
    const opinions = sentenceOpinions(model, sentences, [vector(0.99), vector(0), vector(0.5)]);
    expect(opinionPicks(model, sentences, opinions, ['handoff']).map((p) => p.kind)).toEqual(['cant']);
    expect(opinionPicks(model, sentences, opinions, ['handoff', 'cant'])).toEqual([]);
  });

  it('adds nothing under the threshold', () => {
    const model = toyModel();
    const opinions = sentenceOpinions(model, sentences, [vector(0.5), vector(0.55), vector(0.45)]);
    expect(opinionPicks(model, sentences, opinions, [])).toEqual([]);
  });

  it('makes a nudge marked as the second opinion', () => {
    const nudge = opinionNudge({ kind: 'cant', range: [3, 9] });
    expect(nudge).toMatchObject({ kind: 'cant', range: [3, 9], source: 'meaning' });
    expect(nudge.message).toBeTruthy();
    expect(nudge.rewrite).toBeUndefined();
  });
});

describe('the committed weights (src/nudges/opinion/nudge-model.json)', () => {
  it('have one weight per input for each kind, finite numbers and a threshold in (0, 1]', () => {
    expect(committed.dims).toBe(layoutDims(committed.layout ?? 'sentence'));
    for (const kind of ['handoff', 'cant'] as const) {
      const model = committed.kinds[kind];
      if (model.hidden) {
        // One row of input weights per hidden unit; the output reads the units.
        for (const row of model.hidden.weights) expect(row).toHaveLength(committed.dims);
        expect(model.hidden.weights.flat().every(Number.isFinite)).toBe(true);
        expect(model.hidden.bias).toHaveLength(model.hidden.weights.length);
        expect(model.weights).toHaveLength(model.hidden.weights.length);
      } else expect(model.weights).toHaveLength(committed.dims);
      expect(model.weights.every(Number.isFinite)).toBe(true);
      expect(Number.isFinite(model.bias)).toBe(true);
      expect(model.threshold).toBeGreaterThan(0);
      expect(model.threshold).toBeLessThanOrEqual(1);
    }
    expect(committed.trainedOn).toMatch(/scripts\/train-nudges\.ts/);
  });
});
