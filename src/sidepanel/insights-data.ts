// What the Insights view shows, computed from the notes and the usage events: promises kept, handoffs
// avoided, root causes by week, knowledge gaps and the most used articles.
import type { Note, UsageEvent } from '../shared/model';
import { draftFromSearch } from './article-draft';
import { lastWeeks, type Week, weekIndex } from './weeks';

export { lastWeeks, startOfWeek, type Week, weekIndex } from './weeks';

export interface CommitmentWeek extends Week {
  /** Done at or before the due time. */
  kept: number;
  /** Done after the due time, or marked missed. */
  late: number;
  /** Still open and past the due time. */
  overdue: number;
}

export interface CommitmentInsights {
  /** kept / (kept + late + overdue) over the window; null when nothing came due or was closed. */
  rate: number | null;
  kept: number;
  late: number;
  overdue: number;
  weeks: CommitmentWeek[];
}

export interface HandoffWeek extends Week {
  avoided: number;
}

export interface HandoffInsights {
  /** Ownership nudges ('handoff', 'cant') the agent acted on in the window. */
  avoided: number;
  weeks: HandoffWeek[];
  /** Ownership nudges shown in the window. */
  shown: number;
  /** Same as `avoided`; kept beside `shown` so the view can say "acted on X of Y". */
  acted: number;
  /** All nudge kinds (limits included), shown and acted on in the window. */
  allShown: number;
  allActed: number;
}

export interface CauseSeries {
  cause: string;
  /** Cases over the whole window. */
  total: number;
  /** Cases per week, oldest week first, aligned with `RootCauseInsights.weeks`. */
  counts: number[];
}

export interface RootCauseInsights {
  weeks: Week[];
  /** At most `TOP_CAUSES`, most frequent first. */
  causes: CauseSeries[];
}

export interface KnowledgeGap {
  /** The normalised search text. */
  text: string;
  count: number;
  lastAt: number;
}

export interface ArticleUse {
  id: string;
  count: number;
  lastAt: number;
}

export interface Insights {
  commitments: CommitmentInsights;
  handoffs: HandoffInsights;
  rootCauses: RootCauseInsights;
  gaps: KnowledgeGap[];
  articles: ArticleUse[];
}

export const COMMITMENT_WEEKS = 4;
export const HANDOFF_WEEKS = 4;
export const CAUSE_WEEKS = 8;
export const TOP_CAUSES = 5;
export const TOP_GAPS = 10;
export const TOP_ARTICLES = 10;

/** Nudge kinds that flag a handoff or "I can't" wording: acting on one keeps the case with the agent. */
export const OWNERSHIP_NUDGES: readonly string[] = ['handoff', 'cant'];

/** How gap searches are grouped: lowercase, trimmed, runs of whitespace collapsed to one space. */
export function normaliseSearch(text: string): string {
  return text.toLowerCase().trim().replace(/\s+/g, ' ');
}

type Outcome = { kind: 'kept' | 'late' | 'overdue'; at: number } | null;

/**
 * When and how a promise was settled. Done promises count in the week they were done; open ones once
 * their due time has passed, in the week they came due; missed ones in the week they were closed (or came
 * due). Open promises not yet due have no outcome yet.
 */
export function commitmentOutcome(note: Note, now: number): Outcome {
  const promise = note.commitment;
  if (!promise) return null;
  switch (promise.status) {
    case 'done': {
      const at = promise.doneAt ?? promise.dueAt;
      const kept = promise.doneAt !== undefined && promise.doneAt <= promise.dueAt;
      return { kind: kept ? 'kept' : 'late', at };
    }
    case 'missed':
      return { kind: 'late', at: promise.doneAt ?? promise.dueAt };
    case 'open':
      return promise.dueAt < now ? { kind: 'overdue', at: promise.dueAt } : null;
    default:
      return null;
  }
}

export function commitmentInsights(
  notes: readonly Note[],
  now: number,
  weekCount = COMMITMENT_WEEKS,
): CommitmentInsights {
  const weeks: CommitmentWeek[] = lastWeeks(now, weekCount).map((w) => ({
    ...w,
    kept: 0,
    late: 0,
    overdue: 0,
  }));
  for (const note of notes) {
    const outcome = commitmentOutcome(note, now);
    if (!outcome) continue;
    const week = weeks[weekIndex(weeks, outcome.at)];
    if (week) week[outcome.kind]++;
  }
  const kept = sum(weeks.map((w) => w.kept));
  const late = sum(weeks.map((w) => w.late));
  const overdue = sum(weeks.map((w) => w.overdue));
  const settled = kept + late + overdue;
  return { rate: settled === 0 ? null : kept / settled, kept, late, overdue, weeks };
}

export function handoffInsights(
  events: readonly UsageEvent[],
  now: number,
  weekCount = HANDOFF_WEEKS,
): HandoffInsights {
  const weeks: HandoffWeek[] = lastWeeks(now, weekCount).map((w) => ({ ...w, avoided: 0 }));
  let shown = 0;
  let allShown = 0;
  let allActed = 0;
  for (const event of events) {
    if (event.kind !== 'nudge-shown' && event.kind !== 'nudge-acted') continue;
    const index = weekIndex(weeks, event.at);
    if (index < 0) continue;
    const ownership = event.subject !== undefined && OWNERSHIP_NUDGES.includes(event.subject);
    if (event.kind === 'nudge-shown') {
      allShown++;
      if (ownership) shown++;
    } else {
      allActed++;
      if (ownership) (weeks[index] as HandoffWeek).avoided++;
    }
  }
  const avoided = sum(weeks.map((w) => w.avoided));
  return { avoided, weeks, shown, acted: avoided, allShown, allActed };
}

/**
 * Root causes per week, counted in cases rather than notes: several notes on one ticket with the same
 * cause count once, in the week of the earliest of them inside the window.
 */
export function rootCauseInsights(
  notes: readonly Note[],
  now: number,
  weekCount = CAUSE_WEEKS,
  top = TOP_CAUSES,
): RootCauseInsights {
  const weeks = lastWeeks(now, weekCount);
  const firstSeen = new Map<string, { cause: string; at: number }>();
  for (const note of notes) {
    const cause = note.rootCause?.trim();
    if (!cause || weekIndex(weeks, note.createdAt) < 0) continue;
    const key = `${note.ticketKey}\u0000${cause}`;
    const seen = firstSeen.get(key);
    if (!seen || note.createdAt < seen.at) firstSeen.set(key, { cause, at: note.createdAt });
  }
  const series = new Map<string, CauseSeries>();
  for (const { cause, at } of firstSeen.values()) {
    let row = series.get(cause);
    if (!row) {
      row = { cause, total: 0, counts: weeks.map(() => 0) };
      series.set(cause, row);
    }
    row.total++;
    row.counts[weekIndex(weeks, at)]!++;
  }
  const causes = [...series.values()]
    .sort((a, b) => b.total - a.total || latestWeek(b) - latestWeek(a) || a.cause.localeCompare(b.cause))
    .slice(0, top);
  return { weeks, causes };
}

/** Ties between causes go to the one seen most recently. */
function latestWeek(row: CauseSeries): number {
  for (let i = row.counts.length - 1; i >= 0; i--) if ((row.counts[i] ?? 0) > 0) return i;
  return -1;
}

interface Tally {
  key: string;
  count: number;
  lastAt: number;
}

function tally(entries: Iterable<{ key: string; at: number }>, top: number): Tally[] {
  const byKey = new Map<string, Tally>();
  for (const { key, at } of entries) {
    const row = byKey.get(key);
    if (row) {
      row.count++;
      row.lastAt = Math.max(row.lastAt, at);
    } else byKey.set(key, { key, count: 1, lastAt: at });
  }
  return [...byKey.values()]
    .sort((a, b) => b.count - a.count || b.lastAt - a.lastAt || a.key.localeCompare(b.key))
    .slice(0, top);
}

/** Searches that found nothing, grouped by normalised text: most frequent first, then most recent. */
export function knowledgeGaps(events: readonly UsageEvent[], top = TOP_GAPS): KnowledgeGap[] {
  const entries = events
    .filter((e) => e.kind === 'search-empty' && e.subject !== undefined)
    .map((e) => ({ key: normaliseSearch(e.subject ?? ''), at: e.at }))
    .filter((e) => e.key !== '');
  return tally(entries, top).map(({ key, count, lastAt }) => ({ text: key, count, lastAt }));
}

/** Articles by how often the agent opened them. */
export function mostUsedArticles(events: readonly UsageEvent[], top = TOP_ARTICLES): ArticleUse[] {
  const entries = events
    .filter((e) => e.kind === 'article-opened' && e.subject)
    .map((e) => ({ key: e.subject ?? '', at: e.at }));
  return tally(entries, top).map(({ key, count, lastAt }) => ({ id: key, count, lastAt }));
}

export function computeInsights(
  notes: readonly Note[],
  events: readonly UsageEvent[],
  now = Date.now(),
): Insights {
  return {
    commitments: commitmentInsights(notes, now),
    handoffs: handoffInsights(events, now),
    rootCauses: rootCauseInsights(notes, now),
    gaps: knowledgeGaps(events),
    articles: mostUsedArticles(events),
  };
}

function sum(values: number[]): number {
  return values.reduce((total, n) => total + n, 0);
}

/**
 * A Markdown article for a search that found nothing, to paste elsewhere: the same draft the panel's
 * "Draft an article" starts from (src/sidepanel/article-draft.ts), with its title as the first heading.
 */
export function articleDraft(searchText: string): string {
  const { title, body } = draftFromSearch(searchText);
  return `# ${title}\n\n${body}`;
}
