import { describe, expect, it } from 'vitest';
import { parseCsvArticles } from '../../../src/import/csv-articles';
import { parseCsvRecords } from '../../../src/import/csv-records';
import { parseImportFile } from '../../../src/import/parse-file';
import { describeIssue, MAX_FILE_ITEMS } from '../../../src/import/types';
import { fixtureText } from './fixtures';

describe('parseCsvRecords', () => {
  it('reads quoted fields with commas, line breaks and doubled quotes, CRLF and a BOM', () => {
    const { records } = parseCsvRecords('\uFEFFa,b\r\n"x, y","he said ""hi""\r\nthen left"\r\n');
    expect(records.map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['x, y', 'he said "hi"\nthen left'],
    ]);
    expect(records[1]!.line).toBe(2);
  });

  it('counts lines across multi-line fields and skips blank lines', () => {
    const { records } = parseCsvRecords('h\n"1\n2\n3"\n\nlast\n');
    expect(records.map((r) => [r.fields[0], r.line])).toEqual([
      ['h', 1],
      ['1\n2\n3', 2],
      ['last', 6],
    ]);
  });

  it('detects semicolon-separated files and keeps empty trailing fields', () => {
    const { records, delimiter } = parseCsvRecords('a;b;c\n1;;\n');
    expect(delimiter).toBe(';');
    expect(records[1]!.fields).toEqual(['1', '', '']);
  });

  it('reports where an unclosed quote starts', () => {
    expect(parseCsvRecords('a,b\n1,2\n"open,3\n4,5\n').unclosedQuoteLine).toBe(3);
  });
});

describe('parseCsvArticles', () => {
  it('reads every documented column, warns about unknown ones and makes ids from titles', () => {
    const { items, errors } = parseCsvArticles('articles.csv', fixtureText('articles.csv'));
    expect(errors.map(describeIssue)).toEqual([
      'articles.csv:1: warning: color: unknown column "color" is ignored',
    ]);
    expect(items.map((i) => i.item)).toEqual([
      {
        id: 'wifi-reset',
        title: 'Reset the office Wi-Fi router',
        body: 'Unplug the router for 30 seconds.\nThen plug it back in, and wait for the green light.',
        tags: ['network', 'hardware'],
        keywords: ['wifi, internet'],
        category: 'IT',
        owner: 'Dana',
        reviewBy: '2027-03-31',
      },
      {
        id: 'parcel-marked-delivered-but-missing',
        title: 'Parcel marked "delivered" but missing',
        body: 'Ask the customer to check with neighbours; then open a carrier claim.',
        tags: ['delivery', 'claims'],
        keywords: ['lost parcel'],
        category: 'Shipping',
      },
      {
        id: 'gift-card',
        title: 'Gift card balance',
        body: 'Check the balance on the gift card page.',
        tags: ['billing'],
        keywords: [],
      },
    ]);
    expect(items.every((i) => i.source === 'local')).toBe(true);
  });

  it('rejects bad rows with file, line and field, and keeps the good ones', () => {
    const { items, errors } = parseCsvArticles('broken.csv', fixtureText('broken.csv'));
    expect(items.map((i) => i.item.id)).toEqual(['ok-row']);
    expect(errors.map(describeIssue)).toEqual([
      'broken.csv:5: a quoted field is never closed; the rest of the file was not read',
      'broken.csv:3: title: must not be empty',
      'broken.csv:4: review_by: "31/12/2027" is not a date like 2027-03-31',
    ]);
  });

  it('reads semicolon-separated files from European spreadsheets', () => {
    const { items, errors } = parseCsvArticles('semicolon.csv', fixtureText('semicolon.csv'));
    expect(errors).toEqual([]);
    expect(items[0]!.item).toMatchObject({
      id: 'refund-eu',
      title: 'Rückerstattung',
      tags: ['billing', 'refund'],
    });
  });

  it('needs a title column and says so', () => {
    const { items, errors } = parseCsvArticles('x.csv', 'name_of_thing,body\nA,B\n');
    expect(items).toEqual([]);
    expect(errors.at(-1)?.message).toMatch(/no "title" column/);
    expect(parseCsvArticles('empty.csv', '').errors[0]!.message).toMatch(/empty/);
  });

  it('takes off the apostrophe the CSV export adds before formula-like cells', () => {
    const { items } = parseCsvArticles('x.csv', "title,body\n'=SUM(A1),'- first step\n");
    expect(items[0]!.item).toMatchObject({ title: '=SUM(A1)', body: '- first step' });
  });
});

describe('the row cap', () => {
  const csv = (rows: number) => `title,body\n${'Refund,Pay it back\n'.repeat(rows)}`;

  it(`reads a file of exactly ${MAX_FILE_ITEMS} rows`, () => {
    const result = parseCsvArticles('big.csv', csv(MAX_FILE_ITEMS));
    expect(result.errors.filter((e) => e.severity === 'error')).toEqual([]);
    expect(result.items).toHaveLength(MAX_FILE_ITEMS);
  });

  it('refuses a file of one row more, as a whole, with a clear message (the same cap as a .zip)', () => {
    const result = parseImportFile('big.csv', csv(MAX_FILE_ITEMS + 1));
    expect(result.items).toEqual([]);
    expect(result.errors.map(describeIssue)).toEqual([
      'big.csv: the file has more than 20,000 rows; the limit is 20,000. Split it into smaller files.',
    ]);
  });

  it('stops reading at the cap: a million short rows are refused without reading them all', () => {
    const { records, truncated } = parseCsvRecords('t\n'.repeat(1_000_000), undefined, 10);
    expect(truncated).toBe(true);
    expect(records).toHaveLength(10);
    const result = parseCsvArticles('million.csv', csv(1_000_000));
    expect(result.items).toEqual([]);
    expect(result.errors[0]?.message).toContain('more than 20,000 rows');
  });
});
