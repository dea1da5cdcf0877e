import { describe, expect, it } from 'vitest';
import type { Commitment, EventKind, Note, UsageEvent } from '../../../src/shared/model';
import {
  articleDraft,
  commitmentInsights,
  commitmentOutcome,
  computeInsights,
  handoffInsights,
  knowledgeGaps,
  lastWeeks,
  mostUsedArticles,
  normaliseSearch,
  rootCauseInsights,
  startOfWeek,
  weekIndex,
} from '../../../src/sidepanel/insights-data';

// Dates are built in local time, so the tests hold in whatever time zone they run.
const at = (month: number, day: number, hour = 12, minute = 0) =>
  new Date(2025, month - 1, day, hour, minute).getTime();
/** Wednesday 12 March 2025, 15:00 local. Weeks: 17 Feb, 24 Feb, 3 Mar, 10 Mar (current). */
const NOW = at(3, 12, 15);
const HOUR = 3_600_000;

let nextId = 0;
function note(fields: Partial<Note> = {}): Note {
  nextId++;
  return {
    id: `n${nextId}`,
    ticketKey: `zendesk#${nextId}`,
    site: 'zendesk',
    url: 'https://example.zendesk.com/agent/tickets/1',
    text: 'Called the carrier',
    stage: 'investigate',
    createdAt: at(3, 1),
    ...fields,
  };
}

function promise(fields: Partial<Commitment> & Pick<Commitment, 'dueAt'>): Commitment {
  return { promise: 'Call back', status: 'open', ...fields };
}

function event(kind: EventKind, time: number, subject?: string): UsageEvent {
  return subject === undefined ? { kind, at: time } : { kind, at: time, subject };
}

describe('weeks in local time', () => {
  it('starts a week on Monday at local midnight', () => {
    expect(startOfWeek(NOW)).toBe(new Date(2025, 2, 10).getTime());
    expect(startOfWeek(new Date(2025, 2, 10, 0, 0).getTime())).toBe(new Date(2025, 2, 10).getTime());
    // Sunday late evening still belongs to the week that began the Monday before.
    expect(startOfWeek(new Date(2025, 2, 16, 23, 59).getTime())).toBe(new Date(2025, 2, 10).getTime());
    expect(startOfWeek(new Date(2025, 2, 17, 0, 0).getTime())).toBe(new Date(2025, 2, 17).getTime());
  });

  it('lists the last weeks oldest first, contiguous, the current week last', () => {
    const weeks = lastWeeks(NOW, 4);
    expect(weeks.map((w) => new Date(w.start).toDateString())).toEqual([
      new Date(2025, 1, 17).toDateString(),
      new Date(2025, 1, 24).toDateString(),
      new Date(2025, 2, 3).toDateString(),
      new Date(2025, 2, 10).toDateString(),
    ]);
    for (let i = 1; i < weeks.length; i++) expect(weeks[i]?.start).toBe(weeks[i - 1]?.end);
    expect(weeks[3]?.end).toBe(new Date(2025, 2, 17).getTime());
    expect(weekIndex(weeks, NOW)).toBe(3);
    expect(weekIndex(weeks, at(2, 16, 23))).toBe(-1);
    expect(weekIndex(weeks, at(2, 17, 0))).toBe(0);
  });

  it('keeps every week on a local Monday midnight across a whole year, DST changes included', () => {
    const weeks = lastWeeks(new Date(2025, 11, 31, 12).getTime(), 60);
    for (const [i, week] of weeks.entries()) {
      const start = new Date(week.start);
      expect(start.getDay()).toBe(1);
      expect(start.getHours()).toBe(0);
      expect(start.getMinutes()).toBe(0);
      if (i > 0) expect(week.start).toBe(weeks[i - 1]?.end);
      // 7 days, give or take the DST hour.
      expect(Math.abs(week.end - week.start - 168 * HOUR)).toBeLessThanOrEqual(HOUR);
    }
  });
});

describe('promises kept on time', () => {
  it('settles done, missed and overdue promises and leaves future ones open', () => {
    expect(commitmentOutcome(note(), NOW)).toBeNull();
    expect(
      commitmentOutcome(
        note({ commitment: promise({ dueAt: at(3, 11), status: 'done', doneAt: at(3, 11) }) }),
        NOW,
      ),
    ).toEqual({ kind: 'kept', at: at(3, 11) });
    expect(
      commitmentOutcome(
        note({ commitment: promise({ dueAt: at(3, 11), status: 'done', doneAt: at(3, 11) + 1 }) }),
        NOW,
      ),
    ).toEqual({ kind: 'late', at: at(3, 11) + 1 });
    expect(commitmentOutcome(note({ commitment: promise({ dueAt: NOW - 1 }) }), NOW)).toEqual({
      kind: 'overdue',
      at: NOW - 1,
    });
    expect(commitmentOutcome(note({ commitment: promise({ dueAt: NOW + HOUR }) }), NOW)).toBeNull();
    expect(
      commitmentOutcome(note({ commitment: promise({ dueAt: at(3, 4), status: 'missed' }) }), NOW),
    ).toEqual({
      kind: 'late',
      at: at(3, 4),
    });
  });

  it('computes the rate over the last 4 weeks and counts per week', () => {
    const notes = [
      // this week: 2 kept (one early, for a promise due next week), 1 late, 1 overdue, 1 not due yet
      note({ commitment: promise({ dueAt: at(3, 11, 15), status: 'done', doneAt: at(3, 11, 9) }) }),
      note({ commitment: promise({ dueAt: at(3, 20), status: 'done', doneAt: at(3, 12, 10) }) }),
      note({ commitment: promise({ dueAt: at(3, 7), status: 'done', doneAt: at(3, 10, 9) }) }),
      note({ commitment: promise({ dueAt: at(3, 12, 9) }) }),
      note({ commitment: promise({ dueAt: at(3, 13) }) }),
      // week of 3 Mar: kept exactly at the due time, and one missed
      note({ commitment: promise({ dueAt: at(3, 5, 17), status: 'done', doneAt: at(3, 5, 17) }) }),
      note({ commitment: promise({ dueAt: at(3, 4), status: 'missed' }) }),
      // week of 17 Feb: overdue since then
      note({ commitment: promise({ dueAt: at(2, 18) }) }),
      // before the window: ignored
      note({ commitment: promise({ dueAt: at(2, 10), status: 'done', doneAt: at(2, 10) }) }),
      note({ commitment: promise({ dueAt: at(2, 14) }) }),
      // no promise at all
      note(),
    ];
    const stats = commitmentInsights(notes, NOW);
    expect(stats.weeks.map(({ kept, late, overdue }) => ({ kept, late, overdue }))).toEqual([
      { kept: 0, late: 0, overdue: 1 },
      { kept: 0, late: 0, overdue: 0 },
      { kept: 1, late: 1, overdue: 0 },
      { kept: 2, late: 1, overdue: 1 },
    ]);
    expect(stats).toMatchObject({ kept: 3, late: 2, overdue: 2 });
    expect(stats.rate).toBeCloseTo(3 / 7);
  });

  it('counts a promise done without a done time as not kept on time', () => {
    const stats = commitmentInsights(
      [note({ commitment: promise({ dueAt: at(3, 11), status: 'done' }) })],
      NOW,
    );
    expect(stats).toMatchObject({ kept: 0, late: 1, rate: 0 });
  });

  it('has no rate, rather than 0 %, when nothing came due', () => {
    const stats = commitmentInsights([note({ commitment: promise({ dueAt: NOW + HOUR }) })], NOW);
    expect(stats.rate).toBeNull();
    expect(stats.weeks).toHaveLength(4);
  });
});

describe('handoffs avoided', () => {
  it('counts ownership nudges acted on per week, and nudges shown against acted', () => {
    const events = [
      event('nudge-shown', at(3, 11), 'handoff'),
      event('nudge-acted', at(3, 11), 'handoff'),
      event('nudge-shown', at(3, 11), 'cant'),
      event('nudge-shown', at(3, 4), 'cant'),
      event('nudge-acted', at(3, 4), 'cant'),
      event('nudge-acted', at(2, 18), 'handoff'),
      event('nudge-shown', at(3, 11), 'within-limit'),
      event('nudge-acted', at(3, 11), 'over-limit'),
      event('nudge-acted', at(2, 1), 'handoff'), // before the window
      event('nudge-acted', at(3, 11)), // no subject
      event('article-opened', at(3, 11), 'handoff'),
    ];
    const stats = handoffInsights(events, NOW);
    expect(stats.weeks.map((w) => w.avoided)).toEqual([1, 0, 1, 1]);
    expect(stats).toMatchObject({ avoided: 3, acted: 3, shown: 3, allShown: 4, allActed: 5 });
  });
});

describe('top root causes over time', () => {
  it('keeps the 5 most frequent causes of the last 8 weeks, in cases per week', () => {
    const notes: Note[] = [];
    const add = (cause: string, count: number, day: number, month = 3) => {
      for (let i = 0; i < count; i++) notes.push(note({ rootCause: cause, createdAt: at(month, day) }));
    };
    add('shipping', 4, 11);
    add('shipping', 2, 3);
    add('billing error', 3, 5);
    add('product defect', 2, 20, 1); // week of 20 Jan: the oldest of the 8
    add('policy confusion', 2, 11);
    add('documentation gap', 1, 10, 2);
    add('account access', 1, 1, 3);
    add('ancient', 9, 10, 1); // week of 6 Jan: before the window
    // Three notes on one ticket with the same cause are one case.
    for (const day of [10, 11, 12])
      notes.push(note({ ticketKey: 'zendesk#same', rootCause: ' billing error ', createdAt: at(3, day, 9) }));
    notes.push(note({ createdAt: at(3, 11) })); // no cause

    const stats = rootCauseInsights(notes, NOW);
    expect(stats.weeks).toHaveLength(8);
    expect(new Date(stats.weeks[0]?.start ?? 0).toDateString()).toBe(new Date(2025, 0, 20).toDateString());
    expect(stats.causes.map((c) => [c.cause, c.total])).toEqual([
      ['shipping', 6],
      ['billing error', 4],
      ['policy confusion', 2],
      ['product defect', 2],
      // account access and documentation gap tie at 1: the more recent one wins the last place
      ['account access', 1],
    ]);
    expect(stats.causes[0]?.counts).toEqual([0, 0, 0, 0, 0, 0, 2, 4]);
    expect(stats.causes[1]?.counts).toEqual([0, 0, 0, 0, 0, 0, 3, 1]);
    expect(stats.causes[3]?.counts).toEqual([2, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('knowledge gaps', () => {
  it('normalises search text: lowercase, trimmed, collapsed spaces', () => {
    expect(normaliseSearch('  Refund   TO\tgift\n card ')).toBe('refund to gift card');
    expect(normaliseSearch('   ')).toBe('');
  });

  it('groups empty searches by normalised text with count and last time, most frequent first', () => {
    const events = [
      event('search-empty', at(3, 1), 'Refund to gift card'),
      event('search-empty', at(3, 9), '  refund  to GIFT card'),
      event('search-empty', at(3, 5), 'refund to gift card'),
      event('search-empty', at(3, 10), 'warranty abroad'),
      event('search-empty', at(3, 11), '   '),
      event('search-empty', at(3, 11)),
      event('article-opened', at(3, 11), 'refund to gift card'),
    ];
    expect(knowledgeGaps(events)).toEqual([
      { text: 'refund to gift card', count: 3, lastAt: at(3, 9) },
      { text: 'warranty abroad', count: 1, lastAt: at(3, 10) },
    ]);
  });

  it('keeps the top 10', () => {
    const events = Array.from({ length: 15 }, (_, i) => event('search-empty', at(3, 1) + i, `gap ${i}`));
    events.push(event('search-empty', at(2, 1), 'gap 3'));
    const gaps = knowledgeGaps(events);
    expect(gaps).toHaveLength(10);
    expect(gaps[0]).toEqual({ text: 'gap 3', count: 2, lastAt: at(3, 1) + 3 });
    // Ties: most recent first.
    expect(gaps[1]?.text).toBe('gap 14');
  });
});

describe('most used articles', () => {
  it('ranks opened articles by count and keeps the top 10', () => {
    const events = [
      ...Array.from({ length: 12 }, (_, i) => event('article-opened', at(3, 1) + i, `a${i}`)),
      event('article-opened', at(3, 2), 'a5'),
      event('article-opened', at(3, 3), 'a5'),
      event('article-opened', at(3, 2), 'a7'),
      event('article-opened', at(3, 2)),
      event('snippet-copied', at(3, 2), 'a9'),
    ];
    const top = mostUsedArticles(events);
    expect(top).toHaveLength(10);
    expect(top.slice(0, 3)).toEqual([
      { id: 'a5', count: 3, lastAt: at(3, 3) },
      { id: 'a7', count: 2, lastAt: at(3, 2) },
      { id: 'a11', count: 1, lastAt: at(3, 1) + 11 },
    ]);
  });
});

describe('computeInsights', () => {
  it('gives empty, well-formed results for an agent with no data', () => {
    const insights = computeInsights([], [], NOW);
    expect(insights.commitments).toMatchObject({ rate: null, kept: 0, late: 0, overdue: 0 });
    expect(insights.commitments.weeks).toHaveLength(4);
    expect(insights.handoffs).toMatchObject({ avoided: 0, shown: 0, acted: 0, allShown: 0, allActed: 0 });
    expect(insights.handoffs.weeks.every((w) => w.avoided === 0)).toBe(true);
    expect(insights.rootCauses.weeks).toHaveLength(8);
    expect(insights.rootCauses.causes).toEqual([]);
    expect(insights.gaps).toEqual([]);
    expect(insights.articles).toEqual([]);
  });

  it('uses the injected clock', () => {
    const notes = [note({ commitment: promise({ dueAt: at(3, 12, 9) }) })];
    expect(computeInsights(notes, [], at(3, 12, 8)).commitments.rate).toBeNull();
    expect(computeInsights(notes, [], at(3, 12, 10)).commitments).toMatchObject({ overdue: 1, rate: 0 });
  });
});

describe('articleDraft', () => {
  it('turns a search with no result into a Markdown article skeleton', () => {
    const draft = articleDraft('  gift card refund ');
    expect(draft.split('\n')[0]).toBe('# Gift card refund');
    expect(draft).toContain('## What customers say\n- "gift card refund"');
    expect(draft).toContain('```snippet\nHi {{customer.name}}, \n```');
  });
});
