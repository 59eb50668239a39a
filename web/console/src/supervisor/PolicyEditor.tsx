import { useState, type FormEvent } from 'react';
import { BacktestControls } from './backtest/BacktestControls.tsx';
import { BacktestReportPanel } from './backtest/BacktestReportPanel.tsx';
import type { SinceDays } from './backtest/types.ts';
import { backtestKey, useBacktest } from './backtest/useBacktest.ts';
import { FormProblems } from './FormProblems.tsx';
import { draftOf, policyFieldOf, policyOf, type PolicyDraft, type PolicyField } from './policyDraft.ts';
import { PolicyFields, policyInputId } from './PolicyFields.tsx';
import { PolicySummary } from './PolicySummary.tsx';
import { noProblems, problemsByField, type FieldProblems } from './problemsByField.ts';
import { SavedStatus } from './SavedStatus.tsx';
import type { EscalationPolicy } from './types.ts';
import { useStoredSetting } from './useStoredSetting.ts';

const notSaved = 'The policy was not saved: fix the fields marked below.';
const notBacktested = 'The backtest did not run: fix the fields marked below.';

/**
 * The escalation policy: when the assistant hands a customer to a person. Supervisors and
 * admins edit the thresholds, topics and sentiment dials; the whole policy is sent back, then
 * read again and shown as what the next customer message meets. Before saving, the form's
 * settings can be backtested on the recent conversations (the report shows under the form).
 * Agents see it read-only.
 *
 * @example
 *   <PolicyEditor canEdit={me.role !== 'agent'} />
 */
export function PolicyEditor({ canEdit }: { canEdit: boolean }) {
  const { stored, loadError, save } = useStoredSetting<EscalationPolicy>('/v1/agent/policy', 'policy');
  const [edits, setEdits] = useState<PolicyDraft | null>(null);
  const [problems, setProblems] = useState<FieldProblems<PolicyField>>(noProblems);
  const [saved, setSaved] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [sinceDays, setSinceDays] = useState<SinceDays>(30);
  const backtest = useBacktest();

  if (loadError) return <p className="sv-form-error" role="alert">The escalation policy could not be read: {loadError}</p>;
  if (!stored) return <p className="sv-muted">Loading the escalation policy…</p>;
  const draft = edits ?? draftOf(stored);

  const checkDraft = (summary: string) => {
    const checked = policyOf(draft, stored);
    if (!checked.ok) {
      setProblems({ fields: checked.problems, general: [summary] });
      const first = Object.keys(checked.problems)[0] as PolicyField | undefined;
      if (first) document.getElementById(policyInputId(first))?.focus();
      return null;
    }
    return checked.policy;
  };

  const runBacktest = async () => {
    if (backtest.state.status === 'running') return;
    const candidate = checkDraft(notBacktested);
    if (!candidate) return;
    setProblems(noProblems);
    const refused = await backtest.run(candidate, stored, sinceDays);
    if (refused) setProblems(problemsByField(refused, policyFieldOf, notBacktested));
  };

  const change = (patch: Partial<PolicyDraft>) => {
    setEdits({ ...draft, ...patch });
    setSaved(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaved(null);
    const policy = checkDraft(notSaved);
    if (!policy) return;
    setSaving(true);
    try {
      await save(policy);
      setEdits(null);
      setProblems(noProblems);
      setSaved('Saved. The policy below takes effect from the next customer message.');
    } catch (error) {
      setProblems(problemsByField(error, policyFieldOf, notSaved));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className={canEdit ? 'sv-editor' : 'sv-readonly'}>
      {canEdit ? (
        <form className="sv-form" data-testid="policy-form" noValidate onSubmit={submit}>
          <FormProblems prefix="policy" problems={problems.general} />
          <PolicyFields draft={draft} errors={problems.fields} onChange={change} />
          <div className="sv-actions bt-actions">
            <button type="submit" data-testid="policy-save" disabled={saving}>{saving ? 'Saving…' : 'Save policy'}</button>
            {edits && !saving && <span className="sv-muted">Unsaved changes</span>}
            <SavedStatus prefix="policy" saved={saved} />
            <BacktestControls sinceDays={sinceDays} onSince={setSinceDays} running={backtest.state.status === 'running'} onRun={runBacktest} />
          </div>
        </form>
      ) : (
        <p className="sv-muted" data-testid="policy-readonly">Only supervisors and admins can change the escalation policy.</p>
      )}
      <section className="sv-in-effect" aria-labelledby="sv-policy-in-effect">
        <h4 id="sv-policy-in-effect">In effect now</h4>
        <PolicySummary policy={stored} />
      </section>
      {canEdit && backtest.state.status === 'failed' && (
        <p className="sv-form-error bt-error" role="alert" data-testid="backtest-error">The backtest could not run: {backtest.state.message}</p>
      )}
      {canEdit && backtest.state.status === 'done' && (
        <BacktestReportPanel report={backtest.state.report} sinceDays={backtest.state.sinceDays} stale={backtestStale(backtest.state.sent, draft, stored)} />
      )}
    </div>
  );
}

/** Whether the form or the stored policy has moved on since the backtest that is shown. */
function backtestStale(sent: string, draft: PolicyDraft, stored: EscalationPolicy): boolean {
  const checked = policyOf(draft, stored);
  return !checked.ok || backtestKey(checked.policy, stored) !== sent;
}
