import { useMemo, useState } from 'preact/hooks';
import { downloadFile, exportFileName, notesToCsv, notesToJson } from '../../export/notes';
import { t, uiLanguage } from '../../shared/i18n';
import type { Note, UsageEvent } from '../../shared/model';
import { database } from '../../storage/db';
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
import { useLiveRead } from '../use-live-read';
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
  const [status, setStatus] = useState('');
  // Follows the database: a note saved or a promise kept in another panel changes the numbers at once.
  const read = useLiveRead(async () => {
    const db = database();
    const [notes, events] = await Promise.all([db.notes.toArray(), db.events.toArray()]);
    return { notes, events, now: Date.now() };
  });
  const state: Loaded =
    read === null
      ? null
      : 'error' in read
        ? { error: t('panelInsightsLoadFailed', describe(read.error)) }
        : read.value;

  const data = state && !('error' in state) ? state : undefined;
  const insights = useMemo(() => data && computeInsights(data.notes, data.events, data.now), [data]);

  const exportAs = (kind: 'csv' | 'json') => {
    if (!data) return;
    try {
      if (kind === 'csv')
        downloadFile(exportFileName('csv'), 'text/csv;charset=utf-8', notesToCsv(data.notes, { bom: true }));
      else downloadFile(exportFileName('json'), 'application/json', notesToJson(data.notes));
      const format = kind.toUpperCase();
      const count = data.notes.length;
      setStatus(count === 1 ? t('panelExportedOne', format) : t('panelExportedMany', count, format));
    } catch (error) {
      setStatus(t('panelExportFailed', describe(error)));
    }
  };

  return (
    <main class="detail insights">
      <BackBar onBack={onBack} />
      <h1>{t('panelInsights')}</h1>
      <p class="muted small">{t('panelInsightsIntro')}</p>
      {state === null && <p class="muted">{t('panelLoadingView')}</p>}
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
                .then(() => setStatus(t('panelDraftCopied', text)))
                .catch((error: unknown) => setStatus(t('panelDraftCopyFailed', describe(error))))
            }
          />
          <section class="card" aria-label={t('panelMostUsed')}>
            <h2>{t('panelMostUsed')}</h2>
            {insights.articles.length === 0 ? (
              <p class="muted">{t('panelMostUsedNone')}</p>
            ) : (
              <ol class="insight-list">
                {insights.articles.map((use) => (
                  <li key={use.id}>
                    <span class="insight-item-title">{titleOf(use.id) ?? use.id}</span>
                    <span class="muted small">
                      {timesAgo(OPENED, use.count, formatWhen(use.lastAt, data.now))}
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </section>
          <section class="card" aria-label={t('panelExportNotes')}>
            <h2>{t('panelExportNotes')}</h2>
            <p class="muted small">
              {data.notes.length === 0
                ? t('panelExportNone')
                : data.notes.length === 1
                  ? t('panelExportCountOne')
                  : t('panelExportCountMany', data.notes.length)}
            </p>
            <div class="insight-actions">
              <button type="button" disabled={data.notes.length === 0} onClick={() => exportAs('csv')}>
                {t('panelExportCsv')}
              </button>
              <button type="button" disabled={data.notes.length === 0} onClick={() => exportAs('json')}>
                {t('panelExportJson')}
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
    { label: t('panelSeriesKept'), className: 'series-kept' },
    { label: t('panelSeriesLate'), className: 'series-late' },
    { label: t('panelSeriesOverdue'), className: 'series-overdue' },
  ];
  return (
    <section class="card" aria-label={t('panelPromisesHeading')}>
      <h2>{t('panelPromisesHeading')}</h2>
      {stats.rate === null ? (
        <p class="muted">{t('panelPromisesNone', COMMITMENT_WEEKS)}</p>
      ) : (
        <>
          <p class="insight-figure">
            <strong>{percent(stats.rate)}</strong>
            <span class="muted">
              {' '}
              {settled === 1
                ? t('panelPromisesKeptOne', stats.kept, COMMITMENT_WEEKS)
                : t('panelPromisesKeptMany', stats.kept, settled, COMMITMENT_WEEKS)}
            </span>
          </p>
          <GroupedBars
            label={t(
              'panelPromisesChart',
              COMMITMENT_WEEKS,
              stats.weeks
                .map((w, i) => t('panelPromisesWeek', labels[i]?.long ?? '', w.kept, w.late, w.overdue))
                .join('; '),
            )}
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
  const series: Series[] = [{ label: t('panelSeriesAvoided'), className: 'series-avoided' }];
  return (
    <section class="card" aria-label={t('panelHandoffsHeading')}>
      <h2>{t('panelHandoffsHeading')}</h2>
      {stats.shown === 0 && stats.avoided === 0 ? (
        <p class="muted">{t('panelHandoffsNone', HANDOFF_WEEKS)}</p>
      ) : (
        <>
          <p class="insight-figure">
            <strong>{stats.avoided}</strong>
            <span class="muted">
              {' '}
              {stats.avoided === 1
                ? t('panelHandoffsKeptOne', HANDOFF_WEEKS)
                : t('panelHandoffsKeptMany', HANDOFF_WEEKS)}
            </span>
          </p>
          <p class="small">
            {stats.shown === 0
              ? t('panelNudgesActedNone', stats.acted)
              : t(
                  stats.shown === 1 ? 'panelNudgesActedOne' : 'panelNudgesActedMany',
                  stats.acted,
                  stats.shown,
                  percent(Math.min(1, stats.acted / stats.shown)),
                )}
            {stats.allShown > stats.shown && ` ${t('panelNudgesAll', stats.allActed, stats.allShown)}`}
          </p>
          <GroupedBars
            label={t(
              'panelHandoffsChart',
              HANDOFF_WEEKS,
              stats.weeks.map((w, i) => `${labels[i]?.long}: ${w.avoided}`).join('; '),
            )}
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
    <section class="card" aria-label={t('panelGapsHeading')}>
      <h2>{t('panelGapsHeading')}</h2>
      {gaps.length === 0 ? (
        <p class="muted">{t('panelGapsNone')}</p>
      ) : (
        <>
          <p class="muted small">{t('panelGapsIntro')}</p>
          <ul class="insight-list">
            {gaps.map((gap) => (
              <li key={gap.text} class="gap">
                <span class="insight-item-title">“{gap.text}”</span>
                <span class="muted small">{timesAgo(SEARCHED, gap.count, formatWhen(gap.lastAt, now))}</span>
                <DraftButton from={{ search: gap.text }} label={t('captureDraftAbout', gap.text)} />
                <button
                  type="button"
                  aria-label={t('panelCopyDraftAbout', gap.text)}
                  onClick={() => onDraftArticle(gap.text)}
                >
                  {t('panelCopyDraft')}
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
      <section class="card" aria-label={t('panelCausesHeading')}>
        <h2>{t('panelCausesHeading')}</h2>
        <p class="muted">{t('panelCausesNone', CAUSE_WEEKS)}</p>
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
  const summary = t(
    'panelCausesChart',
    CAUSE_WEEKS,
    stats.causes.map((c) => t('panelCauseByWeek', c.cause, c.total, c.counts.join(', '))).join('; '),
  );
  return (
    <section class="card" aria-label={t('panelCausesHeading')}>
      <h2>{t('panelCausesHeading')}</h2>
      <p class="muted small">{t('panelCausesIntro', CAUSE_WEEKS)}</p>
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
                <title>
                  {cause.total === 1
                    ? t('panelCauseTotalOne', cause.cause, CAUSE_WEEKS)
                    : t('panelCauseTotalMany', cause.cause, cause.total, CAUSE_WEEKS)}
                </title>
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
                    <title>
                      {count === 1
                        ? t('panelCauseWeekOne', cause.cause, labels[w]?.long ?? '')
                        : t('panelCauseWeekMany', cause.cause, labels[w]?.long ?? '', count)}
                    </title>
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
    const date = new Date(week.start).toLocaleDateString(uiLanguage(), { month: 'short', day: 'numeric' });
    return i === weeks.length - 1
      ? { short: t('panelThisWeek'), long: t('panelThisWeekInSentence') }
      : { short: date, long: t('panelWeekOf', date) };
  });
}

function percent(rate: number): string {
  return new Intl.NumberFormat(uiLanguage(), { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}

/** Message keys for "opened / searched N times · last WHEN", one per count that reads differently. */
const OPENED = ['panelOpenedOnce', 'panelOpenedTwice', 'panelOpenedMany'] as const;
const SEARCHED = ['panelSearchedOnce', 'panelSearchedTwice', 'panelSearchedMany'] as const;

function timesAgo(keys: readonly [string, string, string], count: number, when: string): string {
  if (count === 1) return t(keys[0], when);
  if (count === 2) return t(keys[1], when);
  return t(keys[2], count, when);
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
