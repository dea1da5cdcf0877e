import { describe, expect, it } from 'vitest';
import { docsOfJson, loadKb } from '../../../src/cli/load-kb';
import { ARTICLES, tempFile } from './temp-files';

describe('loadKb', () => {
  it('loads a JSON array of articles, with optional tags and keywords', async () => {
    const docs = await loadKb(tempFile('kb.json', ARTICLES));
    expect(docs.map((doc) => doc.id)).toEqual(['refund', 'late', 'locked']);
    expect(docs[0]).toMatchObject({
      kind: 'article',
      title: 'Refund request',
      tags: ['billing'],
      keywords: [],
    });
    expect(docs[2]?.keywords).toEqual(['blocked']);
  });

  it('loads an Own It pack with articles and playbooks', async () => {
    const pack = {
      format: 'ownit-pack',
      formatVersion: 1,
      id: 'team',
      name: 'Team pack',
      version: '1.0.0',
      articles: [{ ...ARTICLES[0], keywords: ['money back'], category: 'Billing', reviewBy: '2030-01-01' }],
      playbooks: [
        {
          id: 'pb-angry',
          title: 'Calm an upset customer',
          summary: 'Own it.',
          triggers: ['angry'],
          tags: ['escalation'],
          steps: [{ stage: 'capture', text: 'Listen first', snippet: 'I understand, {{customer.name}}.' }],
        },
      ],
      rules: [],
    };
    const docs = await loadKb(tempFile('pack.json', pack));
    expect(docs.map((doc) => [doc.id, doc.kind])).toEqual([
      ['refund', 'article'],
      ['pb-angry', 'playbook'],
    ]);
    expect(docs[0]).toMatchObject({ category: 'Billing', reviewBy: '2030-01-01', keywords: ['money back'] });
    expect(docs[1]).toMatchObject({ keywords: ['angry'], tags: ['escalation'] });
    expect(docs[1]?.body).toContain('Listen first');
    expect(docs[1]?.updatedAt).toBeUndefined();
  });

  it('loads .jsonl and .jsonl.gz corpora, skipping blank lines', async () => {
    const lines = `${ARTICLES.map((a) => JSON.stringify(a)).join('\n')}\n\n`;
    expect((await loadKb(tempFile('corpus.jsonl', lines))).length).toBe(3);
    expect((await loadKb(tempFile('corpus.jsonl.gz', lines))).map((doc) => doc.id)).toEqual([
      'refund',
      'late',
      'locked',
    ]);
  });

  it('says which file is missing', async () => {
    await expect(loadKb('/no/such/kb.json')).rejects.toThrow('File not found: /no/such/kb.json');
  });

  it('reports bad JSON with its line and column', async () => {
    const path = tempFile('bad.json', '[\n  {"id": "a", "title": "A"},\n  {"id": "b", "title": }\n]');
    await expect(loadKb(path)).rejects.toThrow(`${path}: invalid JSON at line 3, column 24: unexpected "}"`);
  });

  it('reports a bad JSON line of a corpus with its line number', async () => {
    const text = `${JSON.stringify(ARTICLES[0])}\n\n{"id": "x", "title": "broken"\n`;
    const path = tempFile('bad.jsonl', text);
    await expect(loadKb(path)).rejects.toThrow(
      `${path} line 3: invalid JSON at column 30: unexpected end of input`,
    );
    const gz = tempFile('bad.jsonl.gz', text);
    await expect(loadKb(gz)).rejects.toThrow(`${gz} line 3: invalid JSON`);
    await expect(loadKb(tempFile('not-gzip.jsonl.gz', 'plain text', true))).rejects.toThrow(
      /not valid gzip data/,
    );
  });

  it('says which article is wrong and why', () => {
    expect(() => docsOfJson([{ id: 'a', title: 'A' }, { id: 'b' }], 'kb.json')).toThrow(
      'kb.json: item 1: "title" is missing.',
    );
    expect(() => docsOfJson([{ title: 'A' }], 'kb.json')).toThrow(
      'kb.json: item 0: "id" must be a non-empty string.',
    );
    expect(() => docsOfJson([{ id: 'a', title: 'A', tags: 'x' }], 'kb.json')).toThrow(
      'kb.json: item 0: "tags" must be a list of strings.',
    );
    expect(() => docsOfJson({ format: 'other', articles: [] }, 'p.json')).toThrow(/unknown format "other"/);
    expect(() => docsOfJson({ hello: 1 }, 'p.json')).toThrow(
      /expected a JSON array of articles or an Own It pack/,
    );
    expect(() => docsOfJson([42], 'kb.json')).toThrow('kb.json: item 0: expected an article object.');
  });
});
