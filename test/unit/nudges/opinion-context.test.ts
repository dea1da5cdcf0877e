// The second opinion's context features (the sentence's neighbours and the phrase layer's partial hits),
// the phrase layer's exceptions it respects, and its contract: it adds a kind the phrases missed, never
// removes or replaces what they found, and reads nothing of a Spanish draft.
import { describe, expect, it } from 'vitest';
import { SentenceVectors, secondOpinion } from '../../../src/meaning/second-opinion';
import { analyse } from '../../../src/nudges/index';
import { PARTIAL_COUNT, PARTIAL_NAMES, partialHits } from '../../../src/nudges/language/partial';
import {
  CUE_COUNT,
  layoutDims,
  type OpinionModel,
  opinionSentences,
  opinionVetoes,
  sentenceFeatures,
} from '../../../src/nudges/opinion/opinion';
import { draftPartials, withPartials } from '../../../src/nudges/opinion/partials';
import { starterRules } from './helpers';

/** The partial hits of the one sentence of `draft` the classifier reads, by name. */
function hits(draft: string): string[] {
  const [sentence] = opinionSentences(draft);
  if (!sentence?.canonical) throw new Error(`no sentence read in "${draft}"`);
  const bits = partialHits(sentence.canonical, sentence.raw ?? sentence.text, sentence.nearby ?? '');
  expect(bits).toHaveLength(PARTIAL_COUNT);
  return PARTIAL_NAMES.filter((_, i) => bits[i] === 1);
}

describe('partialHits', () => {
  it("names a frame's parts when the customer is sent to another party", () => {
    expect(hits('Please get in touch with your bank directly on 0800 123 4567.')).toEqual(
      expect.arrayContaining(['outside party named', 'contact verb', 'customer told', 'phone number']),
    );
    expect(hits('You can raise it with the HR team at hr@example.com today.')).toEqual(
      expect.arrayContaining(['team named', 'email address', 'customer addressed', 'modal']),
    );
    expect(hits('The form is at https://example.com/claims for your claim.')).toContain('link');
  });

  it('names the agent keeping the case and the same team keeping it', () => {
    expect(hits("I'll call the courier myself and get back to you today.")).toEqual(
      expect.arrayContaining(['ownership', 'agent acts', 'outside party named']),
    );
    expect(hits('Please create a support ticket so we can investigate this.')).toContain('same team keeps');
  });

  it('tells the agent’s can’t from the customer’s', () => {
    expect(hits("Unfortunately we can't refund that order now.")).toEqual(
      expect.arrayContaining(['agent cant', 'cant form', 'negation']),
    );
    const customers = hits("If you can't log in, reset your password first.");
    expect(customers).toEqual(expect.arrayContaining(['someone else cant', 'condition']));
    expect(customers).not.toContain('agent cant');
  });

  it('reports a handoff frame that a negation or the neighbours set aside', () => {
    expect(hits("You don't need to contact your bank about this charge.")).toContain(
      'handoff without negation',
    );
    const [first] = opinionSentences(
      "Please contact the courier's claims desk for the tracking record. I'll get back to you tomorrow myself.",
    );
    const bits = partialHits(first!.canonical!, first!.raw!, first!.nearby!);
    const named = PARTIAL_NAMES.filter((_, i) => bits[i] === 1);
    expect(named).toContain('ownership nearby');
  });

  it('reports nothing of a handoff the phrases read as one (the verdict is not a feature)', () => {
    expect(PARTIAL_NAMES).not.toContain('handoff');
    expect(hits('Hi there, thanks so much for the lovely photos of the garden.')).not.toEqual(
      expect.arrayContaining(['contact verb']),
    );
  });
});

describe('sentenceFeatures (context layout)', () => {
  const draft =
    'Thanks for your patience with the order. You will need to contact the seller about it. They can swap the size for you.';
  const sentences = withPartials(opinionSentences(draft));
  const vectors = sentences.map((_, i) => new Array(512).fill(0).map((__, k) => (k === 0 ? i + 1 : 0)));

  it('reads the sentence, the mean of its neighbours, the cues, its partial hits and its neighbours’', () => {
    expect(sentences).toHaveLength(3);
    const features = sentenceFeatures('context', sentences, vectors);
    expect(features[1]).toHaveLength(layoutDims('context'));
    expect(layoutDims('context')).toBe(2 * 512 + CUE_COUNT + 2 * PARTIAL_COUNT);
    // Own vector first, then the mean of the ones before and after.
    expect(features[1]![0]).toBe(2);
    expect(features[1]![512]).toBe((1 + 3) / 2);
    // The first sentence has only a next one.
    expect(features[0]![512]).toBe(2);
    const partialAt = 1024 + CUE_COUNT;
    const seller = PARTIAL_NAMES.indexOf('outside party named');
    expect(features[1]![partialAt + seller]).toBe(1);
    // The neighbours' block: the sentences around the seller sentence see it.
    expect(features[0]![partialAt + PARTIAL_COUNT + seller]).toBe(1);
    expect(features[2]![partialAt + PARTIAL_COUNT + seller]).toBe(1);
  });

  it('keeps the sentence layout as it was: the vector, then the cues', () => {
    const [features] = sentenceFeatures('sentence', sentences, vectors);
    expect(features).toHaveLength(512 + CUE_COUNT);
  });
});

describe('opinionVetoes', () => {
  const vetoes = (draft: string) => {
    const sentences = withPartials(opinionSentences(draft));
    const features = sentenceFeatures(
      'context',
      sentences,
      sentences.map(() => new Array(512).fill(0)),
    );
    return features.map((f) => opinionVetoes('context', f));
  };

  it("asks nothing where the phrases' exceptions rule the kind out", () => {
    expect(vetoes('Please create a support ticket so we can investigate this matter.')[0]!.handoff).toBe(
      true,
    );
    expect(vetoes("I'll chase the warehouse team and get back to you by Friday.")[0]!.handoff).toBe(true);
    expect(vetoes('The customer says she can’t access the portal from home.')[0]!.cant).toBe(true);
    expect(vetoes("We can't refund this, but the customer can't wait either.")[0]!.cant).toBe(false);
    expect(vetoes('Please call your bank about the charge on your card.')[0]).toEqual({
      handoff: false,
      cant: false,
    });
  });
});

/** A context model sure of both kinds on every sentence it is asked about. */
function sureModel(): OpinionModel {
  const dims = layoutDims('context');
  const kind = { weights: new Array(dims).fill(0), bias: 20, threshold: 0.5 };
  return { trainedOn: 'test', layout: 'context', dims, kinds: { handoff: kind, cant: { ...kind } } };
}

/** Vectors without the encoder: every sentence the same. */
const vectors = () =>
  new SentenceVectors({ embed: async (texts) => texts.map(() => new Float32Array(512).fill(0.01)) });

describe('the second opinion adds, never removes', () => {
  const rules = starterRules;

  it('adds only kinds the phrases missed, and leaves every phrase nudge as it was', async () => {
    const drafts = [
      'Let me transfer you to our billing team now. We can not change the plan today.',
      'Let me transfer you to our billing team now. The plan renews on the first of the month.',
      'The plan renews on the first of the month, and your invoice is attached here.',
    ];
    for (const draft of drafts) {
      const found = analyse({ draft }, rules);
      const added = await secondOpinion(vectors(), draft, found, sureModel(), draftPartials(draft));
      const kinds = found.map((n) => n.kind);
      for (const nudge of added) {
        expect(kinds).not.toContain(nudge.kind);
        expect(nudge.source).toBe('meaning');
      }
      // What the caller shows: the phrases' nudges, untouched, then what the opinion adds.
      const shown = [...found, ...added];
      expect(shown.slice(0, found.length)).toEqual(found);
      expect(new Set(shown.map((n) => n.kind))).toEqual(new Set([...kinds, 'handoff', 'cant']));
    }
  });

  it('adds nothing when the phrases found both kinds, or where their exceptions rule a kind out', async () => {
    const both = "Let me transfer you to our billing team now. We can't change the plan today.";
    const found = analyse({ draft: both }, rules);
    expect(found.map((n) => n.kind).sort()).toEqual(['cant', 'handoff']);
    expect(await secondOpinion(vectors(), both, found, sureModel(), draftPartials(both))).toEqual([]);
    const kept = 'Please create a support ticket with the details so we can investigate this matter.';
    const added = await secondOpinion(
      vectors(),
      kept,
      analyse({ draft: kept }, rules),
      sureModel(),
      draftPartials(kept),
    );
    expect(added.map((n) => n.kind)).not.toContain('handoff');
  });

  it('reads nothing of a Spanish draft, in chat without accents or with English words in it', async () => {
    for (const draft of [
      'Lamentamos las molestias, por favor contacte con su banco para resolverlo hoy mismo.',
      'che, eso lo tenes q ver con la concesionaria, nosotros no tenemos acceso',
      'Hola! Para el refund de la app tiene que pedirlo al seller desde su cuenta de Mercado Libre.',
    ]) {
      expect(draftPartials(draft), draft).toEqual([]);
      expect(await secondOpinion(vectors(), draft, [], sureModel(), draftPartials(draft)), draft).toEqual([]);
    }
  });
});
