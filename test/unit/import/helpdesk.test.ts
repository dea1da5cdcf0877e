import { describe, expect, it } from 'vitest';
import { parseImportFile } from '../../../src/import/parse-file';
import { describeIssue } from '../../../src/import/types';
import { fixtureText } from './fixtures';

describe('helpdesk exports', () => {
  it('Zendesk: HTML body to Markdown, labels to tags, drafts skipped, prefixed ids, the public address kept', () => {
    const result = parseImportFile('zendesk.json', fixtureText('zendesk.json'));
    expect(result.format).toBe('zendesk');
    expect(result.items.map((i) => i.item)).toEqual([
      {
        id: 'zendesk-360001',
        title: 'Change your delivery address',
        body: '## Before it ships\n\nYou can change the address in [your orders](https://acme.example/orders).\n\n- Open the order\n- Choose **Edit address**',
        tags: ['address', 'orders'],
        keywords: [],
        category: 'section 115000',
        url: 'https://acme.zendesk.com/hc/en-us/articles/360001-Change-your-delivery-address',
      },
    ]);
    expect(result.errors.map(describeIssue)).toEqual([
      'zendesk.json: warning: 1 draft or unpublished article skipped',
    ]);
  });

  it('Zendesk: a bare array of articles works too', () => {
    const data = JSON.parse(fixtureText('zendesk.json')) as { articles: unknown[] };
    const result = parseImportFile('articles.json', JSON.stringify(data.articles));
    expect(result.format).toBe('zendesk');
    expect(result.items).toHaveLength(1);
  });

  it('Freshdesk: published only, images become their alt text', () => {
    const result = parseImportFile('freshdesk.json', fixtureText('freshdesk.json'));
    expect(result.format).toBe('freshdesk');
    expect(result.items.map((i) => i.item)).toEqual([
      {
        id: 'freshdesk-5000123',
        title: 'How to update billing details',
        body: 'Go to **Billing** > *Payment methods*.\n\nBilling page',
        tags: ['billing'],
        keywords: [],
        category: 'folder 42',
      },
    ]);
    expect(result.errors[0]!.message).toBe('1 draft or unpublished article skipped');
  });

  it('Intercom: description leads the body, tables become pipe rows', () => {
    const result = parseImportFile('intercom.json', fixtureText('intercom.json'));
    expect(result.format).toBe('intercom');
    expect(result.items.map((i) => i.item)).toEqual([
      {
        id: 'intercom-8123',
        title: 'Cancel a subscription',
        body: 'Stop renewal at any time\n\nOpen *Settings* and choose `Cancel plan`.\n\n| Plan | Refund |\n| --- | --- |\n| Monthly | None |',
        tags: [],
        keywords: [],
        url: 'https://help.acme.example/articles/8123',
      },
    ]);
  });

  it('names the row and field of an article without a title', () => {
    const result = parseImportFile(
      'z.json',
      JSON.stringify({ articles: [{ id: 1, title: ' ', body: '', section_id: 2 }] }),
    );
    expect(result.errors.map(describeIssue)).toEqual(['z.json: item 0: title: must not be empty']);
  });
});
