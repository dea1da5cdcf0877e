import { describe, expect, it } from 'vitest';
import {
  MAX_BODY_PHRASES,
  MAX_LEARNED_PHRASES,
  MAX_PHRASE_CHARS,
  meaningPhrases,
} from '../../../src/meaning/phrases';

describe('meaningPhrases', () => {
  it('gives the title first, then body lines without their Markdown marks', () => {
    const phrases = meaningPhrases({
      title: '  Card has not arrived ',
      body: [
        '## Delivery times for new cards',
        'What customers say:',
        "- I still haven't received my card",
        '* Where is my new card?',
        '+ The card never came in the post',
        '1. Check the address on the account',
        '2) Order a replacement after 10 days',
        '> Cards are sent by standard post',
        '**Important:** never ask for the full card number',
      ].join('\n'),
    });
    expect(phrases).toEqual([
      'Card has not arrived',
      'Delivery times for new cards',
      "I still haven't received my card",
      'Where is my new card?',
      'The card never came in the post',
      'Check the address on the account',
      'Order a replacement after 10 days',
      'Cards are sent by standard post',
      'Important: never ask for the full card number',
    ]);
  });

  it('skips labels ending in ":", one-word lines, short lines and blank lines', () => {
    const phrases = meaningPhrases({
      title: 'Exchange rates',
      body: 'What customers say:\n\nSteps:\nOverview\n**Fees**\nOK then\n  \nWhy was I charged a different rate?',
    });
    expect(phrases).toEqual(['Exchange rates', 'Why was I charged a different rate?']);
  });

  it('keeps at most the title and eight body lines, in order', () => {
    const body = Array.from({ length: 20 }, (_, i) => `- Customer phrasing number ${i + 1}`).join('\n');
    const phrases = meaningPhrases({ title: 'Top-up failed', body });
    expect(MAX_BODY_PHRASES).toBe(8);
    expect(phrases).toHaveLength(9);
    expect(phrases[0]).toBe('Top-up failed');
    expect(phrases.slice(1)).toEqual(
      Array.from({ length: 8 }, (_, i) => `Customer phrasing number ${i + 1}`),
    );
  });

  it('keeps no more than eight body lines when the title is empty', () => {
    const body = Array.from({ length: 20 }, (_, i) => `- Customer phrasing number ${i + 1}`).join('\n');
    const phrases = meaningPhrases({ title: '   ', body });
    expect(phrases).toHaveLength(8);
    expect(phrases[0]).toBe('Customer phrasing number 1');
  });

  it('reduces links and images to their text, and drops HTML tags', () => {
    const phrases = meaningPhrases({
      title: 'Verify your identity',
      body: [
        'Read [the identity policy](https://example.com/policy) before asking',
        '![a photo of a passport](passport.png) shows what to upload',
        'Ask for <b>one</b> document<br>at a time',
      ].join('\n'),
    });
    expect(phrases).toEqual([
      'Verify your identity',
      'Read the identity policy before asking',
      'a photo of a passport shows what to upload',
      'Ask for one document at a time',
    ]);
  });

  it('handles an empty body and Windows line ends', () => {
    expect(meaningPhrases({ title: 'Exchange rates', body: '' })).toEqual(['Exchange rates']);
    expect(
      meaningPhrases({ title: 'Exchange rates', body: '- Which rate do you use?\r\n- Is there a fee?\r\n' }),
    ).toEqual(['Exchange rates', 'Which rate do you use?', 'Is there a fee?']);
    expect(meaningPhrases({ title: '', body: '' })).toEqual([]);
  });

  it('cuts a very long line', () => {
    const long = `The card ${'really '.repeat(100)}has not arrived`;
    const [, line] = meaningPhrases({ title: 'Card has not arrived', body: long });
    expect(line).toHaveLength(MAX_PHRASE_CHARS);
    expect(line!.startsWith('The card really')).toBe(true);
  });

  it('reads an article the way the starter pack writes them: keywords, summary and what customers say; no section labels, reply templates or resolution steps', () => {
    const phrases = meaningPhrases({
      title: 'Warranty claim',
      keywords: ['stopped working', ' faulty ', '', "won't turn on"],
      body: [
        '## When to use',
        'A product has developed a fault after normal use.',
        '## What customers say',
        '- "It stopped working after three months."',
        '## Say it',
        '```snippet',
        'Hi {{customer.name}}, thanks for telling us about the fault.',
        '```',
        '## Resolve it',
        '1. Find the purchase and check the warranty period.',
      ].join('\n'),
    });
    expect(phrases).toEqual([
      'Warranty claim',
      "stopped working, faulty, won't turn on",
      'A product has developed a fault after normal use.',
      '"It stopped working after three months."',
    ]);
  });

  it('stops reading body lines once they add up to a few paragraphs', () => {
    const paragraph = (n: number) => `Paragraph ${n} ${'explains the setting in detail '.repeat(6)}`;
    const phrases = meaningPhrases({
      title: 'Set up shared mailboxes',
      body: Array.from({ length: 8 }, (_, n) => paragraph(n + 1)).join('\n\n'),
    });
    // Four lines of 160 characters reach the limit; eight short phrasings would all fit.
    expect(phrases).toHaveLength(1 + 4);
    expect(phrases.at(-1)!.startsWith('Paragraph 4 ')).toBe(true);
    const short = meaningPhrases({
      title: 'Card has not arrived',
      body: Array.from({ length: 8 }, (_, n) => `- My card number ${n + 1} never came in the post`).join(
        '\n',
      ),
    });
    expect(short).toHaveLength(1 + 8);
  });

  it('adds learned phrasings as phrases of their own, past the body allowance, the newest kept', () => {
    const body = Array.from({ length: 12 }, (_, i) => `- A customer phrasing number ${i} here`).join('\n');
    const phrasings = Array.from(
      { length: MAX_LEARNED_PHRASES + 3 },
      (_, i) => `learned wording ${i} of the problem`,
    );
    const phrases = meaningPhrases({ title: 'Card declined', body, phrasings });
    expect(phrases).toHaveLength(1 + 8 + MAX_LEARNED_PHRASES);
    expect(phrases.at(-1)).toBe(`learned wording ${MAX_LEARNED_PHRASES + 2} of the problem`);
    expect(phrases).not.toContain('learned wording 0 of the problem');
  });
});
