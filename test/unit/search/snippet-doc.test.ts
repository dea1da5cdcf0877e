import { describe, expect, it } from 'vitest';
import { docFromSnippet, SearchIndex } from '../../../src/search';
import type { Snippet } from '../../../src/shared/model';

const snippet: Snippet = {
  id: 'refund-confirmation',
  title: 'Refund confirmation',
  body: "Hi {{customer.name}}, I've issued your refund of {{amount:text(e.g. £24.99)}} by {{method:choice(card|PayPal)}}.",
  tags: ['refund'],
  updatedAt: 0,
  version: 1,
  source: 'local',
};

describe('a snippet in search results', () => {
  it('shows its fields as [name] in the excerpt, never their syntax', () => {
    expect(docFromSnippet(snippet).body).toBe(
      "Hi [customer.name], I've issued your refund of [amount] by [method].",
    );
    const [hit] = SearchIndex.build([docFromSnippet(snippet)]).search('refund issued');
    expect(hit?.excerpt).toContain('[amount]');
    expect(hit?.excerpt).not.toMatch(/text\(|choice\(|\{\{/);
  });

  it('is still found by a choice’s answers', () => {
    expect(SearchIndex.build([docFromSnippet(snippet)]).search('paypal')[0]?.id).toBe('refund-confirmation');
  });
});
