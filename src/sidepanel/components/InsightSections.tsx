// The sections of the Insights view: promises kept, handoffs avoided, root causes, knowledge gaps,
// each a heading, a figure in plain words and a small chart.
import { t, uiLanguage } from '../../shared/i18n';
import {
  CAUSE_WEEKS,
  COMMITMENT_WEEKS,
  type CommitmentInsights,
  HANDOFF_WEEKS,
  type HandoffInsights,
  type KnowledgeGap,
  type RootCauseInsights,
  type Week,
} from '../insights-data';
import { formatWhen } from '../ticket';
import { DraftButton } from './DraftButton';
import { CHART_WIDTH, FONT, GroupedBars, Legend, type Series } from './InsightCharts';

export function PromisesKept({ stats }: { stats: CommitmentInsights }) {
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

export function HandoffsAvoided({ stats }: { stats: HandoffInsights }) {
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

export function KnowledgeGaps({
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

export function RootCauses({ stats }: { stats: RootCauseInsights }) {
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
export const OPENED = ['panelOpenedOnce', 'panelOpenedTwice', 'panelOpenedMany'] as const;
const SEARCHED = ['panelSearchedOnce', 'panelSearchedTwice', 'panelSearchedMany'] as const;

export function timesAgo(keys: readonly [string, string, string], count: number, when: string): string {
  if (count === 1) return t(keys[0], when);
  if (count === 2) return t(keys[1], when);
  return t(keys[2], count, when);
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
