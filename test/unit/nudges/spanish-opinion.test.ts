// The learned Spanish opinion (src/nudges/spanish/opinion.ts): it only adds to a Spanish draft's phrase nudges,
// never removes one, never reads an English draft or an English sentence of a mixed one, heeds the phrase layer's
// exceptions (idioms, questions, the agent keeping the case), and its weights file is what the engine reads.
import { describe, expect, it } from 'vitest';
import { SPANISH_MEASURING, spanishSets } from '../../../src/cli/eval-nudges-languages';
import { loadCases } from '../../../src/cli/nudge-sets';
import { analyse } from '../../../src/nudges/index';
import {
  SPANISH_OPINION_KINDS,
  type SpanishOpinionModel,
  spanishOpinionModel,
  textFeatureNames,
} from '../../../src/nudges/spanish/opinion';
import weights from '../../../src/nudges/spanish/opinion-model.json';

const DEV = new Set(['es-blind-s13', 'es-blind-s14', 'es-probe-traps']);

const kinds = (draft: string, learned: boolean) =>
  analyse({ draft }, [], { learned }).map(
    (n) => `${n.kind}@${n.range?.join('-')}${n.source ? `:${n.source}` : ''}`,
  );

describe('the learned Spanish opinion', () => {
  it('is loaded with the engine, from a well-formed weights file', () => {
    const model = weights as SpanishOpinionModel;
    expect(spanishOpinionModel()).toBeDefined();
    expect(model.bits).toBeGreaterThanOrEqual(10);
    for (const kind of SPANISH_OPINION_KINDS) {
      const k = model.kinds[kind];
      expect(k.gaps.length, kind).toBe(k.weights.length);
      expect(
        k.gaps.reduce((a, b) => a + b, 0),
        kind,
      ).toBeLessThan(2 ** model.bits);
      expect(
        k.gaps.slice(1).every((gap) => gap > 0),
        kind,
      ).toBe(true);
      expect(k.threshold, kind).toBeGreaterThan(0.5);
    }
  });

  it('only adds to the phrases: every phrase nudge of the newest development sets and the traps stays', () => {
    let added = 0;
    for (const [name, cases] of spanishSets()) {
      if (SPANISH_MEASURING.has(name) || !DEV.has(name)) continue;
      for (const c of cases) {
        if (!c.draft) continue;
        const alone = kinds(c.draft, false);
        const withIt = kinds(c.draft, true);
        expect(
          alone.filter((n) => !withIt.includes(n)),
          c.id,
        ).toEqual([]);
        const extra = withIt.filter((n) => !alone.includes(n));
        for (const n of extra) expect(n.endsWith(':learned'), c.id).toBe(true);
        // One nudge per kind the phrases missed, at most.
        expect(extra.length, c.id).toBeLessThanOrEqual(2);
        added += extra.length;
      }
    }
    // It does add somewhere: the weights are not empty.
    expect(added).toBeGreaterThan(0);
  }, 60_000);

  it('leaves every English draft as the phrases read it', () => {
    for (const set of ['blind-t12', 'blind-t13', 'holdout6'] as const) {
      for (const c of loadCases(set)) {
        if (!c.draft) continue;
        expect(kinds(c.draft, true), c.id).toEqual(kinds(c.draft, false));
      }
    }
  });

  it('reads accents, chat spellings and a negation past its pronouns alike', () => {
    const names = textFeatureNames('no te lo podemos devolver');
    expect(names).toContain('no>podem');
    expect(names).toContain('no>devol');
    expect(names).toContain('w podemos');
    expect(names).toContain('c ^pod');
  });
});
