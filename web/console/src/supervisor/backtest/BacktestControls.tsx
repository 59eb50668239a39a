import { sinceChoices, type SinceDays } from './types.ts';

/**
 * Beside the policy's Save button: how far back to replay, the button that backtests the
 * form's unsaved settings, and the `role="status"` line that says a run is under way (always
 * in the page, so screen readers announce it). While a run is under way the button stays
 * focusable (`aria-disabled`), so focus is not lost; it then moves to the report.
 *
 * @example
 *   <BacktestControls sinceDays={30} onSince={setSince} running={false} onRun={run} />
 */
export function BacktestControls(props: { sinceDays: SinceDays; onSince: (days: SinceDays) => void; running: boolean; onRun: () => void }) {
  return (
    <div className="bt-controls">
      <label htmlFor="sv-backtest-since">Replay the last</label>
      <select id="sv-backtest-since" data-testid="backtest-since" value={props.sinceDays} onChange={(event) => props.onSince(Number(event.target.value) as SinceDays)}>
        {sinceChoices.map((days) => (
          <option key={days} value={days}>{days} days</option>
        ))}
      </select>
      <button type="button" className="sv-secondary" data-testid="backtest-run" aria-disabled={props.running || undefined} aria-describedby="sv-backtest-hint" onClick={() => props.running || props.onRun()}>
        {props.running ? 'Backtesting…' : 'Backtest these settings'}
      </button>
      <span id="sv-backtest-hint" className="sv-hint">Replays recent conversations under these settings and the policy in effect. Nothing is saved.</span>
      <p className="bt-running" role="status" data-testid="backtest-status">
        {props.running ? `Replaying the conversations of the last ${props.sinceDays} days… This can take a few seconds.` : ''}
      </p>
    </div>
  );
}
