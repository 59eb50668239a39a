import { useMemo } from 'react';
import type { ChartData, ChartOptions } from 'chart.js';
import { Chart } from './Chart.tsx';
import { palette } from './chartSetup.ts';
import { count, percent } from './format.ts';
import type { HandoffFigures } from './types.ts';

const parts = [
  { key: 'opened', name: 'Opened', colour: palette.primary },
  { key: 'dismissed', name: 'Dismissed', colour: palette.amber },
  { key: 'neverOpened', name: 'Never opened', colour: palette.grey },
] as const;

/**
 * What agents did with the handoff summary before their first reply: read it (shown or
 * opened), dismissed it, or never opened it, as shares of the handoffs with a first reply.
 *
 * @example
 *   <ContextChart context={report.handoffs.contextUtilization} />
 */
export function ContextChart({ context }: { context: HandoffFigures['contextUtilization'] }) {
  const data = useMemo<ChartData<'doughnut'>>(
    () => ({
      labels: parts.map((p) => (context.replied ? `${p.name} ${percent(context[p.key])}` : p.name)),
      datasets: [
        {
          label: 'Share of first replies',
          data: parts.map((p) => Math.round((context[p.key] ?? 0) * 1000) / 10),
          backgroundColor: parts.map((p) => p.colour),
          borderColor: '#ffffff',
          borderWidth: 2,
          hoverOffset: 4,
        },
      ],
    }),
    [context],
  );
  const options = useMemo<ChartOptions<'doughnut'>>(
    () => ({
      cutout: '62%',
      plugins: {
        legend: { position: 'right' },
        tooltip: { callbacks: { label: (item) => `${parts[item.dataIndex]!.name}: ${percent(context[parts[item.dataIndex]!.key])}` } },
      },
    }),
    [context],
  );
  const label =
    context.replied === 0
      ? 'Summary use before the first reply: no first replies yet.'
      : `Summary use before the first reply, of ${count(context.replied, 'first reply', 'first replies')}: ${parts.map((p) => `${p.name.toLowerCase()} ${percent(context[p.key])}`).join(', ')}.`;

  return (
    <Chart type="doughnut" data={data} options={options} label={label} testId="chart-context">
      {context.replied === 0 && <p className="db-chart-empty">No agent has replied after a handoff in this period.</p>}
    </Chart>
  );
}
