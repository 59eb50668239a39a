import { useEffect, useRef } from 'react';
import { BacktestFlips } from './BacktestFlips.tsx';
import { BacktestPriorityMoves } from './BacktestPriorityMoves.tsx';
import { count, knownTriggers, percent, priorityFigure, signed, sinceLabel, triggerLabels } from './format.ts';
import type { BacktestPolicySummary, BacktestReport } from './types.ts';
import './backtest.css';

/**
 * The backtest's answer beside the editor: what the candidate (the form's unsaved settings)
 * would have done on the recent conversations against the policy in effect. A labelled
 * region that takes focus when it appears; every figure and every line of evidence is text.
 *
 * @example
 *   <BacktestReportPanel report={report} sinceDays={30} stale={false} />
 */
export function BacktestReportPanel(props: { report: BacktestReport; sinceDays: number; stale: boolean }) {
  const { report, sinceDays, stale } = props;
  const region = useRef<HTMLElement>(null);
  useEffect(() => region.current?.focus(), [report]);

  return (
    <section ref={region} className="bt-report" data-testid="backtest-report" aria-labelledby="bt-report-title" tabIndex={-1}>
      <h4 id="bt-report-title">Backtest: the last {sinceDays} days</h4>
      <p className="sv-muted" data-testid="backtest-window">{windowLine(report, sinceDays)}</p>
      <p className="sv-muted">Nothing was saved: the policy in effect is unchanged until you save.</p>
      {stale && (
        <p className="sv-warning" data-testid="backtest-stale">
          The form or the policy in effect has changed since this backtest ran. Run it again to see what the settings now would do.
        </p>
      )}

      <h5>Settings changed</h5>
      {report.changes.length ? (
        <ul className="bt-changes" data-testid="backtest-changes">
          {report.changes.map((change) => (
            <li key={change}>{change}</li>
          ))}
        </ul>
      ) : (
        <p className="sv-muted" data-testid="backtest-changes">None: the settings backtested are the policy in effect.</p>
      )}

      {report.window.conversations === 0 ? (
        <p className="sv-empty">No conversation started in the last {sinceDays} days, so there is nothing to replay.</p>
      ) : (
        <>
          <h5>Handoff rate</h5>
          <ul className="sv-headline" data-testid="backtest-rate">
            <li data-testid="backtest-rate-current">
              <span className="sv-figure">{percent(report.current.rate)}</span>
              Current policy ({count(report.current.handoffs)} of {count(report.window.conversations)})
            </li>
            <li data-testid="backtest-rate-candidate">
              <span className="sv-figure">{percent(report.candidate.rate)}</span>
              These settings ({count(report.candidate.handoffs)} of {count(report.window.conversations)})
            </li>
            <li data-testid="backtest-rate-change">
              <span className="sv-figure">{signed(report.handoffRateChangePoints, 1)}</span>
              {Number(report.handoffRateChangePoints.toFixed(1)) === 0 ? 'Change' : 'Change in points'}
            </li>
          </ul>
          <p className="sv-hint" data-testid="backtest-actual">
            As it happened: {percent(report.actual.rate)} handed off ({count(report.actual.handoffs)}); the current policy&apos;s replay agrees on{' '}
            {count(report.actual.agreeingWithCurrentReplay)} of {count(report.window.conversations)} conversations.
          </p>

          <div className="sv-scroll">
            <table className="sv-table bt-compare" data-testid="backtest-triggers">
              <caption>Handoffs by trigger (a handoff with two triggers counts for both)</caption>
              <CompareHead first="Trigger" />
              <tbody>
                {knownTriggers.map((trigger) => (
                  <CompareRow key={trigger} label={triggerLabels[trigger]} current={report.current.triggers[trigger] ?? 0} candidate={report.candidate.triggers[trigger] ?? 0} />
                ))}
              </tbody>
            </table>
          </div>

          <div className="sv-scroll">
            <table className="sv-table bt-compare" data-testid="backtest-priority">
              <caption>Priority of the handoffs (0–100; higher is routed first)</caption>
              <CompareHead first="Priority" />
              <tbody>
                <PriorityRow label="Mean" of={(s) => s.priority.mean} report={report} />
                <PriorityRow label="Median (p50)" of={(s) => s.priority.p50} report={report} />
                <PriorityRow label="90th percentile (p90)" of={(s) => s.priority.p90} report={report} />
              </tbody>
            </table>
          </div>

          <BacktestFlips flips={report.flips} />
          <BacktestPriorityMoves moves={report.priorityMoves} />
          <p className="sv-hint bt-caveat">
            The transcripts are fixed: both policies are judged on what the customers actually wrote. Settings that would have kept a conversation with the
            assistant longer cannot show what the customer would have said next.
          </p>
        </>
      )}
    </section>
  );
}

/** Which conversations were replayed, in one line. */
function windowLine(report: BacktestReport, sinceDays: number): string {
  const { conversations, available, capped, since } = report.window;
  const from = sinceLabel(since);
  const started = from ? `started since ${from}` : `started in the last ${sinceDays} days`;
  const replayed = `${count(conversations)} conversation${conversations === 1 ? '' : 's'} replayed, ${started}`;
  return capped ? `${replayed}: the newest ${count(conversations)} of the ${count(available)} in the window.` : `${replayed}.`;
}

function CompareHead(props: { first: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{props.first}</th>
        <th scope="col" className="sv-num">Current policy</th>
        <th scope="col" className="sv-num">These settings</th>
        <th scope="col" className="sv-num">Change</th>
      </tr>
    </thead>
  );
}

function CompareRow(props: { label: string; current: number; candidate: number }) {
  return (
    <tr>
      <th scope="row">{props.label}</th>
      <td className="sv-num">{count(props.current)}</td>
      <td className="sv-num">{count(props.candidate)}</td>
      <td className="sv-num">{signed(props.candidate - props.current, 0)}</td>
    </tr>
  );
}

function PriorityRow(props: { label: string; of: (summary: BacktestPolicySummary) => number | null; report: BacktestReport }) {
  const current = props.of(props.report.current);
  const candidate = props.of(props.report.candidate);
  return (
    <tr>
      <th scope="row">{props.label}</th>
      <td className="sv-num">{priorityFigure(current)}</td>
      <td className="sv-num">{priorityFigure(candidate)}</td>
      <td className="sv-num">{current === null || candidate === null ? '—' : signed(candidate - current, 1)}</td>
    </tr>
  );
}
