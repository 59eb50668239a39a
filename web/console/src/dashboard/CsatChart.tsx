import { useMemo } from 'react';
import type { ChartData, ChartOptions } from 'chart.js';
import { Chart } from './Chart.tsx';
import { palette } from './chartSetup.ts';
import { count, percent, score } from './format.ts';
import type { CsatFigure, MetricsReport } from './types.ts';

const kinds = [
  { key: 'afterHandoff', name: 'After a handoff', colour: palette.primary },
  { key: 'assistantOnly', name: 'Assistant only', colour: palette.teal },
  { key: 'humanOnly', name: 'Human only', colour: palette.violet },
] as const;

const phrase = (name: string, figure: CsatFigure) =>
  figure.average === null ? `${name.toLowerCase()} no answers` : `${name.toLowerCase()} ${score(figure.average)} of 5 (${count(figure.answers, 'answer')}, ${percent(figure.satisfied)} satisfied)`;

/**
 * Average CSAT (1–5) of conversations handed off after the assistant tried, those the
 * assistant handled alone, and those that went straight to a person.
 *
 * @example
 *   <CsatChart csat={report.csat} />
 */
export function CsatChart({ csat }: { csat: MetricsReport['csat'] }) {
  const data = useMemo<ChartData<'bar'>>(
    () => ({
      labels: kinds.map((k) => k.name),
      datasets: [
        {
          label: 'Average CSAT',
          data: kinds.map((k) => csat[k.key].average),
          backgroundColor: kinds.map((k) => k.colour),
          borderRadius: 4,
          maxBarThickness: 56,
        },
      ],
    }),
    [csat],
  );
  const options = useMemo<ChartOptions<'bar'>>(
    () => ({
      scales: {
        x: { grid: { display: false } },
        y: { min: 0, max: 5, ticks: { stepSize: 1 }, border: { display: false } },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: (item) => {
              const figure = csat[kinds[item.dataIndex]!.key];
              return figure.average === null ? 'No answers' : `${score(figure.average)} of 5 · ${count(figure.answers, 'answer')} · ${percent(figure.satisfied)} satisfied`;
            },
          },
        },
      },
    }),
    [csat],
  );
  const label = `Average CSAT by kind of conversation: ${kinds.map((k) => phrase(k.name, csat[k.key])).join('; ')}.`;

  return (
    <Chart type="bar" data={data} options={options} label={label} testId="chart-csat">
      <table className="sr-only">
        <caption>CSAT by kind of conversation</caption>
        <thead>
          <tr>
            <th scope="col">Conversation</th>
            <th scope="col">Average (1–5)</th>
            <th scope="col">Answers</th>
            <th scope="col">Satisfied (4 or 5)</th>
          </tr>
        </thead>
        <tbody>
          {kinds.map((k) => (
            <tr key={k.key}>
              <th scope="row">{k.name}</th>
              <td>{score(csat[k.key].average)}</td>
              <td>{csat[k.key].answers}</td>
              <td>{percent(csat[k.key].satisfied)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Chart>
  );
}
