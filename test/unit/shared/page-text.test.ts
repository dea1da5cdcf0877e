import { describe, expect, it } from 'vitest';
import {
  cap,
  cleanMessage,
  cleanName,
  field,
  isAutomatedText,
  normalizeText,
  stripQuotedHistory,
  stripSignature,
  titleParts,
} from '../../../src/shared/page-text';

describe('normalizeText / cap / field', () => {
  it('trims lines and collapses spaces and blank lines', () => {
    expect(normalizeText('  Hello   there \r\n\r\n\r\n\n  second\tline  ')).toBe(
      'Hello there\n\nsecond line',
    );
  });

  it('caps long text with an ellipsis and leaves short text alone', () => {
    expect(cap('abcdef', 4)).toBe('abc…');
    expect(cap('abc', 4)).toBe('abc');
    expect(cap('x'.repeat(9000))).toHaveLength(5000);
  });

  it('turns empty text into undefined', () => {
    expect(field('   \n ')).toBeUndefined();
    expect(field(undefined)).toBeUndefined();
    expect(field(' hi ')).toBe('hi');
  });
});

describe('stripQuotedHistory', () => {
  it('cuts at a Gmail-style "On … wrote:" line', () => {
    const text =
      'Still broken, please refund.\n\nOn Tue, 4 Mar 2025 at 10:15, Acme <help@acme.example> wrote:\n> Hi there';
    expect(stripQuotedHistory(text)).toBe('Still broken, please refund.');
  });

  it('handles an "On … wrote:" header wrapped over two lines', () => {
    const text = 'Thanks!\nOn Mon, Mar 3, 2025 at 9:00 AM Sam Rivera <\nsam@acme.example> wrote:\n> earlier';
    expect(stripQuotedHistory(text)).toBe('Thanks!');
  });

  it('cuts at Outlook headers and "Original Message" blocks', () => {
    expect(
      stripQuotedHistory('New text\n\nFrom: Acme Support\nSent: Monday\nTo: me\nSubject: Re: x\nold'),
    ).toBe('New text');
    expect(stripQuotedHistory('New text\n-----Original Message-----\nold text')).toBe('New text');
    expect(stripQuotedHistory('New text\n________________________________\nFrom: x')).toBe('New text');
  });

  it('cuts at helpdesk reply markers and other languages', () => {
    expect(stripQuotedHistory('Yes please\n##- Please type your reply above this line -##\nold')).toBe(
      'Yes please',
    );
    expect(stripQuotedHistory('Merci\nLe 3 mars 2025 à 10:05, Support a écrit :\n> ancien')).toBe('Merci');
    expect(stripQuotedHistory('Danke\nAm 03.03.2025 um 10:05 schrieb Support:\n> alt')).toBe('Danke');
  });

  it('drops lines quoted with ">" anywhere', () => {
    expect(stripQuotedHistory('> you said this\nMy answer\n> and this')).toBe('My answer');
  });

  it('keeps a message that merely mentions "wrote"', () => {
    const text = 'On Monday I wrote to you about the refund and nobody answered.';
    expect(stripQuotedHistory(text)).toBe(text);
  });
});

describe('stripSignature', () => {
  it('cuts at the "-- " delimiter', () => {
    expect(stripSignature('Please help.\n-- \nDana Whitfield\nAcme Fan Club')).toBe('Please help.');
  });

  it('cuts mobile footers', () => {
    expect(stripSignature('Where is my parcel?\nSent from my iPhone')).toBe('Where is my parcel?');
    expect(stripSignature('Where is my parcel?\n\nGet Outlook for Android')).toBe('Where is my parcel?');
  });

  it('cuts a sign-off followed by a short name block', () => {
    expect(stripSignature('Please refund me.\n\nThanks,\nDana')).toBe('Please refund me.');
    expect(
      stripSignature(
        'Please refund me.\nKind regards,\nDana Whitfield\nHead of Ops, Example Ltd\n+1 555 0100',
      ),
    ).toBe('Please refund me.');
  });

  it('keeps sentences that start like a sign-off', () => {
    expect(stripSignature('Hello\nThanks for the quick reply, but it still fails.')).toBe(
      'Hello\nThanks for the quick reply, but it still fails.',
    );
  });

  it('keeps text after a sign-off when it is long (not a signature)', () => {
    const long =
      'This paragraph continues after the word thanks and is clearly part of the message body itself.';
    expect(stripSignature(`Intro\nThanks,\n${long}`)).toContain(long);
  });

  it('never returns an empty message for a lone sign-off', () => {
    expect(cleanMessage('Thanks!')).toBe('Thanks!');
  });
});

describe('cleanMessage', () => {
  it("drops the sender's name on a line of its own when the header lines follow it", () => {
    expect(
      cleanMessage('PR\nPriya Raman\npriya@example.co.uk\nToday, 8:05 AM\nAny news on the kettle?'),
    ).toBe('Any news on the kettle?');
    // A line of words alone is no sender's name.
    expect(cleanMessage('Broken Lid\nThe lid snapped when I opened it.')).toBe(
      'Broken Lid\nThe lid snapped when I opened it.',
    );
  });

  it('removes history and signature together', () => {
    const text = [
      'Hi Priya,',
      '',
      'It still does not fit. I would like a refund of €39,90.',
      '',
      'Cheers,',
      'Marco',
      'Sent from my iPhone',
      '',
      'On Tue, 4 Mar 2025 at 10:15, Brightline <help@brightline.example> wrote:',
      '> Hi Marco',
    ].join('\n');
    expect(cleanMessage(text)).toBe('Hi Priya,\n\nIt still does not fit. I would like a refund of €39,90.');
  });

  it('returns undefined for empty text', () => {
    expect(cleanMessage('  \n  ')).toBeUndefined();
  });

  it('drops a mail client\'s sender line with its time and a "to support" line above the words', () => {
    const text = [
      'Sofia Marchetti sofia.marchetti@libero.it 10:17 (1 hour ago)',
      'to support',
      'Hi,',
      'The photo shows the box on the step of 14 Northgate Road, not my house.',
    ].join('\n');
    expect(cleanMessage(text)).toBe(
      'Hi,\nThe photo shows the box on the step of 14 Northgate Road, not my house.',
    );
    // A helpdesk's channel line above the words goes too.
    expect(
      cleanMessage('via Email · to support@oakandnest.co.uk\nHi again.\nThe refund is not in my account.'),
    ).toBe('Hi again.\nThe refund is not in my account.');
    // A first line of the customer's own words with an address and a time stays.
    expect(cleanMessage('I wrote to billing@shop.example at 10:17 and heard nothing since.')).toMatch(
      /^I wrote to billing/,
    );
  });
});

describe('isAutomatedText', () => {
  it('recognises system events and auto-replies', () => {
    expect(isAutomatedText('Ticket created via email · Mar 3')).toBe(true);
    expect(isAutomatedText('Status changed from Open to Pending')).toBe(true);
    expect(isAutomatedText('This is an automated reply: we got your message.')).toBe(true);
    expect(isAutomatedText('Auto-reply: I am out of the office until Monday')).toBe(true);
    expect(isAutomatedText("We've received your request and will reply within 24 hours.")).toBe(true);
  });

  it("recognises a helpdesk's activity lines, bullet and all", () => {
    expect(isAutomatedText('● Daniel Price viewed this conversation · 10:31')).toBe(true);
    expect(isAutomatedText('● Conversation assigned to Daniel Price by rule "Delivery keywords"')).toBe(true);
    expect(isAutomatedText('I viewed the order page twice and the conversation went nowhere.')).toBe(false);
  });

  it('does not flag ordinary customer messages', () => {
    expect(isAutomatedText('Hi, my blender arrived broken. Can I get a refund?')).toBe(false);
    expect(isAutomatedText('I created a ticket last week and the status never changed.')).toBe(false);
  });
});

describe('cleanName', () => {
  it('extracts a display name', () => {
    expect(cleanName('Dana Whitfield <dana@example.com>')).toBe('Dana Whitfield');
    expect(cleanName('From: Dana Whitfield (Customer)')).toBe('Dana Whitfield');
    expect(cleanName('  José  Álvarez ')).toBe('José Álvarez');
  });

  it('rejects things that are not names', () => {
    expect(cleanName('dana@example.com')).toBeUndefined();
    expect(cleanName('+1 555 0100')).toBeUndefined();
    expect(cleanName('x')).toBeUndefined();
    expect(cleanName('')).toBeUndefined();
  });
});

describe('titleParts', () => {
  it('splits page titles on separators', () => {
    expect(titleParts('#4821 Refund for a damaged blender – Acme Desk')).toEqual([
      '#4821 Refund for a damaged blender',
      'Acme Desk',
    ]);
  });

  it('keeps a hyphen inside a part when a stronger separator splits the title', () => {
    expect(titleParts('Order 55120 - not here | Shop Desk')).toEqual(['Order 55120 - not here', 'Shop Desk']);
    expect(titleParts('Lamp flickers - ana@example.org - Mail')).toEqual([
      'Lamp flickers',
      'ana@example.org',
      'Mail',
    ]);
  });
});
