import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alarmName,
  effectiveDue,
  noteIdFromAlarm,
  type OpenCommitment,
  planReminders,
  type ReminderPlan,
  type ReminderState,
} from '../../../src/background/reminder-plan';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const NY = 'America/New_York';
const BERLIN = 'Europe/Berlin';

type Alarm = { name: string; scheduledTime: number };

/** A fake browser: alarms that survive worker restarts, a stored state, and a clock the test moves. */
class World {
  alarms = new Map<string, number>();
  state: ReminderState = { notified: {} };
  shown: { id: string; at: number }[] = [];
  badge = 0;

  constructor(
    public now: number,
    public commitments: OpenCommitment[] = [],
    public timeZone = NY,
  ) {}

  existing(): Alarm[] {
    return [...this.alarms].map(([name, scheduledTime]) => ({ name, scheduledTime }));
  }

  /** One worker start (or periodic check, or alarm): plan, then apply the plan like the worker would. */
  run(): ReminderPlan {
    const plan = planReminders({
      commitments: this.commitments,
      existingAlarms: this.existing(),
      state: this.state,
      now: this.now,
      timeZone: this.timeZone,
    });
    for (const name of plan.alarmsToClear) this.alarms.delete(name);
    for (const { name, when } of plan.alarmsToCreate) this.alarms.set(name, when);
    for (const id of plan.notifyNow) this.shown.push({ id, at: this.now });
    this.state = plan.nextState;
    this.badge = plan.badgeCount;
    return plan;
  }

  /** Time passes; alarms that come due fire (and disappear), each waking the worker. */
  advance(ms: number): void {
    this.now += ms;
    const due = [...this.alarms].filter(([, when]) => when <= this.now);
    for (const [name] of due) this.alarms.delete(name);
    if (due.length > 0) this.run();
  }

  /** The browser is closed: nothing runs, no alarm fires, time passes. */
  closedFor(ms: number): void {
    this.now += ms;
  }
}

const T0 = Date.parse('2026-11-25T10:00:00-05:00'); // Wednesday 10:00 in New York

function open(noteId: string, dueAt: number, extra: Partial<OpenCommitment> = {}): OpenCommitment {
  return { noteId, dueAt, status: 'open', ...extra };
}

describe('alarm names', () => {
  it('round-trips note ids and ignores other alarms', () => {
    expect(alarmName('n1')).toBe('commitment:n1');
    expect(noteIdFromAlarm(alarmName('n1'))).toBe('n1');
    expect(noteIdFromAlarm(alarmName('zendesk:123:abc'))).toBe('zendesk:123:abc');
    expect(noteIdFromAlarm('pack-sync')).toBeNull();
    expect(noteIdFromAlarm('commitment:')).toBeNull();
    expect(noteIdFromAlarm('xcommitment:n1')).toBeNull();
  });

  it('the effective due time is the snooze when there is one', () => {
    expect(effectiveDue({ dueAt: 5 })).toBe(5);
    expect(effectiveDue({ dueAt: 5, snoozedUntil: 9 })).toBe(9);
  });
});

describe('planReminders', () => {
  it('arms one alarm for a future due time, and leaves a correct alarm alone', () => {
    const world = new World(T0, [open('a', T0 + 2 * HOUR)]);
    const first = world.run();
    expect(first.alarmsToCreate).toEqual([{ name: 'commitment:a', when: T0 + 2 * HOUR }]);
    expect(first.notifyNow).toEqual([]);
    const second = world.run();
    expect(second.alarmsToCreate).toEqual([]);
    expect(second.alarmsToClear).toEqual([]);
    expect(world.alarms.size).toBe(1);
  });

  it('re-arms an alarm scheduled at another time by replacing it (never a second alarm)', () => {
    const plan = planReminders({
      commitments: [open('a', T0 + 2 * HOUR)],
      existingAlarms: [{ name: 'commitment:a', scheduledTime: T0 + 5 * HOUR }],
      state: { notified: {} },
      now: T0,
      timeZone: NY,
    });
    expect(plan.alarmsToCreate).toEqual([{ name: 'commitment:a', when: T0 + 2 * HOUR }]);
    expect(plan.alarmsToClear).toEqual([]);
  });

  it('fires once when the alarm comes due while the browser is open', () => {
    const world = new World(T0, [open('a', T0 + 2 * HOUR)]);
    world.run();
    world.advance(2 * HOUR);
    expect(world.shown).toEqual([{ id: 'a', at: T0 + 2 * HOUR }]);
    world.advance(HOUR);
    world.run();
    expect(world.shown).toHaveLength(1);
    expect(world.state.notified).toEqual({ a: T0 + 2 * HOUR });
  });

  it('notifies once on restart after the browser was closed past the due time', () => {
    const world = new World(T0, [open('a', T0 + 2 * HOUR), open('b', T0 + 3 * DAY)]);
    world.run();
    world.closedFor(DAY); // the alarm never fired
    const restart = world.run();
    expect(restart.notifyNow).toEqual(['a']);
    // The stale alarm for the past time is cleared; b's alarm is still right.
    expect(restart.alarmsToClear).toEqual(['commitment:a']);
    expect(restart.alarmsToCreate).toEqual([]);
    expect(restart.nextState.notified).toEqual({ a: T0 + 2 * HOUR });
  });

  it('does not notify again when planned twice in a row, or after another restart', () => {
    const world = new World(T0 + DAY, [open('a', T0)]);
    expect(world.run().notifyNow).toEqual(['a']);
    expect(world.run().notifyNow).toEqual([]);
    world.closedFor(3 * DAY);
    expect(world.run().notifyNow).toEqual([]);
    expect(world.shown).toHaveLength(1);
  });

  it('a due time exactly at now notifies now and arms nothing', () => {
    const plan = planReminders({
      commitments: [open('a', T0)],
      existingAlarms: [],
      state: { notified: {} },
      now: T0,
      timeZone: NY,
    });
    expect(plan.notifyNow).toEqual(['a']);
    expect(plan.alarmsToCreate).toEqual([]);
    // One millisecond later it would have been an alarm.
    const later = planReminders({
      commitments: [open('a', T0 + 1)],
      existingAlarms: [],
      state: { notified: {} },
      now: T0,
      timeZone: NY,
    });
    expect(later.notifyNow).toEqual([]);
    expect(later.alarmsToCreate).toEqual([{ name: 'commitment:a', when: T0 + 1 }]);
  });

  it('a snooze re-arms a single alarm and allows one more notification at the new time', () => {
    const world = new World(T0, [open('a', T0 + HOUR)]);
    world.run();
    world.advance(HOUR);
    expect(world.shown.map((s) => s.id)).toEqual(['a']);

    world.commitments = [open('a', T0 + HOUR, { snoozedUntil: T0 + 3 * HOUR })];
    const snoozed = world.run();
    expect(snoozed.alarmsToCreate).toEqual([{ name: 'commitment:a', when: T0 + 3 * HOUR }]);
    expect(snoozed.notifyNow).toEqual([]);
    expect(world.alarms.size).toBe(1);

    world.advance(2 * HOUR);
    expect(world.shown.map((s) => s.id)).toEqual(['a', 'a']);
    world.run();
    expect(world.shown).toHaveLength(2);

    // Snoozing again before the alarm fires moves the one alarm.
    world.commitments = [open('a', T0 + HOUR, { snoozedUntil: T0 + 5 * HOUR })];
    world.run();
    world.commitments = [open('a', T0 + HOUR, { snoozedUntil: T0 + 6 * HOUR })];
    world.run();
    expect(world.existing()).toEqual([{ name: 'commitment:a', scheduledTime: T0 + 6 * HOUR }]);
  });

  it('undoing a snooze back to an already-notified due time does not notify twice', () => {
    const world = new World(T0 + HOUR, [open('a', T0)]);
    world.run();
    world.commitments = [open('a', T0, { snoozedUntil: T0 + 2 * HOUR })];
    world.run();
    world.commitments = [open('a', T0)];
    expect(world.run().notifyNow).toEqual([]);
    expect(world.shown).toHaveLength(1);
  });

  it('done and missed commitments lose their alarm and their record', () => {
    const world = new World(T0, [open('a', T0 + HOUR), open('b', T0 - HOUR), open('c', T0 + DAY)]);
    world.run();
    expect(world.state.notified).toEqual({ b: T0 - HOUR });
    world.commitments = [
      { noteId: 'a', dueAt: T0 + HOUR, status: 'done' },
      { noteId: 'b', dueAt: T0 - HOUR, status: 'done' },
      { noteId: 'c', dueAt: T0 + DAY, status: 'missed' },
    ];
    const plan = world.run();
    expect(plan.alarmsToClear.sort()).toEqual(['commitment:a', 'commitment:c']);
    expect(plan.notifyNow).toEqual([]);
    expect(plan.nextState.notified).toEqual({});
    expect(plan.badgeCount).toBe(0);
    world.advance(2 * DAY);
    expect(world.shown.map((s) => s.id)).toEqual(['b']);
  });

  it('clears alarms of deleted notes and leaves other alarms alone', () => {
    const plan = planReminders({
      commitments: [open('a', T0 + HOUR)],
      existingAlarms: [
        { name: 'commitment:a', scheduledTime: T0 + HOUR },
        { name: 'commitment:gone', scheduledTime: T0 + HOUR },
        { name: 'pack-sync', scheduledTime: T0 + MIN },
        { name: 'periodic-check', scheduledTime: T0 - MIN },
      ],
      state: { notified: { gone: T0 - DAY } },
      now: T0,
      timeZone: NY,
    });
    expect(plan.alarmsToClear).toEqual(['commitment:gone']);
    expect(plan.alarmsToCreate).toEqual([]);
    expect(plan.nextState.notified).toEqual({});
  });

  it('keeps an alarm Chrome scheduled a little late (its 30 s minimum) instead of pushing it again', () => {
    const plan = planReminders({
      commitments: [open('a', T0 + 10_000)],
      existingAlarms: [{ name: 'commitment:a', scheduledTime: T0 + 30_000 }],
      state: { notified: {} },
      now: T0,
      timeZone: NY,
    });
    expect(plan.alarmsToCreate).toEqual([]);
    // Early is never fine.
    const early = planReminders({
      commitments: [open('a', T0 + 10 * MIN)],
      existingAlarms: [{ name: 'commitment:a', scheduledTime: T0 + 9 * MIN }],
      state: { notified: {} },
      now: T0,
      timeZone: NY,
    });
    expect(early.alarmsToCreate).toEqual([{ name: 'commitment:a', when: T0 + 10 * MIN }]);
  });

  it('takes the last entry when a note is listed twice, and copes with odd ids', () => {
    const plan = planReminders({
      commitments: [open('a', T0 + HOUR), open('a', T0 + 2 * HOUR), open('__proto__', T0 - HOUR)],
      existingAlarms: [],
      state: { notified: {} },
      now: T0,
      timeZone: NY,
    });
    expect(plan.alarmsToCreate).toEqual([{ name: 'commitment:a', when: T0 + 2 * HOUR }]);
    expect(plan.notifyNow).toEqual(['__proto__']);
    expect(Object.hasOwn(plan.nextState.notified, '__proto__')).toBe(true);
    const again = planReminders({
      commitments: [open('__proto__', T0 - HOUR)],
      existingAlarms: [],
      state: plan.nextState,
      now: T0,
      timeZone: NY,
    });
    expect(again.notifyNow).toEqual([]);
  });

  it('arms nothing for a due time that is not a number', () => {
    const plan = planReminders({
      commitments: [open('a', Number.NaN)],
      existingAlarms: [{ name: 'commitment:a', scheduledTime: T0 + HOUR }],
      state: { notified: {} },
      now: T0,
      timeZone: NY,
    });
    expect(plan).toMatchObject({
      alarmsToCreate: [],
      alarmsToClear: ['commitment:a'],
      notifyNow: [],
      badgeCount: 0,
    });
  });
});

describe('badge count', () => {
  const badge = (now: number, commitments: OpenCommitment[], timeZone = NY) =>
    planReminders({ commitments, existingAlarms: [], state: { notified: {} }, now, timeZone }).badgeCount;

  it('counts open commitments due today or overdue, by the agent calendar day, across midnight', () => {
    const commitments = [
      open('overdue', Date.parse('2026-11-24T15:00:00-05:00')),
      open('late-today', Date.parse('2026-11-25T23:30:00-05:00')),
      open('just-after-midnight', Date.parse('2026-11-26T00:30:00-05:00')),
      open('next-week', Date.parse('2026-12-02T09:00:00-05:00')),
      { noteId: 'done', dueAt: Date.parse('2026-11-25T09:00:00-05:00'), status: 'done' },
      { noteId: 'missed', dueAt: Date.parse('2026-11-24T09:00:00-05:00'), status: 'missed' },
    ] satisfies OpenCommitment[];
    // 22:00 in New York is already the next day in UTC: the badge still counts New York's day.
    expect(badge(Date.parse('2026-11-25T22:00:00-05:00'), commitments)).toBe(2);
    expect(badge(Date.parse('2026-11-25T23:59:59-05:00'), commitments)).toBe(2);
    expect(badge(Date.parse('2026-11-26T00:00:00-05:00'), commitments)).toBe(3);
    // The same instants seen from Berlin (already 26 Nov there at 22:00 New York time).
    expect(badge(Date.parse('2026-11-25T22:00:00-05:00'), commitments, BERLIN)).toBe(3);
  });

  it('uses the snooze: snoozed to tomorrow is not today', () => {
    const now = Date.parse('2026-11-25T10:00:00-05:00');
    const snoozed = open('a', now - HOUR, { snoozedUntil: Date.parse('2026-11-26T09:00:00-05:00') });
    expect(badge(now, [snoozed])).toBe(0);
    expect(badge(now, [open('a', now - HOUR, { snoozedUntil: now + HOUR })])).toBe(1);
  });

  it('knows a DST change day is 23 hours long (Berlin, 29 March 2026)', () => {
    const now = Date.parse('2026-03-29T10:00:00+02:00');
    const commitments = [
      open('late-today', Date.parse('2026-03-29T23:30:00+02:00')),
      open('tomorrow', Date.parse('2026-03-30T00:30:00+02:00')),
    ];
    expect(badge(now, commitments, BERLIN)).toBe(1);
    // Just after midnight on the change day itself (01:30 CET, before the clocks jump).
    expect(badge(Date.parse('2026-03-29T01:30:00+01:00'), commitments, BERLIN)).toBe(1);
  });

  it('knows a DST change day is 25 hours long (New York, 1 November 2026)', () => {
    const now = Date.parse('2026-11-01T00:30:00-04:00');
    const commitments = [
      open('late-today', Date.parse('2026-11-01T23:30:00-05:00')),
      open('tomorrow', Date.parse('2026-11-02T00:10:00-05:00')),
    ];
    expect(badge(now, commitments)).toBe(1);
  });
});

describe('many commitments', () => {
  it('1,000 commitments: one alarm each, each past one notified once, nothing twice', () => {
    const commitments = Array.from({ length: 1000 }, (_, i) =>
      open(
        `n${i}`,
        T0 + (i - 500) * 17 * MIN,
        i % 7 === 0 ? { snoozedUntil: T0 + (i - 300) * 11 * MIN } : {},
      ),
    );
    const world = new World(T0, commitments);
    const first = world.run();
    const dues = commitments.map(effectiveDue);
    const future = dues.filter((d) => d > T0).length;
    expect(first.alarmsToCreate).toHaveLength(future);
    expect(new Set(first.alarmsToCreate.map((a) => a.name)).size).toBe(future);
    expect(first.notifyNow).toHaveLength(1000 - future);
    expect(new Set(first.notifyNow).size).toBe(first.notifyNow.length);

    const second = world.run();
    expect(second).toMatchObject({ alarmsToCreate: [], alarmsToClear: [], notifyNow: [] });

    world.advance(400 * 17 * MIN);
    world.closedFor(30 * DAY);
    world.run();
    world.run();
    const ids = world.shown.map((s) => s.id);
    expect(ids).toHaveLength(1000);
    expect(new Set(ids).size).toBe(1000);
    expect(world.alarms.size).toBe(0);
  });
});

describe('planReminders properties', () => {
  it('repeating a plan with its own output (nextState, created alarms) never notifies twice', () => {
    const commitment = fc.record({
      noteId: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      dueAt: fc.integer({ min: T0 - 3 * DAY, max: T0 + 3 * DAY }),
      snoozedUntil: fc.option(fc.integer({ min: T0 - DAY, max: T0 + 3 * DAY }), { nil: undefined }),
      status: fc.constantFrom('open', 'open', 'open', 'done', 'missed'),
    });
    fc.assert(
      fc.property(
        fc.array(commitment, { maxLength: 8 }),
        fc.integer({ min: T0 - DAY, max: T0 + DAY }),
        fc.integer({ min: 2, max: 5 }),
        (raw, now, repeats) => {
          const commitments = raw.map(({ snoozedUntil, ...rest }) =>
            snoozedUntil === undefined ? rest : { ...rest, snoozedUntil },
          ) as OpenCommitment[];
          let state: ReminderState = { notified: {} };
          let alarms: Alarm[] = [];
          const seen = new Set<string>();
          for (let i = 0; i < repeats; i++) {
            const plan = planReminders({ commitments, existingAlarms: alarms, state, now, timeZone: BERLIN });
            for (const id of plan.notifyNow) {
              const c = [...commitments].reverse().find((x) => x.noteId === id)!;
              const key = `${id}@${effectiveDue(c)}`;
              expect(seen.has(key), key).toBe(false);
              seen.add(key);
            }
            const names = plan.alarmsToCreate.map((a) => a.name);
            expect(new Set(names).size).toBe(names.length);
            alarms = [
              ...alarms.filter((a) => !plan.alarmsToClear.includes(a.name) && !names.includes(a.name)),
              ...plan.alarmsToCreate.map((a) => ({ name: a.name, scheduledTime: a.when })),
            ];
            state = plan.nextState;
            if (i > 0) expect(plan).toMatchObject({ notifyNow: [], alarmsToCreate: [], alarmsToClear: [] });
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('through time, snoozes, restarts and closing: each due time notifies exactly once, none lost', () => {
    type Step =
      | { kind: 'advance'; ms: number }
      | { kind: 'closed'; ms: number }
      | { kind: 'snooze'; index: number; ms: number }
      | { kind: 'finish'; index: number; status: 'done' | 'missed' }
      | { kind: 'restart' }
      | { kind: 'alarms-lost' };
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.record({ kind: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 2 * DAY }) }),
      fc.record({ kind: fc.constant('closed' as const), ms: fc.integer({ min: 0, max: 4 * DAY }) }),
      fc.record({
        kind: fc.constant('snooze' as const),
        index: fc.nat(),
        ms: fc.integer({ min: MIN, max: 2 * DAY }),
      }),
      fc.record({
        kind: fc.constant('finish' as const),
        index: fc.nat(),
        status: fc.constantFrom('done' as const, 'missed' as const),
      }),
      fc.constant({ kind: 'restart' as const }),
      fc.constant({ kind: 'alarms-lost' as const }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -2 * DAY, max: 4 * DAY }), { minLength: 1, maxLength: 6 }),
        fc.array(step, { maxLength: 25 }),
        fc.constantFrom(NY, BERLIN, 'Asia/Kolkata'),
        (offsets, steps, timeZone) => {
          const world = new World(
            T0,
            offsets.map((o, i) => open(`n${i}`, T0 + o)),
            timeZone,
          );
          // Every notification, keyed by the effective due time it was for at that moment.
          const keys: string[] = [];
          const record = (from: number) => {
            for (const s of world.shown.slice(from)) {
              const c = world.commitments.find((x) => x.noteId === s.id)!;
              keys.push(`${s.id}@${effectiveDue(c)}`);
            }
          };
          world.run();
          record(0);
          for (const s of steps) {
            const before = world.shown.length;
            const target = world.commitments[('index' in s ? s.index : 0) % world.commitments.length]!;
            if (s.kind === 'advance') world.advance(s.ms);
            else if (s.kind === 'closed') world.closedFor(s.ms);
            else if (s.kind === 'restart') world.run();
            else if (s.kind === 'alarms-lost') world.alarms.clear();
            else if (s.kind === 'snooze' && target.status === 'open') {
              world.commitments = world.commitments.map((c) =>
                c === target ? { ...c, snoozedUntil: world.now + s.ms } : c,
              );
              world.run();
            } else if (s.kind === 'finish') {
              world.commitments = world.commitments.map((c) =>
                c === target ? { ...c, status: s.status } : c,
              );
              world.run();
            }
            record(before);
          }
          expect(new Set(keys).size).toBe(keys.length);
          // Much later, one last start: every open commitment has been reminded of its due time.
          world.closedFor(30 * DAY);
          const before = world.shown.length;
          world.run();
          world.run();
          record(before);
          expect(new Set(keys).size).toBe(keys.length);
          for (const c of world.commitments.filter((x) => x.status === 'open')) {
            expect(keys).toContain(`${c.noteId}@${effectiveDue(c)}`);
          }
          expect(world.alarms.size).toBe(0);
          expect(world.badge).toBe(world.commitments.filter((x) => x.status === 'open').length);
        },
      ),
      { numRuns: 400 },
    );
  });
});
