// Item 3 of issue 16: an article is matched by the problem it is about (its summary and what customers
// say) more than by its resolution steps; a long message's sentences are read for meaning one by one.
import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../../src/meaning/knowledge';
import { SearchIndex } from '../../../src/search';
import { problemPartOf } from '../../../src/search/doc-terms';

const article = (id: string, title: string, says: string[], steps: string[]) => ({
  id,
  kind: 'article' as const,
  title,
  tags: [],
  keywords: [],
  body: [
    '## When to use',
    `A customer has a problem with ${title.toLowerCase()}.`,
    '## What customers say',
    ...says.map((line) => `- "${line}"`),
    '## Resolve it',
    ...steps.map((line, i) => `${i + 1}. ${line}`),
  ].join('\n'),
  updatedAt: 1,
});

describe("an article's problem part", () => {
  it('is the summary and the phrasings, up to the resolution', () => {
    const part = problemPartOf(
      article('a', 'Gift card', ['My voucher code fails'], ['Check the email']).body,
    );
    expect(part).toContain('My voucher code fails');
    expect(part).not.toContain('Check the email');
  });

  it('is nothing for an article that is only phrasings, or has none', () => {
    expect(
      problemPartOf('What customers say:\n- My refund is missing\n- Where is my refund?'),
    ).toBeUndefined();
    expect(problemPartOf('## Steps\n1. Open the order\n2. Refund it')).toBeUndefined();
  });

  it("weighs a customer's words in the phrasings over the same words in another article's steps", () => {
    const index = SearchIndex.build([
      // The renewal article's customers talk of the statement and the year; the gift card's steps do.
      article(
        'gift',
        'Gift card problems',
        ['The code on my present card fails', 'My voucher balance is too low'],
        ['Ask for the card statement and the year it was bought', 'Check the card statement line by line'],
      ),
      article(
        'renewal',
        'Subscription renewed unexpectedly',
        ['My card statement shows another year', 'You charged me for a year without asking'],
        ['Look at the account history', 'Refund if the period is unused'],
      ),
    ]);
    const hits = index.suggest('my card statement shows another full year', { limit: 2 });
    expect(hits.map((hit) => hit.id)).toEqual(['renewal', 'gift']);
  });
});

describe('sentences read for meaning on their own', () => {
  it('are the sentences of four words or more, at most four', () => {
    expect(
      sentencesOf(
        'Hi there. I want to stop the box. It is fine. The coffee is lovely, honestly. Ok. Stop it now please. One more thing here.',
      ),
    ).toEqual([
      'I want to stop the box.',
      'The coffee is lovely, honestly.',
      'Stop it now please.',
      'One more thing here.',
    ]);
  });
});
