import { useMemo } from 'react';
import type { ChartData, ChartOptions } from 'chart.js';
import { Chart } from './Chart.tsx';
import { palette } from './chartSetup.ts';
import { count, dayLabel, percent } from './format.ts';
import type { MetricsReport } from './types.ts';

type Series = MetricsReport['handoffRate']['series'];

/** One sentence with the figures the line shows, for the canvas's accessible name. */
function describe(series: Series, overall: number | null): string {
  const measured = series.filter((d) => d.rate !== null);
  if (measured.length === 0) return `Handoff rate per day over ${count(series.length, 'day')}: no conversations yet.`;
  const high = measured.reduce((a, b) => (b.rate! > a.rate! ? b : a));
  const low = measured.reduce((a, b) => (b.rate! < a.rate! ? b : a));
  return `Handoff rate per day over ${count(series.length, 'day')}, ${percent(overall)} overall: highest ${percent(high.rate)} on ${dayLabel(high.day)}, lowest ${percent(low.rate)} on ${dayLabel(low.day)}. Every day is listed in the table that follows.`;
}

/**
 * The handoff rate per day as a line, over the day's conversations as light bars (right
 * axis). Days without a conversation leave a gap: there was nothing to measure.
 *
 * @example
 *   <HandoffRateChart rate={report.handoffRate} />
 */
export function HandoffRateChart({ rate }: { rate: MetricsReport['handoffRate'] }) {
  const { series } = rate;
  const data = useMemo<ChartData<'bar' | 'line'>>(
    () => ({
      labels: series.map((d) => dayLabel(d.day)),
      datasets: [
        {
          type: 'line',
          label: 'Handoff rate',
          data: series.map((d) => (d.rate === null ? null : Math.round(d.rate * 1000) / 10)),
          yAxisID: 'rate',
          borderColor: palette.primary,
          backgroundColor: palette.primarySoft,
          fill: 'origin',
          tension: 0.3,
          cubicInterpolationMode: 'monotone',
          borderWidth: 2,
          pointRadius: series.length > 31 ? 0 : 3,
          pointHoverRadius: 5,
          pointBackgroundColor: palette.primary,
          spanGaps: false,
          order: 1,
        },
        {
          type: 'bar',
          label: 'Conversations',
          data: series.map((d) => d.conversations),
          yAxisID: 'count',
          backgroundColor: '#dfe3ea',
          hoverBackgroundColor: '#c9cfd9',
          borderRadius: 3,
          maxBarThickness: 28,
          order: 2,
        },
      ],
    }),
    [series],
  );
  const options = useMemo<ChartOptions<'bar' | 'line'>>(() => {
    const highest = Math.max(0, ...series.map((d) => d.rate ?? 0)) * 100;
    return {
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { grid: { display: false }, ticks: { autoSkip: true, maxRotation: 0, autoSkipPadding: 12 } },
        rate: { position: 'left', min: 0, suggestedMax: Math.min(100, Math.max(10, Math.ceil((highest * 1.25) / 10) * 10)), ticks: { callback: (v) => `${v}%`, maxTicksLimit: 6 }, border: { display: false } },
        count: { position: 'right', min: 0, grid: { display: false }, ticks: { precision: 0, maxTicksLimit: 6 }, border: { display: false }, title: { display: true, text: 'Conversations' } },
      },
      plugins: {
        legend: { position: 'top', align: 'end', labels: { usePointStyle: true, pointStyle: 'rectRounded' } },
        tooltip: {
          callbacks: {
            label: (item) => {
              const day = series[item.dataIndex];
              if (!day) return '';
              return item.dataset.yAxisID === 'rate'
                ? `Handoff rate: ${percent(day.rate)} (${day.escalated} of ${day.conversations})`
                : `Conversations: ${day.conversations}`;
            },
          },
        },
      },
    };
  }, [series]);

  return (
    <Chart type="bar" data={data} options={options} label={describe(series, rate.rate)} testId="chart-handoff-rate" size="tall">
      <table className="sr-only">
        <caption>Handoff rate per day</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Handoff rate</th>
            <th scope="col">Handed to a person</th>
            <th scope="col">Conversations</th>
          </tr>
        </thead>
        <tbody>
          {series.map((d) => (
            <tr key={d.day}>
              <th scope="row">{dayLabel(d.day)}</th>
              <td>{percent(d.rate)}</td>
              <td>{d.escalated}</td>
              <td>{d.conversations}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Chart>
  );
}
