import { useId, useState, type ReactNode } from 'react';
import { BreakdownChart, BreakdownTable } from './Breakdown.tsx';
import { ContextChart } from './ContextChart.tsx';
import { CsatChart } from './CsatChart.tsx';
import { count, periodLabel } from './format.ts';
import { HandoffRateChart } from './HandoffRateChart.tsx';
import { MetricCards } from './MetricCards.tsx';
import { useMetrics } from './useMetrics.ts';
import { WorstItems } from './WorstItems.tsx';
import './dashboard.css';

/** The periods a supervisor picks from, in days. */
export const periods = [7, 14, 30, 90] as const;

function Panel(props: { title: string; intro?: string; className?: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className={`db-panel${props.className ? ` ${props.className}` : ''}`} aria-labelledby={id}>
      <header className="db-panel-head">
        <h3 id={id}>{props.title}</h3>
        {props.intro && <p className="db-muted">{props.intro}</p>}
      </header>
      {props.children}
    </section>
  );
}

/**
 * The supervisors' dashboard: how handoffs went over the last 7, 14, 30 or 90 days (the
 * headline figures, the handoff rate per day, CSAT by kind of conversation, what agents did
 * with the summary, a breakdown by team and trigger), and the conversations worth a look.
 * Reads `GET /v1/agent/metrics` (supervisors and admins).
 *
 * @example
 *   <DashboardView />
 */
export default function DashboardView() {
  const [days, setDays] = useState<number>(7);
  const { report, loading, error, retry } = useMetrics(days);
  const pickerId = useId();

  return (
    <div className="db" data-testid="dashboard" aria-busy={loading}>
      <div className="db-top">
        <div className="db-title">
          <h2>Dashboard</h2>
          <p className="db-muted" data-testid="dashboard-period">
            {report ? `${periodLabel(report.period.from, report.period.to)} · ${count(report.conversations, 'conversation')} · compared with the ${report.period.days} days before` : 'How handoffs went'}
          </p>
        </div>
        <div className="db-controls">
          {loading && report && (
            <span className="db-updating" role="status">
              Updating…
            </span>
          )}
          <label htmlFor={pickerId} className="db-picker-label">
            Period
          </label>
          <select id={pickerId} data-testid="period" value={days} onChange={(e) => setDays(Number(e.target.value))}>
            {periods.map((p) => (
              <option key={p} value={p}>
                Last {p} days
              </option>
            ))}
          </select>
        </div>
      </div>

      {error && (
        <div className="db-error" role="alert" data-testid="dashboard-error">
          <p>{error.status === 403 ? 'Only supervisors and admins can read the handoff metrics.' : `The metrics could not be read: ${error.message}`}</p>
          {error.status !== 403 && (
            <button type="button" onClick={retry}>
              Try again
            </button>
          )}
        </div>
      )}
      {!report && loading && (
        <p className="db-loading" role="status">
          Loading the metrics…
        </p>
      )}

      {report && (
        <>
          {report.capped && (
            <p className="db-warning" role="status">
              This period holds more conversations than one report reads: the figures cover the first of them only. Pick a shorter period.
            </p>
          )}
          {report.conversations === 0 && (
            <p className="db-notice" role="status">
              No conversations started in this period yet.
            </p>
          )}
          <MetricCards report={report} />
          <div className="db-grid">
            <Panel title="Handoff rate over time" intro="Share of each day's conversations handed to a person." className="db-span-2">
              <HandoffRateChart rate={report.handoffRate} />
            </Panel>
            <Panel title="CSAT by kind of conversation" intro="Average score, 1 to 5.">
              <CsatChart csat={report.csat} />
            </Panel>
            <Panel title="Summary before the first reply" intro={`Of ${count(report.handoffs.contextUtilization.replied, 'handoff')} with an agent reply.`}>
              <ContextChart context={report.handoffs.contextUtilization} />
            </Panel>
            <Panel title="Breakdown" intro="Handoffs and median time to accept." className="db-span-2">
              <BreakdownChart report={report} />
            </Panel>
          </div>
          <Panel title="All figures by team and trigger" className="db-tables">
            <BreakdownTable report={report} by="team" />
            <BreakdownTable report={report} by="trigger" />
          </Panel>
          <Panel title="Conversations worth a look" intro="Open one to read its transcript and summary.">
            <WorstItems worst={report.worst} />
          </Panel>
        </>
      )}
    </div>
  );
}
