import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { Note, UsageEvent } from '../../shared/model';
import { database } from '../../storage/db';
import { downloadFile, exportFileName, notesToCsv, notesToJson } from '../export-notes';
import {
  articleDraft,
  CAUSE_WEEKS,
  COMMITMENT_WEEKS,
  type CommitmentInsights,
  computeInsights,
  HANDOFF_WEEKS,
  type HandoffInsights,
  type KnowledgeGap,
  type RootCauseInsights,
  type Week,
} from '../insights-data';
import { formatWhen } from '../ticket';
import { BackBar } from './BackBar';
import { DraftButton } from './DraftButton';

export interface InsightsProps {
  onBack(): void;
  /** The title of an article in the knowledge base, or undefined when it is gone. */
  titleOf(id: string): string | undefined;
}

type Loaded = { notes: Note[]; events: UsageEvent[]; now: number } | { error: string } | null;

/** The agent's own numbers, computed locally from notes and usage events; nothing leaves the browser. */
export function Insights({ onBack, titleOf }: InsightsProps) {
  const [state, setState] = useState<Loaded>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    let live = true;
    const db = database();
    Promise.all([db.notes.toArray(), db.events.toArray()])
      .then(([notes, events]) => live && setState({ notes, events, now: Date.now() }))
      .catch(
        (error: unknown) =>
          live && setState({ error: `Your insights could not be loaded: ${describe(error)}` }),
      );
    return () => {
      live = false;
    };
  }, []);

  const data = state && !('error' in state) ? state : undefined;
  const insights = useMemo(() => data && computeInsights(data.notes, data.events, data.now), [data]);

  const exportAs = (kind: 'csv' | 'json') => {
    if (!data) return;
    try {
      if (kind === 'csv')
        downloadFile(exportFileName('csv'), 'text/csv;charset=utf-8', notesToCsv(data.notes, { bom: true }));
      else downloadFile(exportFileName('json'), 'application/json', notesToJson(data.notes));
      setStatus(`Exported ${plural(data.notes.length, 'note')} as ${kind.toUpperCase()}.`);
    } catch (error) {
      setStatus(`The export failed: ${describe(error)}`);
    }
  };

  return (
    <main class="detail insights">
      <BackBar onBack={onBack} />
      <h1>Insights</h1>
      <p class="muted small">
        Worked out on this computer from your own notes and activity. Nothing is sent anywhere.
      </p>
      {state === null && <p class="muted">Loading…</p>}
      {state && 'error' in state && (
        <p class="banner error" role="alert">
          {state.error}
        </p>
      )}
      {data && insights && (
        <>
          <PromisesKept stats={insights.commitments} />
          <HandoffsAvoided stats={insights.handoffs} />
          <RootCauses stats={insights.rootCauses} />
          <KnowledgeGaps
            gaps={insights.gaps}
            now={data.now}
            onDraftArticle={(text) =>
              navigator.clipboard
                .writeText(articleDraft(text))
                .then(() =>
                  setStatus(
                    `An article draft for “${text}” is on your clipboard, in the pack’s Markdown shape.`,
                  ),
                )
                .catch((error: unknown) => setStatus(`The draft could not be copied: ${describe(error)}`))
            }
          />
          <section class="card" aria-label="Most used articles">
            <h2>Most used articles</h2>
            {insights.articles.length === 0 ? (
              <p class="muted">No articles opened yet. The ones you open most will be listed here.</p>
            ) : (
              <ol class="insight-list">
                {insights.articles.map((use) => (
                  <li key={use.id}>
                    <span class="insight-item-title">{titleOf(use.id) ?? use.id}</span>
                    <span class="muted small">
                      opened {times(use.count)} · last {formatWhen(use.lastAt, data.now)}
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </section>
          <section class="card" aria-label="Export my notes">
            <h2>Export my notes</h2>
            <p class="muted small">
              {data.notes.length === 0
                ? 'You have no notes to export yet.'
                : `${plural(data.notes.length, 'note')}, with their commitments.`}
            </p>
            <div class="insight-actions">
              <button type="button" disabled={data.notes.length === 0} onClick={() => exportAs('csv')}>
                Export notes as CSV
              </button>
              <button type="button" disabled={data.notes.length === 0} onClick={() => exportAs('json')}>
                Export notes as JSON
              </button>
            </div>
            <p class="status" role="status" aria-live="polite">
              {status}
            </p>
          </section>
        </>
      )}
    </main>
  );
}

function PromisesKept({ stats }: { stats: CommitmentInsights }) {
  const settled = stats.kept + stats.late + stats.overdue;
  const labels = weekLabels(stats.weeks);
  const series: Series[] = [
    { label: 'kept on time', className: 'series-kept' },
    { label: 'late', className: 'series-late' },
    { label: 'overdue, still open', className: 'series-overdue' },
  ];
  return (
    <section class="card" aria-label="Promises kept on time">
      <h2>Promises kept on time</h2>
      {stats.rate === null ? (
        <p class="muted">
          No promises came due in the last {COMMITMENT_WEEKS} weeks. Give a note a due time and it will count
          here.
        </p>
      ) : (
        <>
          <p class="insight-figure">
            <strong>{percent(stats.rate)}</strong>
            <span class="muted">
              {' '}
              {stats.kept} of {plural(settled, 'promise')} kept on time in the last {COMMITMENT_WEEKS} weeks
            </span>
          </p>
          <GroupedBars
            label={`Promises per week, last ${COMMITMENT_WEEKS} weeks. ${stats.weeks
              .map(
                (w, i) => `${labels[i]?.long}: ${w.kept} kept on time, ${w.late} late, ${w.overdue} overdue`,
              )
              .join('; ')}.`}
            series={series}
            groups={stats.weeks.map((w, i) => ({
              label: labels[i]?.short ?? '',
              long: labels[i]?.long ?? '',
              values: [w.kept, w.late, w.overdue],
            }))}
          />
          <Legend series={series} />
        </>
      )}
    </section>
  );
}

function HandoffsAvoided({ stats }: { stats: HandoffInsights }) {
  const labels = weekLabels(stats.weeks);
  const series: Series[] = [{ label: 'handoffs avoided', className: 'series-avoided' }];
  return (
    <section class="card" aria-label="Handoffs avoided">
      <h2>Handoffs avoided</h2>
      {stats.shown === 0 && stats.avoided === 0 ? (
        <p class="muted">
          No handoff or “I can’t” wording was flagged in your replies in the last {HANDOFF_WEEKS} weeks.
        </p>
      ) : (
        <>
          <p class="insight-figure">
            <strong>{stats.avoided}</strong>
            <span class="muted">
              {' '}
              {stats.avoided === 1 ? 'time' : 'times'} you kept the case instead of handing it off, last{' '}
              {HANDOFF_WEEKS} weeks
            </span>
          </p>
          <p class="small">
            You acted on {stats.acted} of {plural(stats.shown, 'ownership nudge')} shown
            {stats.shown > 0 ? ` (${percent(Math.min(1, stats.acted / stats.shown))})` : ''}.
            {stats.allShown > stats.shown &&
              ` All nudges: ${stats.allActed} acted on of ${stats.allShown} shown.`}
          </p>
          <GroupedBars
            label={`Handoffs avoided per week, last ${HANDOFF_WEEKS} weeks. ${stats.weeks
              .map((w, i) => `${labels[i]?.long}: ${w.avoided}`)
              .join('; ')}.`}
            series={series}
            groups={stats.weeks.map((w, i) => ({
              label: labels[i]?.short ?? '',
              long: labels[i]?.long ?? '',
              values: [w.avoided],
            }))}
          />
        </>
      )}
    </section>
  );
}

function KnowledgeGaps({
  gaps,
  now,
  onDraftArticle,
}: {
  gaps: KnowledgeGap[];
  now: number;
  onDraftArticle(text: string): void;
}) {
  return (
    <section class="card" aria-label="Knowledge gaps">
      <h2>Knowledge gaps</h2>
      {gaps.length === 0 ? (
        <p class="muted">Every search found something so far. Searches with no result will be listed here.</p>
      ) : (
        <>
          <p class="muted small">
            Searches that found nothing. An article for each saves the next agent the hunt.
          </p>
          <ul class="insight-list">
            {gaps.map((gap) => (
              <li key={gap.text} class="gap">
                <span class="insight-item-title">“{gap.text}”</span>
                <span class="muted small">
                  searched {times(gap.count)} · last {formatWhen(gap.lastAt, now)}
                </span>
                <DraftButton from={{ search: gap.text }} label={t('captureDraftAbout', gap.text)} />
                <button
                  type="button"
                  aria-label={`Copy article draft about “${gap.text}”`}
                  onClick={() => onDraftArticle(gap.text)}
                >
                  Copy article draft
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

// ---- charts: hand-written SVG, coloured through panel.css classes so both themes stay readable ----

interface Series {
  label: string;
  className: string;
}

interface Group {
  label: string;
  long: string;
  /** One value per series. */
  values: number[];
}

const CHART_WIDTH = 300;
const FONT = 11;

/** Vertical bars per week, one per series, with the count above each bar. */
function GroupedBars({ label, series, groups }: { label: string; series: Series[]; groups: Group[] }) {
  const top = FONT + 4;
  const plot = 80;
  const height = top + plot + FONT + 8;
  const baseline = top + plot;
  const max = Math.max(1, ...groups.flatMap((g) => g.values));
  const slot = CHART_WIDTH / Math.max(1, groups.length);
  const barWidth = Math.min(24, (slot - 14) / series.length);
  return (
    <svg class="chart" viewBox={`0 0 ${CHART_WIDTH} ${height}`} role="img" aria-label={label}>
      <line class="chart-axis" x1={0} x2={CHART_WIDTH} y1={baseline + 0.5} y2={baseline + 0.5} />
      {groups.map((group, g) => {
        const left = g * slot + (slot - barWidth * series.length) / 2;
        return (
          <g key={group.long}>
            {group.values.map((value, s) => {
              const h = (value / max) * plot;
              const x = left + s * barWidth;
              const name = series[s]?.label ?? '';
              return (
                <g key={name}>
                  <rect
                    class={`chart-bar ${series[s]?.className ?? ''}`}
                    x={x + 1}
                    y={baseline - h}
                    width={barWidth - 2}
                    height={h}
                  >
                    <title>{`${group.long}: ${value} ${name}`}</title>
                  </rect>
                  <text class="chart-value" x={x + barWidth / 2} y={baseline - h - 3} text-anchor="middle">
                    {value}
                  </text>
                </g>
              );
            })}
            <text class="chart-label" x={g * slot + slot / 2} y={height - 4} text-anchor="middle">
              {group.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function Legend({ series }: { series: Series[] }) {
  return (
    <ul class="chart-legend" aria-hidden="true">
      {series.map((s) => (
        <li key={s.className}>
          <span class={`swatch ${s.className}`} />
          {s.label}
        </li>
      ))}
    </ul>
  );
}

/** One row per cause: its total as a horizontal bar, and a small column per week to show the trend. */
function RootCauses({ stats }: { stats: RootCauseInsights }) {
  if (stats.causes.length === 0) {
    return (
      <section class="card" aria-label="Top root causes">
        <h2>Top root causes</h2>
        <p class="muted">
          No root causes tagged in the last {CAUSE_WEEKS} weeks. Tag a cause when you own a case to see which
          ones come back.
        </p>
      </section>
    );
  }
  const labels = weekLabels(stats.weeks);
  const row = 36;
  const barMax = 180;
  const sparkWidth = 64;
  const sparkLeft = CHART_WIDTH - sparkWidth;
  const sparkStep = sparkWidth / Math.max(1, stats.weeks.length);
  const sparkHeight = 24;
  const maxTotal = Math.max(1, ...stats.causes.map((c) => c.total));
  const maxWeek = Math.max(1, ...stats.causes.flatMap((c) => c.counts));
  const summary = `Top root causes over the last ${CAUSE_WEEKS} weeks, in cases: ${stats.causes
    .map((c) => `${c.cause} ${c.total} (by week, oldest first: ${c.counts.join(', ')})`)
    .join('; ')}.`;
  return (
    <section class="card" aria-label="Top root causes">
      <h2>Top root causes</h2>
      <p class="muted small">
        Cases per cause over the last {CAUSE_WEEKS} weeks; the small columns show each week, oldest on the
        left.
      </p>
      <svg
        class="chart"
        viewBox={`0 0 ${CHART_WIDTH} ${stats.causes.length * row}`}
        role="img"
        aria-label={summary}
      >
        {stats.causes.map((cause, i) => {
          const y = i * row;
          const width = Math.max(2, (cause.total / maxTotal) * barMax);
          return (
            <g key={cause.cause}>
              <text class="chart-label-strong" x={0} y={y + FONT}>
                {truncate(cause.cause, 34)}
              </text>
              <rect class="chart-bar series-cause" x={0} y={y + 15} width={width} height={13} rx={2}>
                <title>{`${cause.cause}: ${plural(cause.total, 'case')} in the last ${CAUSE_WEEKS} weeks`}</title>
              </rect>
              <text class="chart-value" x={width + 4} y={y + 26}>
                {cause.total}
              </text>
              {cause.counts.map((count, w) => {
                const h = count === 0 ? 1 : Math.max(2, (count / maxWeek) * sparkHeight);
                return (
                  <rect
                    key={stats.weeks[w]?.start ?? w}
                    class={count === 0 ? 'chart-spark-empty' : 'chart-bar series-cause-week'}
                    x={sparkLeft + w * sparkStep + 1}
                    y={y + 4 + sparkHeight - h}
                    width={sparkStep - 2}
                    height={h}
                  >
                    <title>{`${cause.cause}, ${labels[w]?.long ?? ''}: ${plural(count, 'case')}`}</title>
                  </rect>
                );
              })}
            </g>
          );
        })}
      </svg>
    </section>
  );
}

// ---- formatting ----

function weekLabels(weeks: readonly Week[]): { short: string; long: string }[] {
  return weeks.map((week, i) => {
    const date = new Date(week.start).toLocaleDateString(undefined, { month: 'short', day: 'numeric' });
    return i === weeks.length - 1
      ? { short: 'This week', long: 'this week' }
      : { short: date, long: `week of ${date}` };
  });
}

function percent(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function times(count: number): string {
  return count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
