// Learned phrasings: what is kept of a customer's message, masked; duplicates and the cap; the file a
// team lead puts into the pack.
import { describe, expect, it } from 'vitest';
import { addLearnedToPack, learnedToFile, parseLearnedFile } from '../../../src/export/learned-file';
import {
  linkedArticleIds,
  MAX_LEARNED_PER_ARTICLE,
  MAX_PACK_PHRASINGS,
  MAX_PHRASING_CHARS,
  phrasingOf,
  withPhrasing,
} from '../../../src/search/learned-phrasings';
import { foldText, splitWords } from '../../../src/search/normalize';
import type { Pack } from '../../../src/shared/model';
import { parsePack } from '../../../src/shared/pack-schema';

describe('phrasingOf', () => {
  it('masks names, emails, phones, links, order ids and numbers, and drops greeting and signature', () => {
    const text = phrasingOf(
      'Hi there,\n\nmy name is Jane Doe. My 2FA codes stopped on my new phone, call +44 7700 900123 or ' +
        'jane.doe@example.com. Order #A12345 (also ORD-2291) cost $45.50, see https://shop.example/o/1\n\n' +
        'Thanks,\nJane',
      ['Jane Doe'],
    );
    expect(text).toBe(
      'my name is […]. My 2FA codes stopped on my new phone, call [☎] or [@]. ' +
        'Order [#] (also [#]) cost [#], see [↗]',
    );
    for (const secret of ['Jane', 'Doe', '7700', 'example.com', 'A12345', '2291', '45', 'shop'])
      expect(text).not.toContain(secret);
  });

  it("masks the customer's name wherever it appears", () => {
    expect(phrasingOf('Priya here, the kettle Priya Shah bought will not heat', ['Priya Shah'])).toBe(
      '[…] here, the kettle […] […] bought will not heat',
    );
  });

  it('keeps nothing from a message that says no problem', () => {
    expect(phrasingOf('Thanks so much!')).toBeNull();
    expect(phrasingOf('Hi, order 12345?')).toBeNull();
    expect(phrasingOf('')).toBeNull();
  });

  it('cuts a long message at a word', () => {
    const text = phrasingOf(
      `My parcel never arrived ${'and the tracking page says nothing at all '.repeat(20)}`,
    )!;
    expect(text.length).toBeLessThanOrEqual(MAX_PHRASING_CHARS + 1);
    expect(text.endsWith('…')).toBe(true);
    expect(text).toMatch(/^My parcel never arrived and/);
  });

  it('masks with marks that are no words to the index', () => {
    const masked = phrasingOf(
      'Write to ann@example.com or call 0161 496 0000 about the broken kettle, order #A1234',
    )!;
    expect(masked).toBe('Write to [@] or call [☎] about the broken kettle, order [#]');
    expect(splitWords(foldText(masked))).toEqual([
      'write',
      'to',
      'or',
      'call',
      'about',
      'the',
      'broken',
      'kettle',
      'order',
    ]);
  });
});

describe('withPhrasing', () => {
  it('does not keep the same wording twice, and keeps the newest past the cap', () => {
    let list = withPhrasing([], 'My card was declined', 1);
    list = withPhrasing(list, 'my card   was DECLINED!', 2);
    expect(list).toEqual([{ text: 'my card   was DECLINED!', at: 2 }]);
    for (let i = 0; i < MAX_LEARNED_PER_ARTICLE + 5; i++)
      list = withPhrasing(list, `problem number ${i} words`, 10 + i);
    expect(list).toHaveLength(MAX_LEARNED_PER_ARTICLE);
    expect(list.at(-1)?.text).toBe(`problem number ${MAX_LEARNED_PER_ARTICLE + 4} words`);
    expect(list.some((item) => item.text.includes('DECLINED'))).toBe(false);
  });
});

describe('the learned-phrasings file and the pack', () => {
  const pack: Pack = {
    format: 'ownit-pack',
    formatVersion: 1,
    id: 'team',
    name: 'Team',
    version: '1',
    articles: [
      {
        id: 'warranty',
        title: 'Warranty claim',
        body: 'x',
        tags: [],
        keywords: [],
        learnedPhrasings: ['kettle broke'],
      },
      { id: 'refund', title: 'Refund', body: 'y', tags: [], keywords: [] },
    ],
    playbooks: [],
    rules: [],
  };

  it('round-trips an export and adds its phrasings to the pack without duplicates', () => {
    const file = learnedToFile(
      [
        {
          articleId: 'warranty',
          phrasings: [
            { text: 'Kettle broke!', at: 2 },
            { text: 'the kettle will not heat up', at: 1 },
          ],
        },
        { articleId: 'gone', phrasings: [{ text: 'an article the pack lacks', at: 1 }] },
      ],
      [],
      new Date(0),
    );
    const parsed = parseLearnedFile(JSON.parse(JSON.stringify(file)));
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const result = addLearnedToPack(pack, [parsed.file, parsed.file]);
    expect(result.added).toBe(1);
    expect(result.unknown).toEqual(['gone']);
    expect(result.pack.articles[0]?.learnedPhrasings).toEqual([
      'kettle broke',
      'the kettle will not heat up',
    ]);
    expect(result.pack.articles[1]?.learnedPhrasings).toBeUndefined();
    const checked = parsePack(result.pack);
    expect(checked.ok ? checked.pack.articles[0]?.learnedPhrasings : checked.errors).toEqual([
      'kettle broke',
      'the kettle will not heat up',
    ]);
  });

  it('refuses a file of another format and a pack with too many phrasings for an article', () => {
    const wrong = parseLearnedFile({ format: 'ownit-pack', formatVersion: 1, articles: [] });
    expect(wrong.ok).toBe(false);
    const many = parsePack({
      ...pack,
      articles: [
        {
          ...pack.articles[0],
          learnedPhrasings: Array.from({ length: MAX_PACK_PHRASINGS + 1 }, (_, i) => `p ${i}`),
        },
      ],
    });
    expect(many.ok ? [] : many.errors.join(' ')).toMatch(/learnedPhrasings/);
  });
});

describe('linkedArticleIds', () => {
  const kb = [
    { id: 'warranty', url: 'https://help.example.com/articles/warranty-claim' },
    { id: 'refund', url: 'https://help.example.com/articles/refund/' },
    { id: 'no-address' },
  ];

  it('finds the articles a note links, however the address is written', () => {
    expect(
      linkedArticleIds('Sent them help.example.com/x and https://HELP.example.com/articles/refund.', kb),
    ).toEqual(['refund']);
    expect(
      linkedArticleIds('Claim: http://www.help.example.com/articles/warranty-claim#steps (done)', kb),
    ).toEqual(['warranty']);
  });

  it('finds none from a note without links or with other addresses', () => {
    expect(linkedArticleIds('Called back, warranty claim filed', kb)).toEqual([]);
    expect(linkedArticleIds('See https://help.example.com/articles/warranty-claim-2', kb)).toEqual([]);
  });
});
