// Limit alarms on real customer messages nobody here wrote: the BANKING77 customer messages (../shared/data,
// CC BY 4.0), a bank's customers writing about withdrawals, charges, transfers and exchange. Seventy-four
// of them carry a dollar amount ("I asked for $100 but only got $20", "a $500 withdrawal I didn't make",
// "why was I charged $1"), and none asks for a refund, credit, waiver, discount or shipping upgrade of an
// amount: every limit alarm on them would be a false one an agent learns to ignore.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/nudges/index';
import { starterRules } from './helpers';

// The shared data sets sit beside the repository on the build machine, not in it (as in the meaning tests).
const QUERIES = '../shared/data/banking77/train-queries.json';
const present = existsSync(QUERIES);
const messages = present
  ? (JSON.parse(readFileSync(QUERIES, 'utf8')) as { text: string }[]).map((q) => q.text)
  : [];
const dollars = messages.filter((text) => /\$|\bdollars?\b|\bbucks?\b/i.test(text));

describe.skipIf(!present)('real bank customer messages (BANKING77)', () => {
  it('holds thousands of messages and seventy with a dollar amount', () => {
    expect(messages.length).toBeGreaterThan(9_000);
    expect(dollars.length).toBeGreaterThanOrEqual(70);
  });

  it('raises no limit alarm on any of them', () => {
    const alarms = messages.flatMap((text) =>
      analyse({ text }, starterRules)
        .filter((n) => n.kind === 'within-limit' || n.kind === 'over-limit')
        .map((n) => `${n.kind}: ${text}`),
    );
    expect(alarms).toEqual([]);
  }, 120_000);
});
