import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { articlesToCsv } from '../../../src/export/articles-csv';
import { articlesToMarkdownZip, articleToMarkdown } from '../../../src/export/markdown-zip';
import { packHashInput, packSha256, signPack } from '../../../src/export/pack-hash';
import { parseCsvRecords } from '../../../src/import/csv-records';
import { fixtureText } from './fixtures';

const risky = {
  id: 'x',
  title: '=HYPERLINK("http://evil","click")',
  body: '@SUM(1)',
  tags: ['+1'],
  keywords: ['-2'],
  owner: '\tTab',
};

describe('CSV export', () => {
  it('neutralises every cell a spreadsheet would run as a formula', () => {
    const csv = articlesToCsv([risky]);
    expect(csv.startsWith('\uFEFFid,title,body,tags,keywords,category,owner,review_by,url\r\n')).toBe(true);
    const cells = parseCsvRecords(csv).records[1]!.fields;
    expect(cells).toEqual([
      'x',
      `'=HYPERLINK("http://evil","click")`,
      "'@SUM(1)",
      "'+1",
      "'-2",
      '',
      "'\tTab",
      '',
      '',
    ]);
  });
});

describe('Markdown zip export', () => {
  it('writes one file per article with JSON-quoted front matter, unique names', () => {
    const zip = unzipSync(articlesToMarkdownZip([risky, { ...risky, title: 'Second' }]));
    expect(Object.keys(zip)).toEqual(['x.md', 'x-2.md']);
    expect(articleToMarkdown(risky)).toBe(
      '---\nid: "x"\ntitle: "=HYPERLINK(\\"http://evil\\",\\"click\\")"\ntags: ["+1"]\nkeywords: ["-2"]\nowner: "\\tTab"\n---\n\n@SUM(1)\n',
    );
  });
});

describe('pack content hash', () => {
  it('is the SHA-256 of JSON.stringify of the pack without its sha256 key, in file key order', async () => {
    const parsed = JSON.parse(fixtureText('team-pack.json')) as Record<string, unknown>;
    const expected = createHash('sha256').update(JSON.stringify(parsed), 'utf8').digest('hex');
    expect(await packSha256(parsed)).toBe(expected);
    const signed = await signPack(parsed);
    expect(Object.keys(signed).at(-1)).toBe('sha256');
    expect(signed.sha256).toBe(expected);
    expect(packHashInput(signed)).toBe(JSON.stringify(parsed));
    expect(await packSha256({ ...parsed, name: 'changed' })).not.toBe(expected);
  });
});
