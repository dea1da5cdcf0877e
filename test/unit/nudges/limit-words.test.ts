import { describe, expect, it } from 'vitest';
import { PHRASE } from '../../../src/nudges/language/phrases';
import { compileLimitWords, type LimitWordsFile } from '../../../src/nudges/limits/limit-phrases';
import file from '../../../src/nudges/limits/limit-words.json';
import { LIMIT_WORDS } from '../../../src/nudges/limits/rule-keywords';

const words = file as LimitWordsFile;

describe('the limits words file', () => {
  it('holds word lists and frames of well-formed phrases, without repeats', () => {
    for (const [name, list] of [...Object.entries(words.words), ...Object.entries(words.frames)]) {
      expect(list.length, name).toBeGreaterThan(0);
      for (const phrase of list) expect(phrase, `${name}: "${phrase}"`).toMatch(PHRASE);
      expect(new Set(list).size, `${name} repeats a phrase`).toBe(list.length);
    }
  });

  it('compiles every frame; a frame naming a list that does not exist fails at load', () => {
    expect(Object.keys(LIMIT_WORDS).sort()).toEqual(Object.keys(words.frames).sort());
    const broken = {
      words: words.words,
      frames: { ...words.frames, status: ['{noSuchList}'] },
    } as LimitWordsFile;
    expect(() => compileLimitWords(broken)).toThrow(/noSuchList/);
  });

  it('frames match whole words only, as a reader reads them', () => {
    const test = (frame: keyof typeof LIMIT_WORDS, text: string) => new RegExp(LIMIT_WORDS[frame]).test(text);
    expect(test('falseFriends', 'it went on my credit card')).toBe(true);
    expect(test('falseFriends', 'a store credit, please')).toBe(false);
    expect(test('falseFriends', 'codes last ten minutes, so i sent a new one')).toBe(true);
    expect(test('repeat', 'this is the second time it arrived broken')).toBe(true);
    expect(test('repeat', 'this is the second time i asked')).toBe(false);
    expect(test('repeat', 'we sent a third reminder')).toBe(false);
    expect(test('repeat', 'they sent a third kettle')).toBe(true);
    expect(test('status', "my refund still hasn't arrived")).toBe(true);
    expect(test('status', 'please refund the $40')).toBe(false);
    expect(test('notOffered', "we've looked into it and can confirm")).toBe(true);
    expect(test('draftGives', "i'm happy to refund it")).toBe(true);
    expect(test('draftGives', 'unhappy to')).toBe(false);
  });
});
