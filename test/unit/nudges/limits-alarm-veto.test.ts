// The learned veto on customers' limit alarms (src/nudges/limits/alarm-veto.ts) can only silence a
// customer's alarm: never a draft's, never add one. The shipped model vetoes nothing (scripts/limits-veto.ts
// found no threshold that cut the false alarms of a writer left out), so what ships is the gate alone.
import { afterEach, describe, expect, it } from 'vitest';
import { analyse } from '../../../src/nudges/index';
import { FEATURES, SHIPPED_VETO, setVetoModel, type VetoModel } from '../../../src/nudges/limits/alarm-veto';
import { matchEmpowerment } from '../../../src/nudges/limits/empowerment';
import { prepare } from '../../../src/nudges/text/document';
import { starterRules } from './helpers';

const limits = (input: { text?: string; draft?: string }) =>
  analyse(input, starterRules)
    .filter((n) => n.kind === 'within-limit' || n.kind === 'over-limit')
    .map((n) => `${n.kind} ${n.rule} ${n.amount}`);

const zeros = FEATURES.map(() => 0);
const ones = FEATURES.map(() => 1);
/** Confidence 1 / (1 + e^-bias) on every alarm: a bias of -5 is below any threshold of 0.5. */
const unsure: VetoModel = { weights: zeros, bias: -5, mean: zeros, scale: ones, threshold: 0.5 };
const sure: VetoModel = { ...unsure, bias: 5 };

afterEach(() => setVetoModel(SHIPPED_VETO));

describe('limits: the learned veto', () => {
  it('silences a customer alarm it is not confident of, and keeps it when it is', () => {
    const text = 'The kettle arrived broken. Please refund the $40 I paid.';
    setVetoModel(sure);
    expect(limits({ text })).toEqual(['within-limit refund-per-order 40']);
    setVetoModel(unsure);
    expect(limits({ text })).toEqual([]);
  });

  it("never silences a draft's alarm: the agent's offer is the agent's own", () => {
    const draft = "I'm sorry about the tent. I've refunded $300 to your card.";
    const found = () =>
      matchEmpowerment([prepare('text', ''), prepare('draft', draft)], starterRules, new Set()).map(
        (f) => `${f.kind} ${f.rule.id} ${f.amount}`,
      );
    setVetoModel(unsure);
    expect(found()).toEqual(['over-limit refund-per-order 300']);
  });

  it('ships off: the shipped model changes no alarm', () => {
    expect(SHIPPED_VETO.threshold).toBe(0);
    const text = 'The lamp came cracked. Could you refund me $150 for it?';
    expect(limits({ text })).toEqual(['over-limit refund-per-order 150']);
  });
});
