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

  it('reads how far an ask reaches from frames over data, each phrase with its own edges', () => {
    const test = (frame: keyof typeof LIMIT_WORDS, text: string) => new RegExp(LIMIT_WORDS[frame]).test(text);
    // A phrase that ends at the money sign or a question mark takes no word edge after it.
    expect(test('inquiry', 'next-day delivery is really ¤?')).toBe(true);
    expect(test('inquiry', 'so is the express upgrade ¤ for this order')).toBe(true);
    expect(test('inquiry', 'do you guys price-match')).toBe(true);
    expect(test('inquiry', 'refund the ¤ please')).toBe(false);
    expect(test('hearsayOrCheck', 'let me know if ¤ is still on my account')).toBe(true);
    expect(test('hearsayOrCheck', "let me know if you'll refund it")).toBe(false);
    expect(test('thanks', 'thanks for sorting it')).toBe(true);
    expect(test('thanks', 'thanks in advance')).toBe(false);
    expect(test('forDoing', 'shot for sorting the ')).toBe(true);
    expect(test('forDoing', "i'm writing for requesting the ")).toBe(false);
    expect(test('ought', 'this really should be cancelled')).toBe(true);
    expect(test('comesBack', 'can you take it off?')).toBe(true);
    expect(test('comesBack', 'can you take the fee off?')).toBe(false);
    expect(test('namedBefore', 'can you take the fee off?')).toBe(true);
    // The thing an ask acts on is captured, one or two words.
    const object = new RegExp(LIMIT_WORDS.actsOn).exec('could you please just move the booking forward?');
    expect([object?.[1], object?.[2]]).toEqual(['booking', 'forward']);
  });
});
