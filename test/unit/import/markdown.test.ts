import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseMarkdownArticle } from '../../../src/import/markdown-articles';
import { MAX_ZIP_ENTRIES, parseMarkdownZip } from '../../../src/import/markdown-zip';
import { articlesOf, describeIssue } from '../../../src/import/types';
import { fixtureText } from './fixtures';

describe('parseMarkdownArticle', () => {
  it('reads front matter: quoted title, inline and dashed lists, category, owner, review date', () => {
    const { items, errors } = parseMarkdownArticle('damaged-item.md', fixtureText('damaged-item.md'));
    expect(errors).toEqual([]);
    expect(items[0]!.item).toEqual({
      id: 'damaged-item',
      title: 'Damaged item: replace or refund',
      body: '## Resolve it\n\n1. Ask for a photo.\n2. Offer a **replacement** or a refund.',
      tags: ['shipping', 'returns'],
      keywords: ['broken', 'arrived smashed'],
      category: 'Orders',
      owner: 'Sam',
      reviewBy: '2027-06-30',
    });
  });

  it('without front matter takes the first heading as title, and the file name as id', () => {
    const { items } = parseMarkdownArticle('docs/no-front-matter.md', fixtureText('no-front-matter.md'));
    expect(items[0]!.item).toMatchObject({
      id: 'no-front-matter',
      title: 'Password reset emails not arriving',
      body: 'Check the spam folder, then resend from the admin page.',
    });
  });

  it('without front matter or heading takes the title from the file name', () => {
    const { items } = parseMarkdownArticle('late_delivery-policy.md', 'Just text.');
    expect(items[0]!.item).toMatchObject({ id: 'late-delivery-policy', title: 'late delivery policy' });
  });

  it('rejects an unclosed front matter or a bad date, and warns about unknown keys', () => {
    expect(describeIssue(parseMarkdownArticle('a.md', '---\ntitle: x\nbody').errors[0]!)).toBe(
      'a.md:1: the front matter starting with "---" is never closed by another "---"',
    );
    const bad = parseMarkdownArticle('b.md', '---\ntitle: B\nreview_by: soon\nauthor: me\n---\nText');
    expect(bad.items).toEqual([]);
    expect(bad.errors.map(describeIssue)).toEqual([
      'b.md:4: warning: author: unknown front matter key "author" is ignored',
      'b.md:3: review_by: "soon" is not a date like 2027-03-31',
    ]);
  });
});

describe('parseMarkdownZip', () => {
  const md = (title: string) => strToU8(`---\ntitle: ${title}\n---\nBody of ${title}`);

  it('reads every .md entry, skips __MACOSX and dotfiles silently and other files with a warning', () => {
    const zip = zipSync({
      'kb/refunds.md': md('Refunds'),
      'kb/sub/late.md': md('Late'),
      '__MACOSX/kb/._refunds.md': strToU8('junk'),
      'kb/.DS_Store': strToU8('junk'),
      'kb/logo.png': new Uint8Array([1, 2, 3]),
    });
    const { items, errors } = parseMarkdownZip('kb.zip', zip);
    expect(articlesOf(items).map((a) => [a.id, a.title])).toEqual([
      ['refunds', 'Refunds'],
      ['late', 'Late'],
    ]);
    expect(errors.map(describeIssue)).toEqual([
      'kb.zip/kb/logo.png: warning: not a Markdown (.md) file; skipped',
    ]);
  });

  it('refuses archives with too many entries before inflating them', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i <= MAX_ZIP_ENTRIES; i++) files[`${i}.md`] = new Uint8Array(0);
    const { items, errors } = parseMarkdownZip('huge.zip', zipSync(files, { level: 0 }));
    expect(items).toEqual([]);
    expect(errors[0]!.message).toMatch(/more than 20000 Markdown files/);
  });

  it('refuses an archive that declares more than the size cap unpacked (a zip bomb) without inflating it', () => {
    const zip = zipSync({ 'a.md': md('A'), 'b.md': md('B') });
    // Declare 60 MB uncompressed for each entry in the central directory, as a bomb would.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    for (let at = 0; at + 4 <= zip.byteLength; at++) {
      if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 60 * 1024 * 1024, true);
    }
    const { items, errors } = parseMarkdownZip('bomb.zip', zip);
    expect(items).toEqual([]);
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/more than 100 MB once unpacked/)]);
  });

  it('says when the bytes are not a zip or hold no Markdown', () => {
    expect(parseMarkdownZip('x.zip', strToU8('not a zip')).errors[0]!.message).toMatch(
      /not a readable \.zip/,
    );
    expect(parseMarkdownZip('y.zip', zipSync({ 'a.txt': strToU8('x') })).errors.at(-1)!.message).toMatch(
      /no Markdown/,
    );
  });
});
