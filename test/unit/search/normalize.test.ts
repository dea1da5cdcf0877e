import { describe, expect, it } from 'vitest';
import { boundedEditDistance } from '../../../src/search/edit-distance';
import { FuzzyVocabulary } from '../../../src/search/fuzzy-vocabulary';
import { foldText, joinedWordsOf, splitWords, termsOf } from '../../../src/search/normalize';
import { markdownToPlainText } from '../../../src/search/plain-text';
import { parseQuery } from '../../../src/search/query-terms';
import { stem } from '../../../src/search/stem';

describe('text normalisation', () => {
  it('lowercases, folds Latin accents and spells out negations', () => {
    expect(foldText('Réglé À Noël')).toBe('regle a noel');
    expect(foldText("Can't, won't, hasn't, didnt")).toBe('can not, will not, has not, did not');
  });

  it('keeps non-Latin letters and their marks', () => {
    expect(splitWords(foldText('Привет, мир! שָׁלוֹם नमस्ते'))).toEqual(['привет', 'мир', 'שָׁלוֹם', 'नमस्ते']);
    expect(splitWords('返金の申請')).toEqual(['返', '金', 'の', '申', '請']);
  });

  it('splits on anything that is not a letter or digit, and joins hyphenated words', () => {
    expect(splitWords('get-csuser (v2.1) e-mail_address')).toEqual([
      'get',
      'csuser',
      'v2',
      '1',
      'e',
      'mail',
      'address',
    ]);
    expect(joinedWordsOf('Get-AuthServer and e-mail')).toEqual(['getauthserver', 'email']);
  });

  it('stems plurals, -ing, -ed and a final e onto one key', () => {
    const same = (words: string[]) => expect(new Set(words.map(stem)).size).toBe(1);
    same(['charge', 'charges', 'charged', 'charging']);
    same(['cancel', 'cancelled', 'canceled', 'cancelling']);
    same(['refund', 'refunds', 'refunded', 'refunding']);
    same(['policy', 'policies']);
    same(['ship', 'shipping', 'shipped']);
    expect(stem('status')).toBe('status');
    expect(stem('access')).toBe('access');
    expect(stem('bill')).toBe('bill');
    expect(stem('billing')).toBe('bill');
    expect(termsOf('Refunds requested')).toEqual(['refund', 'request']);
  });
});

describe('edit distance and typo lookup', () => {
  it('counts substitutions, insertions, deletions and transpositions', () => {
    expect(boundedEditDistance('refund', 'refund', 2)).toBe(0);
    expect(boundedEditDistance('refnd', 'refund', 2)).toBe(1);
    expect(boundedEditDistance('recieve', 'receive', 2)).toBe(1);
    expect(boundedEditDistance('cancle', 'cancel', 2)).toBe(1);
    expect(boundedEditDistance('kitten', 'sitting', 3)).toBe(3);
    expect(boundedEditDistance('abc', 'xyz123', 2)).toBe(3);
  });

  it('finds words within the allowed distance through bigram candidates', () => {
    const vocabulary = new FuzzyVocabulary();
    for (const word of ['voice', 'remove', 'refund', 'request', 'settings']) vocabulary.add(word, word, true);
    expect(vocabulary.near('vioce', 1)).toEqual([{ term: 'voice', distance: 1 }]);
    expect(vocabulary.near('rmeove', 1)).toEqual([{ term: 'remove', distance: 1 }]);
    expect(vocabulary.near('setitngs', 2)).toEqual([{ term: 'settings', distance: 1 }]);
    expect(vocabulary.near('zzzz', 1)).toEqual([]);
    expect(vocabulary.near('refund', 1)).toEqual([]);
  });
});

describe('query parsing', () => {
  it('marks the last word as a prefix, stop words as optional, and adds joined forms', () => {
    const terms = parseQuery('how to Enable-Pap');
    expect(terms.map((t) => [t.word, t.prefix, t.optional])).toEqual([
      ['how', true, true],
      ['to', false, true],
      ['enable', true, false],
      ['pap', true, false],
      ['enablepap', true, true],
    ]);
    expect(terms[4]?.bits).toBe((terms[2]?.bits ?? 0) | (terms[3]?.bits ?? 0));
  });

  it('keeps at most 12 words', () => {
    expect(parseQuery('a b c d e f g h i j k l m n o p').length).toBe(12);
  });
});

describe('markdown to plain text', () => {
  it('keeps the words a reader sees', () => {
    const markdown =
      '# Title\n\n> [!NOTE]\n> Read **this** [guide](https://x.example/a) and `code`.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n<br/>';
    const text = markdownToPlainText(markdown);
    expect(text).toContain('Title');
    expect(text).toContain('Read this guide and code');
    expect(text).not.toMatch(/https|[#*`>]|NOTE|---/);
  });
});
