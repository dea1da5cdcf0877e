// The learning benchmark on a tiny set: articles start with two phrasings, tuning messages are fed as
// "used on a ticket", and held-out messages worded like them are found once their wording was learned.
import { describe, expect, it } from 'vitest';
import { evaluateLearning, learningTable, startingArticles } from '../../../src/cli/eval-learning';

const KB = [
  {
    id: 'card',
    title: 'Card arrival',
    body: 'What customers say:\n- where is my card\n- card not delivered\n- third line',
  },
  { id: 'pin', title: 'Change PIN', body: 'What customers say:\n- change my pin\n- new pin number' },
  { id: 'fee', title: 'Exchange fee', body: 'What customers say:\n- why a fee\n- charged a fee abroad' },
];

// Even positions tune, odd positions are held out (as in the suggest section).
const MESSAGES = [
  { text: 'the plastic still has not shown up in the post', expect: 'card' },
  { text: 'my plastic has not shown up in the post yet', expect: 'card' },
  { text: 'how do I reset the secret digits for the ATM', expect: 'pin' },
  { text: 'I want to reset the secret digits used at the ATM', expect: 'pin' },
  { text: 'why was I billed extra for paying in yen', expect: 'fee' },
  { text: 'billed extra when paying in yen, why', expect: 'fee' },
];

describe('the learning benchmark', () => {
  it('starts each article with two written phrasings and gains recall as phrasings are learned', async () => {
    const articles = startingArticles(KB);
    expect(articles[0]?.body).toBe('What customers say:\n- where is my card\n- card not delivered');
    const rows = await evaluateLearning(articles, MESSAGES, { steps: [0, 1] });
    expect(rows.map((row) => row.learned)).toEqual([0, 3]);
    expect(rows[0]!.words.at1).toBeLessThan(1);
    expect(rows[1]!.words).toEqual({ at1: 1, at3: 1, n: 3 });
    expect(rows[1]!.meaning).toBeUndefined();
    expect(learningTable(rows).split('\n')).toHaveLength(3);
  });
});
