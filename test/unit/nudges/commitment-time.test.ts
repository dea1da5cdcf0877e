import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DueTimeOptions, formatDue, parseDueTime } from '../../../src/nudges/commitments/due-time';

/** "YYYY-MM-DD HH:mm" in `timeZone`, computed with Intl only (independent of the code under test). */
function local(epoch: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(epoch);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

const NY = 'America/New_York';
// Wednesday 25 November 2026, 10:00 in New York (EST, UTC-5).
const WED_10AM_NY: DueTimeOptions = { now: Date.parse('2026-11-25T15:00:00Z'), timeZone: NY, hour12: true };

function parse(text: string, options: DueTimeOptions = WED_10AM_NY) {
  return parseDueTime(text, options);
}

function due(text: string, options: DueTimeOptions = WED_10AM_NY) {
  const found = parse(text, options);
  expect(found, text).not.toBeNull();
  return found!;
}

describe('parseDueTime: promises (Wednesday 25 Nov 2026, 10:00 New York)', () => {
  it.each([
    // [text, local due time, assumedTime, phrase]
    ['Call back tomorrow 3pm', '2026-11-26 15:00', false, 'tomorrow 3pm'],
    ['Refund confirmation by Friday', '2026-11-27 17:00', true, 'by Friday'],
    ['Check with billing in 2 hours', '2026-11-25 12:00', false, 'in 2 hours'],
    ['next Monday morning', '2026-11-30 09:00', true, 'next Monday morning'],
    ['Send the label by end of day', '2026-11-25 17:00', false, 'by end of day'],
    ['EOD', '2026-11-25 17:00', false, 'EOD'],
    ['update before close of business', '2026-11-25 17:00', false, 'before close of business'],
    ['COB Thursday', '2026-11-26 17:00', false, 'COB Thursday'],
    ['tomorrow morning', '2026-11-26 09:00', true, 'tomorrow morning'],
    ['I will call tomorrow', '2026-11-26 17:00', true, 'tomorrow'],
    ['tomorrow afternoon', '2026-11-26 14:00', true, 'tomorrow afternoon'],
    ['Friday evening', '2026-11-27 18:00', true, 'Friday evening'],
    ['follow up next week', '2026-11-30 09:00', true, 'next week'],
    ['Replacement ships in 2-3 business days', '2026-11-30 17:00', true, 'in 2-3 business days'],
    ['within 2 business days', '2026-11-27 17:00', true, 'within 2 business days'],
    ['next business day', '2026-11-26 17:00', true, 'next business day'],
    ['Answer within 48 hours', '2026-11-27 10:00', false, 'within 48 hours'],
    ['in 30 min', '2026-11-25 10:30', false, 'in 30 min'],
    ['in half an hour', '2026-11-25 10:30', false, 'in half an hour'],
    ['in an hour and a half', '2026-11-25 11:30', false, 'in an hour and a half'],
    ['within the hour', '2026-11-25 11:00', false, 'within the hour'],
    ['in 3 days', '2026-11-28 17:00', true, 'in 3 days'],
    ['in a day or two', '2026-11-27 17:00', true, 'in a day or two'],
    ['in 2 weeks', '2026-12-09 17:00', true, 'in 2 weeks'],
    ['a week from now', '2026-12-02 17:00', true, 'a week from now'],
    ['in 2 days at 3pm', '2026-11-27 15:00', false, 'in 2 days at 3pm'],
    ['call at 5', '2026-11-25 17:00', false, 'at 5'],
    ['at 9am', '2026-11-26 09:00', false, 'at 9am'],
    ['Friday 3pm', '2026-11-27 15:00', false, 'Friday 3pm'],
    ['expect an answer by Thursday 3pm', '2026-11-26 15:00', false, 'by Thursday 3pm'],
    ['tonight', '2026-11-25 18:00', true, 'tonight'],
    ['this afternoon', '2026-11-25 14:00', true, 'this afternoon'],
    ['end of the week', '2026-11-27 17:00', false, 'end of the week'],
    ['by the end of next week', '2026-12-04 17:00', false, 'by the end of next week'],
    ['end of the month', '2026-11-30 17:00', false, 'end of the month'],
    ['Dec 3', '2026-12-03 17:00', true, 'Dec 3'],
    ['December 3 at 2pm', '2026-12-03 14:00', false, 'December 3 at 2pm'],
    ['first thing tomorrow', '2026-11-26 09:00', true, 'first thing tomorrow'],
    ['EOD Friday', '2026-11-27 17:00', false, 'EOD Friday'],
    ['end of day tomorrow', '2026-11-26 17:00', false, 'end of day tomorrow'],
    ['Tuesday next week', '2026-12-01 17:00', true, 'Tuesday next week'],
    ['noon tomorrow', '2026-11-26 12:00', false, 'noon tomorrow'],
    ['by midnight', '2026-11-26 00:00', false, 'by midnight'],
    ["I'll call you back Monday at 10", '2026-11-30 10:00', false, 'Monday at 10'],
    ['Jan 5', '2027-01-05 17:00', true, 'Jan 5'],
    ['tmrw 2pm', '2026-11-26 14:00', false, 'tmrw 2pm'],
    ['i will follow up on sat', '2026-11-28 17:00', true, 'on sat'],
    ['the day after tomorrow', '2026-11-27 17:00', true, 'the day after tomorrow'],
    ['day after tomorrow 3pm', '2026-11-27 15:00', false, 'day after tomorrow 3pm'],
    ['Chase warehouse, update cust Thurs am', '2026-11-26 09:00', true, 'Thurs am'],
    ['Will revert by Monday EOD with an update', '2026-11-30 17:00', false, 'by Monday EOD'],
    ['Escalated to tier 2, follow up Monday', '2026-11-30 17:00', true, 'Monday'],
    ['Customer asked me to call Friday', '2026-11-27 17:00', true, 'Friday'],
  ])('%s', (text, expected, assumedTime, phrase) => {
    const found = due(text);
    expect(local(found.dueAt, NY)).toBe(expected);
    expect(found.assumedTime).toBe(assumedTime);
    expect(found.phrase).toBe(phrase);
    expect(text.slice(found.range[0], found.range[1])).toBe(phrase);
  });

  it('skips a day in a clause about the past and takes the promise after it', () => {
    const text = 'Customer called on Monday; I will call back Thursday 3pm';
    const found = due(text);
    expect(local(found.dueAt, NY)).toBe('2026-11-26 15:00');
    expect(found.range).toEqual([text.indexOf('Thursday'), text.length]);
  });

  it('gives a label in the agent zone, with 12 or 24 hours', () => {
    expect(due('Call back tomorrow 3pm').label).toBe('tomorrow 3:00 PM');
    expect(due('Call back tomorrow 3pm', { ...WED_10AM_NY, hour12: false }).label).toBe('tomorrow 15:00');
    expect(due('by Friday').label).toBe('Fri 27 Nov, 5:00 PM');
    expect(due('Jan 5', { ...WED_10AM_NY, hour12: false }).label).toBe('Tue 5 Jan 2027, 17:00');
    expect(due('in 2 hours').label).toBe('today 12:00 PM');
  });

  it('uses the workday end and morning hours it is given', () => {
    const options = { ...WED_10AM_NY, workdayEnd: 18, morning: 8 };
    expect(local(due('by Friday', options).dueAt, NY)).toBe('2026-11-27 18:00');
    expect(local(due('EOD', options).dueAt, NY)).toBe('2026-11-25 18:00');
    expect(local(due('tomorrow morning', options).dueAt, NY)).toBe('2026-11-26 08:00');
    expect(local(due('next week', options).dueAt, NY)).toBe('2026-11-30 08:00');
  });

  it('reads slash dates month first, or day first when asked', () => {
    expect(local(due('by 1/5').dueAt, NY)).toBe('2027-01-05 17:00');
    expect(local(due('by 5/1', { ...WED_10AM_NY, dayFirst: true }).dueAt, NY)).toBe('2027-01-05 17:00');
  });
});

describe('parseDueTime: not promises of a time', () => {
  it.each([
    'order 12345',
    "I'm sorry",
    'model 3',
    'case 00012345',
    'Refund of $45 approved',
    'version 2.1',
    '3 items',
    '5 stars',
    'she was born in May',
    'last Friday',
    'yesterday',
    'I called on Monday',
    'may I help you',
    'second replacement',
    'March of Dimes',
    '24/7 support',
    "We're open Mon-Fri 9am-5pm",
    'Refund was processed Friday',
    'waited 2 weeks',
    '3 days ago',
    'Customer has been waiting since Tuesday',
    'I sat down with them',
    'the sun was out',
    'now',
    'wait a second',
    'next month',
    "at the end of the day, it's their call",
    'today 9am',
    'call 1-800-555-0199',
    'Tracking 1Z999AA10123456784',
    'on Monday it was resolved',
    'Order #4521 shipped on 11/20',
    '2024-01-05',
    '',
  ])('%s', (text) => {
    expect(parse(text)).toBeNull();
  });
});

describe('parseDueTime: same weekday, end of day, and late in the day', () => {
  // Friday 27 November 2026 in New York.
  const friday = (time: string): DueTimeOptions => ({
    now: Date.parse(`2026-11-27T${time}:00-05:00`),
    timeZone: NY,
    hour12: false,
  });

  it('"by Friday" on a Friday is today while 17:00 is ahead, next Friday after it', () => {
    expect(local(due('by Friday', friday('10:00')).dueAt, NY)).toBe('2026-11-27 17:00');
    expect(local(due('by Friday', friday('16:59')).dueAt, NY)).toBe('2026-11-27 17:00');
    expect(local(due('by Friday', friday('17:00')).dueAt, NY)).toBe('2026-12-04 17:00');
    expect(local(due('by Friday', friday('18:00')).dueAt, NY)).toBe('2026-12-04 17:00');
  });

  it('"Friday 3pm" on a Friday is today before 3pm, next week after it; "next Friday" is next week', () => {
    expect(local(due('Friday 3pm', friday('10:00')).dueAt, NY)).toBe('2026-11-27 15:00');
    expect(local(due('Friday 3pm', friday('16:00')).dueAt, NY)).toBe('2026-12-04 15:00');
    expect(local(due('next Friday', friday('10:00')).dueAt, NY)).toBe('2026-12-04 17:00');
  });

  it('end of day after the workday end rolls to tomorrow', () => {
    expect(local(due('EOD', friday('16:30')).dueAt, NY)).toBe('2026-11-27 17:00');
    expect(local(due('EOD', friday('17:00')).dueAt, NY)).toBe('2026-11-28 17:00');
    expect(local(due('end of day', friday('17:30')).dueAt, NY)).toBe('2026-11-28 17:00');
    expect(due('by COB', friday('17:30')).label).toBe('tomorrow 17:00');
  });

  it('"today" after the workday end is the next full hour; "this morning" in the afternoon is nothing', () => {
    expect(local(due('today', friday('18:20')).dueAt, NY)).toBe('2026-11-27 19:00');
    expect(local(due('this afternoon', friday('15:10')).dueAt, NY)).toBe('2026-11-27 16:00');
    expect(parse('this morning', friday('15:10'))).toBeNull();
    expect(parse('today 3pm', friday('16:00'))).toBeNull();
  });

  it('a time alone that has passed today is tomorrow', () => {
    expect(local(due('at 3pm', friday('16:00')).dueAt, NY)).toBe('2026-11-28 15:00');
    expect(local(due('in the morning', friday('16:00')).dueAt, NY)).toBe('2026-11-28 09:00');
  });

  it('"next week" said on a Sunday is tomorrow, Monday', () => {
    const sunday = { now: Date.parse('2026-11-29T11:00:00-05:00'), timeZone: NY };
    expect(local(due('next week', sunday).dueAt, NY)).toBe('2026-11-30 09:00');
    expect(local(due('within 1 business day', sunday).dueAt, NY)).toBe('2026-11-30 17:00');
  });
});

describe('parseDueTime: time zones and DST', () => {
  it('Europe/Berlin spring forward: "tomorrow 3pm" from Saturday 28 March 2026 is 13:00 UTC (CEST)', () => {
    const options = {
      now: Date.parse('2026-03-28T10:00:00+01:00'),
      timeZone: 'Europe/Berlin',
      hour12: false,
    };
    const found = due('Call back tomorrow 3pm', options);
    expect(new Date(found.dueAt).toISOString()).toBe('2026-03-29T13:00:00.000Z');
    expect(found.label).toBe('tomorrow 15:00');
    // 02:30 does not exist that night: it moves forward with the clock, to 03:30 CEST.
    expect(new Date(due('tomorrow 2:30am', options).dueAt).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // A day alone on the change day.
    expect(new Date(due('by Sunday', options).dueAt).toISOString()).toBe('2026-03-29T15:00:00.000Z');
  });

  it('Europe/Berlin fall back: a repeated wall time is the first of the two', () => {
    const options = { now: Date.parse('2026-10-24T12:00:00+02:00'), timeZone: 'Europe/Berlin' };
    expect(new Date(due('tomorrow 3pm', options).dueAt).toISOString()).toBe('2026-10-25T14:00:00.000Z');
    expect(new Date(due('tomorrow 2:30am', options).dueAt).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('America/New_York 1 November 2026: wall times use EST, durations are elapsed time', () => {
    const saturday = { now: Date.parse('2026-10-31T12:00:00-04:00'), timeZone: NY, hour12: true };
    const found = due('tomorrow 3pm', saturday);
    expect(new Date(found.dueAt).toISOString()).toBe('2026-11-01T20:00:00.000Z');
    expect(found.label).toBe('tomorrow 3:00 PM');
    // 00:30 EDT + 2 hours of real time is 01:30 EST (the clock went back at 02:00).
    const night = { now: Date.parse('2026-11-01T00:30:00-04:00'), timeZone: NY, hour12: true };
    const later = due('in 2 hours', night);
    expect(later.dueAt).toBe(night.now + 2 * 3_600_000);
    expect(later.label).toBe('today 1:30 AM');
    expect(new Date(due('EOD', night).dueAt).toISOString()).toBe('2026-11-01T22:00:00.000Z');
  });

  it('America/New_York spring forward: "in 2 hours" across the gap', () => {
    const night = { now: Date.parse('2026-03-08T01:30:00-05:00'), timeZone: NY, hour12: false };
    const found = due('in 2 hours', night);
    expect(found.dueAt).toBe(night.now + 2 * 3_600_000);
    expect(found.label).toBe('today 04:30');
  });

  it('Pacific/Auckland (UTC+13 in November): days are Auckland days', () => {
    // Thursday 26 Nov 09:00 in Auckland is still Wednesday 25 Nov in UTC.
    const options = { now: Date.parse('2026-11-25T20:00:00Z'), timeZone: 'Pacific/Auckland', hour12: false };
    const tomorrow = due('tomorrow 3pm', options);
    expect(new Date(tomorrow.dueAt).toISOString()).toBe('2026-11-27T02:00:00.000Z');
    expect(tomorrow.label).toBe('tomorrow 15:00');
    expect(new Date(due('EOD', options).dueAt).toISOString()).toBe('2026-11-26T04:00:00.000Z');
    expect(due('by Friday', options).label).toBe('tomorrow 17:00');
  });

  it('Asia/Kolkata (UTC+5:30): half-hour offset', () => {
    const options = { now: Date.parse('2026-11-25T04:30:00Z'), timeZone: 'Asia/Kolkata', hour12: true };
    expect(new Date(due('tomorrow 3pm', options).dueAt).toISOString()).toBe('2026-11-26T09:30:00.000Z');
    expect(due('in 2 hours', options).label).toBe('today 12:00 PM');
    // 18:20 IST: "today" is the next full hour, 19:00 IST.
    const evening = { ...options, now: Date.parse('2026-11-25T12:50:00Z') };
    expect(new Date(due('today', evening).dueAt).toISOString()).toBe('2026-11-25T13:30:00.000Z');
  });

  it('a time zone written with the time wins ("3pm EST" for an agent in Berlin)', () => {
    const options = { now: Date.parse('2026-11-25T09:00:00Z'), timeZone: 'Europe/Berlin', hour12: false };
    expect(new Date(due('at 3pm EST', options).dueAt).toISOString()).toBe('2026-11-25T20:00:00.000Z');
  });

  it('throws for an unknown time zone', () => {
    expect(() => parseDueTime('tomorrow', { now: 0, timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });
});

describe('formatDue', () => {
  const now = Date.parse('2026-11-26T10:00:00-05:00'); // Thursday in New York
  it.each([
    ['2026-11-26T15:00:00-05:00', true, 'today 3:00 PM'],
    ['2026-11-27T15:00:00-05:00', false, 'tomorrow 15:00'],
    ['2026-11-28T09:00:00-05:00', true, 'Sat 28 Nov, 9:00 AM'],
    ['2026-11-28T12:00:00-05:00', true, 'Sat 28 Nov, 12:00 PM'],
    ['2026-11-28T00:05:00-05:00', true, 'Sat 28 Nov, 12:05 AM'],
    ['2026-11-28T00:05:00-05:00', false, 'Sat 28 Nov, 00:05'],
    ['2026-11-25T09:00:00-05:00', false, 'yesterday 09:00'],
    ['2027-01-04T09:00:00-05:00', false, 'Mon 4 Jan 2027, 09:00'],
  ])('%s (hour12 %s) → %s', (iso, hour12, expected) => {
    expect(formatDue(Date.parse(iso), { now, timeZone: NY, hour12 })).toBe(expected);
  });

  it('speaks of the agent calendar day, not UTC', () => {
    // 23:30 in New York is already tomorrow in UTC, still today for the agent; in Berlin it is tomorrow.
    const late = Date.parse('2026-11-26T23:30:00-05:00');
    expect(formatDue(late, { now, timeZone: NY, hour12: false })).toBe('today 23:30');
    expect(formatDue(late, { now, timeZone: 'Europe/Berlin', hour12: false })).toBe('tomorrow 05:30');
    expect(formatDue(late + 86_400_000, { now, timeZone: 'Europe/Berlin', hour12: false })).toBe(
      'Sat 28 Nov, 05:30',
    );
  });
});

describe('parseDueTime properties', () => {
  const zones = [
    'UTC',
    'Europe/Berlin',
    'America/New_York',
    'Pacific/Auckland',
    'Asia/Kolkata',
    'America/St_Johns',
    'Australia/Lord_Howe',
    'Pacific/Kiritimati',
  ];
  const words = [
    'tomorrow',
    'today',
    'tonight',
    'by',
    'Friday',
    'next',
    'week',
    'Monday',
    'morning',
    'at',
    '3pm',
    '5',
    '12:30',
    'in',
    'within',
    '2',
    'hours',
    'days',
    'business',
    'EOD',
    'end of day',
    'COB',
    'last',
    'called',
    'will',
    'Dec 3',
    '3/12',
    '24/7',
    'order 12345',
    '$45',
    'May',
    'first thing',
    '-',
    ',',
    '.',
    'ago',
    'since',
    'a',
    'half an hour',
    'noon',
    'midnight',
  ];
  const text = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.array(fc.constantFrom(...words), { maxLength: 8 }).map((parts) => parts.join(' ')),
  );
  const options = fc.record({
    now: fc.integer({ min: Date.parse('2000-01-01T00:00:00Z'), max: Date.parse('2090-01-01T00:00:00Z') }),
    timeZone: fc.constantFrom(...zones),
    hour12: fc.boolean(),
    workdayEnd: fc.integer({ min: 0, max: 23 }),
    morning: fc.integer({ min: 0, max: 23 }),
  });

  it('never throws; a found due time is after now and its phrase is where it says', () => {
    fc.assert(
      fc.property(text, options, (t, o) => {
        const found = parseDueTime(t, o);
        if (found === null) return;
        expect(Number.isFinite(found.dueAt)).toBe(true);
        expect(found.dueAt).toBeGreaterThan(o.now);
        expect(t.slice(found.range[0], found.range[1])).toBe(found.phrase);
        expect(found.phrase.length).toBeGreaterThan(0);
        expect(found.label.length).toBeGreaterThan(0);
      }),
      { numRuns: 600 },
    );
  });
});
