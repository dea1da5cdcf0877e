// Shared fixtures for the nudge tests: the starter pack's rules and a small custom rule set.
import { readFileSync } from 'node:fs';
import type { NudgeRule } from '../../../src/nudges/index';

export const starterRules: NudgeRule[] = JSON.parse(
  readFileSync(new URL('../../../src/storage/starter-pack.json', import.meta.url), 'utf8'),
).rules;

export function rule(overrides: Partial<NudgeRule> & Pick<NudgeRule, 'id' | 'action'>): NudgeRule {
  return {
    label: overrides.id,
    limit: { amount: 100, currency: 'USD' },
    per: 'order',
    above: 'team lead',
    guidance: '',
    escalation: [],
    keywords: [],
    ...overrides,
  };
}
