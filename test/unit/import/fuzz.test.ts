// Every parser returns errors for bad input and never throws, on random text and on damaged copies
// of the valid fixtures; adversarial inputs finish (a catastrophic regex would hang here).

import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseCsvArticles } from '../../../src/import/csv-articles';
import { detectFormat } from '../../../src/import/detect';
import { parseHelpdeskExport } from '../../../src/import/helpdesk';
import { htmlToMarkdown } from '../../../src/import/html-markdown';
import { parseMarkdownArticle } from '../../../src/import/markdown-articles';
import { parseMarkdownZip } from '../../../src/import/markdown-zip';
import { parseJsonText, parsePackValue } from '../../../src/import/pack-file';
import { parseImportFile } from '../../../src/import/parse-file';
import type { ParseResult } from '../../../src/import/types';
import { fixtureBytes, fixtureNames, fixtureText } from './fixtures';

const TEXT_FIXTURES = fixtureNames();

function wellFormed(result: ParseResult): void {
  expect(Array.isArray(result.items)).toBe(true);
  for (const error of result.errors) {
    expect(typeof error.file).toBe('string');
    expect(error.message.length).toBeGreaterThan(0);
  }
}

const textParsers: [string, (text: string) => unknown][] = [
  ['csv', (t) => wellFormed(parseCsvArticles('f.csv', t))],
  ['markdown', (t) => wellFormed(parseMarkdownArticle('f.md', t))],
  ['file', (t) => wellFormed(parseImportFile('f.json', t))],
  ['file (csv name)', (t) => wellFormed(parseImportFile('f.csv', t))],
  ['html', (t) => expect(typeof htmlToMarkdown(t)).toBe('string')],
  ['detect', (t) => expect(typeof detectFormat('x', t)).toBe('string')],
  [
    'json exports',
    (t) => {
      const json = parseJsonText('f.json', t);
      const value = json.ok ? json.value : t;
      wellFormed(parsePackValue('f.json', value));
      for (const kind of ['zendesk', 'freshdesk', 'intercom'] as const)
        wellFormed(parseHelpdeskExport(kind, 'f.json', value));
    },
  ],
];

/** Damage done to a valid file: cut it, flip a byte, or insert a quote, brace or delimiter. */
const mutation = (text: string) =>
  fc.oneof(
    fc.nat({ max: text.length }).map((at) => text.slice(0, at)),
    fc
      .tuple(fc.nat({ max: Math.max(0, text.length - 1) }), fc.integer({ min: 1, max: 0xffff }))
      .map(
        ([at, code]) =>
          text.slice(0, at) + String.fromCharCode(text.charCodeAt(at) ^ code) + text.slice(at + 1),
      ),
    fc
      .tuple(
        fc.nat({ max: text.length }),
        fc.constantFrom('"', "'", '{', '}', '[', ']', ',', ';', '\n', '---\n', '<', '>', '<!--', '&#'),
      )
      .map(([at, insert]) => text.slice(0, at) + insert + text.slice(at)),
  );

describe('parsers never throw', () => {
  for (const [name, run] of textParsers) {
    it(`${name}: random text`, () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => void run(text)),
        { numRuns: 300 },
      );
    });

    it(`${name}: damaged fixtures`, () => {
      const fixtures = TEXT_FIXTURES.map(fixtureText);
      fc.assert(
        fc.property(
          fc
            .constantFrom(...fixtures)
            .chain((text) => fc.array(mutation(text), { minLength: 1, maxLength: 1 }).map((t) => t[0]!)),
          (text) => void run(text),
        ),
        { numRuns: 200 },
      );
    });
  }

  it('zip: random bytes and damaged archives', () => {
    const zip = zipSync({ 'a.md': fixtureBytes('damaged-item.md'), 'b.md': strToU8('# B\n\ntext') });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          fc.nat({ max: zip.length }).map((at) => zip.slice(0, at)),
          fc.tuple(fc.nat({ max: zip.length - 1 }), fc.integer({ min: 1, max: 255 })).map(([at, bits]) => {
            const copy = zip.slice();
            copy[at]! ^= bits;
            return copy;
          }),
        ),
        (bytes) => {
          wellFormed(parseMarkdownZip('f.zip', bytes));
          wellFormed(parseImportFile('f.zip', bytes));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('adversarial inputs finish', () => {
  const big = (unit: string) => unit.repeat(Math.ceil(300_000 / unit.length));
  const units = [
    '<',
    '<a ',
    '<a href="',
    '"',
    '""',
    ',"',
    '&#',
    '&amp',
    '# ',
    '#'.repeat(50),
    ' \t',
    '---\n',
    '[',
    '{"a":',
    '\r',
    '<!--',
    '</',
  ];
  for (const unit of units) {
    it(`handles 300 KB of ${JSON.stringify(unit.slice(0, 12))}`, () => {
      for (const name of ['f.csv', 'f.md', 'f.json']) wellFormed(parseImportFile(name, big(unit)));
      expect(typeof htmlToMarkdown(big(unit))).toBe('string');
    });
  }

  it('rejects a file over the size cap with a clear message', () => {
    const result = parseImportFile('huge.csv', 'x'.repeat(2_000), 1_000);
    expect(result.items).toEqual([]);
    expect(result.errors[0]!.message).toMatch(/the file is 2 KB; the limit is 1 KB\. Split it/);
  });
});
