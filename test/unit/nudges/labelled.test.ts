import { describe, expect, it } from 'vitest';
import {
  KINDS,
  type LabelledCase,
  loadCases,
  SETS,
  scoreCases,
  starterRules,
} from '../../../src/cli/eval-nudges';

describe('the labelled cases (test/fixtures/nudges)', () => {
  const all: LabelledCase[] = (Object.keys(SETS) as (keyof typeof SETS)[]).flatMap(loadCases);

  it('has at least 150 cases with unique ids and known kinds', () => {
    expect(all.length).toBeGreaterThanOrEqual(150);
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    for (const c of all) {
      expect(c.text !== undefined || c.draft !== undefined, c.id).toBe(true);
      for (const kind of c.expect) expect(KINDS, c.id).toContain(kind);
    }
  });

  // The sets written for the phrase layer (hand-written, tuned on or held out: holdout7). The blind sets
  // written for issue 14 and the labelled real replies measure it on text in other voices; their
  // first scores are in the fixtures README, and the phrases are not tuned to them. The blind sets of
  // the fourth session of 2026-12-06 (voices, limit asks, desks) measure too: the first two are dev sets
  // of new work, the third is never tuned on; so is blind-sectors (fifth session). blind-trades,
  // blind-brands and the third blind set of limit asks (fifth session) and blind-e11 (sixth) are dev sets,
  // scored once first; the fourth blind set of limit asks (sixth) is never tuned on.
  const measuring = new Set([
    'blind-chat',
    'blind-email',
    'blind-social',
    'real-replies',
    'real-held-out',
    'blind-notes',
    'blind-voices',
    'blind-limit-asks',
    'blind-limits-l3',
    'blind-desks',
    'blind-sectors',
    'blind-trades',
    'blind-brands',
    'blind-e11',
    'blind-limits-l4',
    'blind-t1',
    'blind-t2',
    'blind-t3',
    'blind-t4',
    'blind-e12',
    'blind-t5',
    'blind-t6',
    'blind-t7',
    'blind-e13',
    'blind-limits-l5',
    'blind-t8',
    'blind-t9',
    'blind-e14',
    'blind-limits-l6',
    'blind-limits-l7',
    'blind-t10',
    'blind-e15',
    'blind-limits-l8',
    'blind-limits-l9',
    'blind-limits-l10',
    'blind-t11',
    'blind-e16',
    'blind-t12',
    'blind-t13',
    'blind-e17',
    'blind-limits-l11',
    'blind-limits-l12',
    'blind-t14',
    'blind-limits-l13',
    'blind-t15',
    'blind-t16',
    'blind-e18',
    'blind-t17',
    'blind-limits-l14',
    'blind-e19',
    'blind-t18',
  ]);
  const written = (Object.keys(SETS) as (keyof typeof SETS)[])
    .filter((set) => !measuring.has(set))
    .flatMap(loadCases);

  it('reaches precision and recall of 0.9 for every kind on the full set of sets written for the phrases', () => {
    expect(Object.keys(SETS)).toEqual(expect.arrayContaining([...measuring]));
    const score = scoreCases(written, starterRules());
    for (const kind of KINDS) {
      expect(score.kinds[kind].precision, `${kind} precision`).toBeGreaterThanOrEqual(0.9);
      expect(score.kinds[kind].recall, `${kind} recall`).toBeGreaterThanOrEqual(0.9);
    }
  }, 60_000);
});
