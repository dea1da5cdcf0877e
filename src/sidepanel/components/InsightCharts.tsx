// The Insights view's grouped bar charts: SVG with a text alternative (role="img" and a label naming
// every figure), a title per bar for pointer users, and a legend.
export interface Series {
  label: string;
  className: string;
}

export interface Group {
  label: string;
  long: string;
  /** One value per series. */
  values: number[];
}

export const CHART_WIDTH = 300;
export const FONT = 11;

/** Vertical bars per week, one per series, with the count above each bar. */
export function GroupedBars({ label, series, groups }: { label: string; series: Series[]; groups: Group[] }) {
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

export function Legend({ series }: { series: Series[] }) {
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
