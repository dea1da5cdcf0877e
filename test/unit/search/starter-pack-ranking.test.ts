// Words-only suggestions on the starter pack for customer wordings that share no word with an article's
// title: a support phrase must bring the article whose "What customers say" list says it another way.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docsOfJson } from '../../../src/cli/load-kb';
import { queryFromPage, SearchIndex } from '../../../src/search';

const pack = JSON.parse(
  readFileSync(new URL('../../../src/storage/starter-pack.json', import.meta.url), 'utf8'),
);
const index = SearchIndex.build(docsOfJson(pack, 'starter-pack.json'));
const firstFor = (customerMessage: string) =>
  index.suggest(queryFromPage({ customerMessage }), { limit: 3 })[0]?.id;

describe('starter pack: a complaint about how a colleague ended a call or a chat', () => {
  it('suggests the complaint about a previous agent, not the callback article', () => {
    for (const message of [
      'The woman I spoke to put the phone down on me.',
      'Your agent Jordan shut the chat while I was still typing my question about the washing machine.',
    ]) {
      expect(firstFor(message), message).toBe('complaint-previous-agent');
    }
  });
});

describe('starter pack: a subscription that went on for another period', () => {
  it('suggests the unexpected renewal when the customer says it went on, not that it "renewed"', () => {
    for (const message of [
      'The plan rolled over into another year without a word from you.',
      'Your app kept charging me every month after the trial ended.',
    ]) {
      expect(firstFor(message), message).toBe('unexpected-renewal');
    }
  });
});

describe('starter pack: a superlative the index does not know', () => {
  it('meets the plain word an article uses ("rudest" → "rude")', () => {
    expect(firstFor('The woman on the phone was the rudest person ever.')).toBe('complaint-previous-agent');
    const hit = index.suggest('the rudest person ever', { limit: 1 })[0];
    expect(hit?.why?.words.join(' ')).toMatch(/rude/);
  });
});
