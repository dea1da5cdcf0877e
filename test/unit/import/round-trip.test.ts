import { describe, expect, it } from 'vitest';
import { articlesToCsv } from '../../../src/export/articles-csv';
import { articlesToMarkdownZip } from '../../../src/export/markdown-zip';
import {
  articleForPack,
  kbToPack,
  packToJson,
  playbookForPack,
  ruleForPack,
  snippetForPack,
} from '../../../src/export/pack-export';
import { parseImportFile } from '../../../src/import/parse-file';
import { planImport, type StoredKb } from '../../../src/import/plan';
import type { Pack } from '../../../src/shared/model';
import type { OwnItDatabase } from '../../../src/storage/db';
import { applyImport } from '../../../src/storage/import-apply';
import { seedStarterPack } from '../../../src/storage/seed';
import starter from '../../../src/storage/starter-pack.json';
import { freshDatabase } from '../storage/helpers';

/** Articles that stress each format: formula-like starts, quotes, commas, line breaks, unicode. */
const TRICKY: Pack['articles'] = [
  {
    id: 'tricky-1',
    title: 'Title: with "quotes", commas; and colons',
    body: '- a list first\n- "quoted", with commas\n\n=SUM(A1) looks like a formula\n\n```snippet\nHi {{customer.name}}\n```',
    tags: ['billing', 'vip customers'],
    keywords: ['money back', 'Rückerstattung'],
    category: 'Billing, payments',
    owner: '@dana',
    reviewBy: '2027-01-31',
  },
  { id: 'tricky-2', title: '+44 phone line', body: '@mention and +1 and -1', tags: [], keywords: [] },
];

async function kbOf(db: OwnItDatabase): Promise<StoredKb> {
  return {
    articles: await db.articles.toArray(),
    playbooks: await db.playbooks.toArray(),
    rules: await db.rules.toArray(),
    snippets: await db.snippets.toArray(),
  };
}

async function sourceDb(): Promise<OwnItDatabase> {
  const db = freshDatabase();
  await seedStarterPack(db, starter as Pack);
  const parsed = parseImportFile(
    'tricky.json',
    JSON.stringify({ ...starter, id: 'tricky', articles: TRICKY, playbooks: [], rules: [] }),
  );
  await applyImport(db, planImport(await kbOf(db), parsed.items));
  return db;
}

async function importInto(db: OwnItDatabase, name: string, content: string | Uint8Array) {
  const parsed = parseImportFile(name, content);
  expect(parsed.errors).toEqual([]);
  const plan = planImport(await kbOf(db), parsed.items, parsed.errors);
  expect(plan.counts.rejected).toBe(0);
  await applyImport(db, plan);
}

const sortedArticles = async (db: OwnItDatabase) =>
  (await db.articles.orderBy('id').toArray()).map(articleForPack);

describe('export then import into a fresh database', () => {
  it('a pack reproduces every article, playbook, rule and snippet', async () => {
    const source = await sourceDb();
    const json = packToJson(kbToPack(await kbOf(source), { id: 'backup', name: 'Backup', version: '1' }));
    expect(JSON.parse(json).snippets.length).toBeGreaterThan(0);
    const target = freshDatabase();
    await importInto(target, 'backup.json', json);
    expect(await sortedArticles(target)).toEqual(await sortedArticles(source));
    expect((await target.playbooks.orderBy('id').toArray()).map(playbookForPack)).toEqual(
      (await source.playbooks.orderBy('id').toArray()).map(playbookForPack),
    );
    expect((await target.rules.orderBy('id').toArray()).map(ruleForPack)).toEqual(
      (await source.rules.orderBy('id').toArray()).map(ruleForPack),
    );
    expect((await target.snippets.orderBy('id').toArray()).map(snippetForPack)).toEqual(
      (await source.snippets.orderBy('id').toArray()).map(snippetForPack),
    );
    expect(await target.playbooks.count()).toBeGreaterThan(0);
    expect(await target.rules.count()).toBeGreaterThan(0);
    expect(await target.snippets.count()).toBe(await source.snippets.count());
    expect((await target.snippets.toArray()).every((s) => s.source === 'pack:backup')).toBe(true);
  });

  it('a snippet with fields and line breaks comes back as it was written', async () => {
    const db = freshDatabase();
    const reply = {
      id: 'late-parcel',
      title: 'Late parcel: "we are on it"',
      body: 'Hi {{customer.name}},\n\nYour parcel {{order id}} is late; I will call you on {{date:callback}}.',
      tags: ['shipping', 'late'],
    };
    const pack = { ...starter, id: 'replies', articles: [], playbooks: [], rules: [], snippets: [reply] };
    await importInto(db, 'replies.json', packToJson(pack as Pack));
    const target = freshDatabase();
    await importInto(
      target,
      'again.json',
      packToJson(kbToPack(await kbOf(db), { id: 'again', name: 'Again', version: '1' })),
    );
    expect((await target.snippets.toArray()).map(snippetForPack)).toEqual([reply]);
  });

  it('CSV reproduces every article, formula-like cells included', async () => {
    const source = await sourceDb();
    const csv = articlesToCsv(await sortedArticles(source));
    expect(csv).toContain(`"'- a list first`);
    expect(csv).toContain(`,"'+44 phone line",`);
    const target = freshDatabase();
    await importInto(target, 'articles.csv', csv);
    expect(await sortedArticles(target)).toEqual(await sortedArticles(source));
  });

  it('a Markdown zip reproduces every article', async () => {
    const source = await sourceDb();
    const zip = articlesToMarkdownZip(await sortedArticles(source));
    const target = freshDatabase();
    await importInto(target, 'articles.zip', zip);
    expect(await sortedArticles(target)).toEqual(await sortedArticles(source));
  });

  it('a selection exports only the chosen ids', async () => {
    const source = await sourceDb();
    const pack = kbToPack(
      await kbOf(source),
      { id: 'sel', name: 'Selection', version: '1' },
      new Set(['tricky-2']),
    );
    expect(pack.articles.map((a) => a.id)).toEqual(['tricky-2']);
    expect(pack.playbooks).toEqual([]);
  });
});
