import { useId, useMemo, useState } from 'react';
import type { ChartData, ChartOptions } from 'chart.js';
import { humanize } from '../format.ts';
import { Chart } from './Chart.tsx';
import { palette } from './chartSetup.ts';
import { duration, percent, score } from './format.ts';
import type { HandoffFigures, MetricsReport } from './types.ts';

type Row = { name: string } & HandoffFigures;
type By = 'team' | 'trigger';

const rowsOf = (report: MetricsReport, by: By): Row[] =>
  by === 'team' ? report.byTeam.map((t) => ({ ...t, name: t.team })) : report.byTrigger.map((t) => ({ ...t, name: humanize(t.trigger) }));

/** How many groups the chart draws (the tables list them all). */
const chartGroups = 8;

/**
 * Handoffs and acceptance p50 per team or per trigger, as grouped bars (counts on the left
 * axis, seconds on the right), with a switch between the two. Every figure is also in the
 * tables below.
 *
 * @example
 *   <BreakdownChart report={report} />
 */
export function BreakdownChart({ report }: { report: MetricsReport }) {
  const [by, setBy] = useState<By>('team');
  const name = useId();
  const rows = useMemo(() => rowsOf(report, by).slice(0, chartGroups), [report, by]);
  const data = useMemo<ChartData<'bar'>>(
    () => ({
      labels: rows.map((r) => r.name),
      datasets: [
        { label: 'Handoffs', data: rows.map((r) => r.handoffs), backgroundColor: palette.primary, yAxisID: 'count', borderRadius: 3, maxBarThickness: 36 },
        { label: 'Acceptance p50 (s)', data: rows.map((r) => r.acceptanceSeconds.p50), backgroundColor: palette.amber, yAxisID: 'seconds', borderRadius: 3, maxBarThickness: 36 },
      ],
    }),
    [rows],
  );
  const options = useMemo<ChartOptions<'bar'>>(
    () => ({
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { grid: { display: false } },
        count: { position: 'left', min: 0, ticks: { precision: 0 }, border: { display: false }, title: { display: true, text: 'Handoffs' } },
        seconds: { position: 'right', min: 0, grid: { display: false }, border: { display: false }, title: { display: true, text: 'Acceptance p50 (s)' } },
      },
      plugins: {
        legend: { position: 'top', align: 'end' },
        tooltip: {
          callbacks: {
            label: (item) => {
              const row = rows[item.dataIndex];
              if (!row) return '';
              return item.datasetIndex === 0 ? `Handoffs: ${row.handoffs}` : `Acceptance p50: ${duration(row.acceptanceSeconds.p50)}`;
            },
          },
        },
      },
    }),
    [rows],
  );
  const label =
    rows.length === 0
      ? `Handoffs and acceptance p50 by ${by}: no handoffs in this period.`
      : `Handoffs and acceptance p50 by ${by}: ${rows.map((r) => `${r.name} ${r.handoffs} handoffs, ${duration(r.acceptanceSeconds.p50)}`).join('; ')}. The tables that follow list every figure.`;

  return (
    <div className="db-breakdown-chart">
      <fieldset className="db-segmented">
        <legend className="sr-only">Break down by</legend>
        {(['team', 'trigger'] as const).map((option) => (
          <label key={option} className={by === option ? 'is-checked' : undefined}>
            <input type="radio" name={name} value={option} checked={by === option} onChange={() => setBy(option)} data-testid={`breakdown-by-${option}`} />
            By {option}
          </label>
        ))}
      </fieldset>
      <Chart type="bar" data={data} options={options} label={label} testId="chart-breakdown">
        {rows.length === 0 && <p className="db-chart-empty">No handoffs in this period.</p>}
      </Chart>
    </div>
  );
}

/**
 * Every handoff figure of each team or trigger, with the handoffs as an inline bar.
 *
 * @example
 *   <BreakdownTable report={report} by="team" />
 */
export function BreakdownTable({ report, by }: { report: MetricsReport; by: By }) {
  const rows = rowsOf(report, by);
  const most = Math.max(1, ...rows.map((r) => r.handoffs));
  const title = by === 'team' ? 'By team' : 'By trigger';
  return (
    <div className="db-scroll">
      <table className="db-table" data-testid={`breakdown-${by}`}>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{by === 'team' ? 'Team' : 'Trigger'}</th>
            <th scope="col">Handoffs</th>
            <th scope="col" className="db-num">Acceptance p50</th>
            <th scope="col" className="db-num">Acceptance p90</th>
            <th scope="col" className="db-num">First reply p50</th>
            <th scope="col" className="db-num">Summary opened</th>
            <th scope="col" className="db-num">Cold starts</th>
            <th scope="col" className="db-num">Promises kept</th>
            <th scope="col" className="db-num">Abandoned</th>
            <th scope="col" className="db-num">CSAT after handoff</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={10} className="db-muted">
                No handoffs in this period.
              </td>
            </tr>
          ) : (
            rows.map((r) => (
              <tr key={r.name}>
                <th scope="row">{r.name}</th>
                <td>
                  <span className="db-inline-bar">
                    <span className="db-num">{r.handoffs}</span>
                    <span className="db-bar" aria-hidden="true">
                      <span className="db-bar-fill" style={{ width: `${Math.round((r.handoffs / most) * 100)}%` }} />
                    </span>
                  </span>
                </td>
                <td className="db-num">{duration(r.acceptanceSeconds.p50)}</td>
                <td className="db-num">{duration(r.acceptanceSeconds.p90)}</td>
                <td className="db-num">{duration(r.firstReplySeconds.p50)}</td>
                <td className="db-num">{percent(r.contextUtilization.opened)}</td>
                <td className="db-num">{percent(r.coldStart.rate)}</td>
                <td className="db-num">{percent(r.waitPromises.kept)}</td>
                <td className="db-num">{percent(r.abandonment.rate)}</td>
                <td className="db-num">{r.csatAfterHandoff.average === null ? score(null) : `${score(r.csatAfterHandoff.average)} (${r.csatAfterHandoff.answers})`}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
