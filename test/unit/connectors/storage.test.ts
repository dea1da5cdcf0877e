import { describe, expect, it } from 'vitest';
import { parseHelpdeskExport } from '../../../src/import/helpdesk';
import { parseImportFile } from '../../../src/import/parse-file';
import { planImport } from '../../../src/import/plan';
import type { Article } from '../../../src/shared/model';
import { parsePack } from '../../../src/shared/pack-schema';
import { helpCenters } from '../../../src/storage/help-centers';
import { freshDatabase } from '../storage/helpers';

const article = (id: string, patch: Partial<Article> = {}): Article => ({
  id,
  title: `Title ${id}`,
  body: 'Body',
  tags: [],
  keywords: [],
  updatedAt: 1,
  version: 1,
  source: 'help:hc',
  ...patch,
});

describe('the import plan of a help-center sync', () => {
  it('plans articles that left a complete listing as removed, keeping the ones the agent edited', () => {
    const stored = [
      article('zendesk-1'),
      article('zendesk-2'),
      article('zendesk-3', { editedLocally: true }),
      article('mine', { source: 'local' }),
    ];
    const incoming = [
      {
        kind: 'article' as const,
        item: { id: 'zendesk-1', title: 'Title zendesk-1', body: 'Body', tags: [], keywords: [] },
        where: 'x',
        source: 'help:hc' as const,
      },
    ];
    const plan = planImport({ articles: stored, playbooks: [], rules: [] }, incoming, [], {
      removals: { source: 'help:hc', complete: true },
    });
    expect(plan.rows.map((row) => `${row.id}:${row.status}`)).toEqual([
      'zendesk-1:unchanged',
      'zendesk-2:removed',
      'zendesk-3:edited-locally',
    ]);
    expect(plan.counts).toMatchObject({ removed: 1, 'edited-locally': 1 });
  });

  it('removes only the named ones when the listing is not complete', () => {
    const stored = [article('zendesk-1'), article('zendesk-2')];
    const plan = planImport({ articles: stored, playbooks: [], rules: [] }, [], [], {
      removals: { source: 'help:hc', complete: false, ids: ['zendesk-2'] },
    });
    expect(plan.rows.map((row) => `${row.id}:${row.status}`)).toEqual(['zendesk-2:removed']);
  });
});

describe('article links', () => {
  it('a pack article may carry an http(s) address, nothing else', () => {
    const pack = (url: string) => ({
      format: 'ownit-pack',
      formatVersion: 1,
      id: 'p',
      name: 'p',
      version: '1',
      articles: [{ id: 'a', title: 'A', body: '', url }],
      playbooks: [],
      rules: [],
    });
    expect(parsePack(pack('https://help.acme.com/a')).ok).toBe(true);
    expect(parsePack(pack('javascript:alert(1)'))).toMatchObject({
      ok: false,
      errors: [expect.stringContaining('url: must be an http or https address')],
    });
  });

  it('a Zendesk or Intercom export keeps the public address, never the API one', () => {
    const zendesk = parseHelpdeskExport('zendesk', 'z.json', {
      articles: [
        {
          id: 1,
          title: 'A',
          body: '<p>x</p>',
          url: 'https://acme.zendesk.com/api/v2/help_center/articles/1.json',
          html_url: 'https://acme.zendesk.com/hc/articles/1',
        },
      ],
    });
    expect(zendesk.items[0]?.item).toMatchObject({ url: 'https://acme.zendesk.com/hc/articles/1' });
    const intercom = parseHelpdeskExport('intercom', 'i.json', {
      type: 'list',
      data: [
        { id: '2', title: 'B', body: '', state: 'published', url: 'https://help.acme.com/en/articles/2' },
      ],
    });
    expect(intercom.items[0]?.item).toMatchObject({ url: 'https://help.acme.com/en/articles/2' });
    const hostile = parseHelpdeskExport('zendesk', 'z.json', {
      articles: [{ id: 3, title: 'C', body: '', html_url: 'javascript:alert(1)' }],
    });
    expect(hostile.items[0]?.item).not.toHaveProperty('url');
  });
});

describe('disconnecting a help center', () => {
  it('removes its articles but keeps the ones the agent edited, as theirs', async () => {
    const db = freshDatabase();
    await helpCenters.add(
      db,
      { id: 'hc', kind: 'zendesk', base: 'https://acme.zendesk.com', addedAt: 0, status: 'ok' },
      'dup',
    );
    await db.articles.bulkPut([article('zendesk-1'), article('zendesk-2', { editedLocally: true })]);
    expect(await helpCenters.remove(db, 'hc')).toEqual({ removed: 1, kept: 1 });
    expect(await db.articles.get('zendesk-1')).toBeUndefined();
    expect(await db.articles.get('zendesk-2')).toMatchObject({ source: 'local' });
    expect(await helpCenters.all(db)).toEqual([]);
  });

  it('refuses a second connection to the same help center', async () => {
    const db = freshDatabase();
    const row = {
      id: 'a',
      kind: 'zendesk' as const,
      base: 'https://acme.zendesk.com',
      addedAt: 0,
      status: 'never' as const,
    };
    await helpCenters.add(db, row, 'already connected');
    await expect(helpCenters.add(db, { ...row, id: 'b' }, 'already connected')).rejects.toThrow(
      'already connected',
    );
  });
});

describe('an article address through exports', () => {
  it('survives a pack, CSV and Markdown export and import', async () => {
    const { articleForPack } = await import('../../../src/export/pack-export');
    const { articlesToCsv } = await import('../../../src/export/articles-csv');
    const { articleToMarkdown } = await import('../../../src/export/markdown-zip');
    const stored = article('zendesk-7', { url: 'https://acme.zendesk.com/hc/articles/7' });
    const packed = articleForPack(stored);
    expect(packed.url).toBe('https://acme.zendesk.com/hc/articles/7');
    const csv = parseImportFile('kb.csv', articlesToCsv([packed]));
    expect(csv.items[0]?.item).toMatchObject({ url: 'https://acme.zendesk.com/hc/articles/7' });
    const md = parseImportFile('zendesk-7.md', articleToMarkdown(packed));
    expect(md.items[0]?.item).toMatchObject({ url: 'https://acme.zendesk.com/hc/articles/7' });
  });

  it('a CSV row whose url is not http or https is refused with the reason', () => {
    const csv = parseImportFile('kb.csv', 'title,body,url\r\nA,B,javascript:alert(1)\r\n');
    const plan = planImport({ articles: [], playbooks: [], rules: [] }, csv.items, csv.errors);
    expect(plan.rows[0]).toMatchObject({
      status: 'rejected',
      reasons: ['url: must be an http or https address'],
    });
  });
});
