import { useState, type FormEvent } from 'react';
import { FormProblems } from './FormProblems.tsx';
import { NumberField } from './NumberField.tsx';
import { noProblems, problemsByField, type FieldProblems } from './problemsByField.ts';
import { differingTimeouts, routingDraftOf, routingFieldOf, routingLimits, routingPolicyOf, type RoutingDraft, type RoutingField } from './routingDraft.ts';
import { SavedStatus } from './SavedStatus.tsx';
import type { RoutingPolicy } from './types.ts';
import { useStoredSetting } from './useStoredSetting.ts';

const notSaved = 'The routing policy was not saved: fix the fields marked below.';

/**
 * How offers go out: how long an agent has to accept one, and how many offers a handoff gets
 * before the fallback. The rest of the routing policy (rules, skills, fallback) goes back as
 * stored. Agents see the values only.
 *
 * @example
 *   <RoutingEditor canEdit={me.role !== 'agent'} />
 */
export function RoutingEditor({ canEdit }: { canEdit: boolean }) {
  const { stored, loadError, save } = useStoredSetting<RoutingPolicy>('/v1/agent/routing-policy', 'policy');
  const [edits, setEdits] = useState<RoutingDraft | null>(null);
  const [problems, setProblems] = useState<FieldProblems<RoutingField>>(noProblems);
  const [saved, setSaved] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  if (loadError) return <p className="sv-form-error" role="alert">The routing policy could not be read: {loadError}</p>;
  if (!stored) return <p className="sv-muted">Loading the routing policy…</p>;
  const draft = edits ?? routingDraftOf(stored);
  const differing = differingTimeouts(stored);
  const claimOnly = stored.assignment === 'claim';

  if (!canEdit) {
    return (
      <div className="sv-readonly">
        <p className="sv-muted" data-testid="routing-readonly">Only supervisors and admins can change the routing policy.</p>
        <dl className="sv-summary">
          <dt>Offer timeout</dt>
          <dd>{draft.offerTimeoutSeconds} s</dd>
          <dt>Offers per handoff</dt>
          <dd>{stored.maxOffers}</dd>
        </dl>
      </div>
    );
  }

  const change = (patch: Partial<RoutingDraft>) => {
    setEdits({ ...draft, ...patch });
    setSaved(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaved(null);
    const checked = routingPolicyOf(draft, stored);
    if (!checked.ok) {
      setProblems({ fields: checked.problems, general: [notSaved] });
      document.getElementById(`sv-routing-${Object.keys(checked.problems)[0]}`)?.focus();
      return;
    }
    setSaving(true);
    try {
      const now = await save(checked.policy);
      setEdits(null);
      setProblems(noProblems);
      setSaved(`Saved: ${routingDraftOf(now).offerTimeoutSeconds} s to accept, ${now.maxOffers} offers per handoff, from the next routing pass.`);
    } catch (error) {
      setProblems(problemsByField(error, routingFieldOf, notSaved));
    } finally {
      setSaving(false);
    }
  };

  const { offerTimeoutSeconds: t, maxOffers: m } = routingLimits;
  return (
    <form className="sv-form" data-testid="routing-form" noValidate onSubmit={submit}>
      <FormProblems prefix="routing" problems={problems.general} />
      {claimOnly && <p className="sv-warning">This workspace lets agents claim handoffs themselves; nothing is offered until assignment is set to offers.</p>}
      <NumberField id="sv-routing-offerTimeoutSeconds" testId="routing-offerTimeoutSeconds" label="Offer timeout" unit="seconds" value={draft.offerTimeoutSeconds}
        hint={`${t.min}–${t.max}. How long an agent has to accept an offer before it goes to the next agent. Applies to every queue.`}
        min={t.min} max={t.max} step={1} error={problems.fields.offerTimeoutSeconds} onChange={(v) => change({ offerTimeoutSeconds: v })} />
      {differing.length > 0 && (
        <p className="sv-hint" data-testid="routing-differing">
          Now different: {differing.map((d) => `${d.name} (${d.seconds} s)`).join(', ')}. Saving gives them this timeout too.
        </p>
      )}
      <NumberField id="sv-routing-maxOffers" testId="routing-maxOffers" label="Offers per handoff" value={draft.maxOffers}
        hint={`${m.min}–${m.max}. Offers made for one handoff before the fallback (${stored.fallback.kind === 'overflow_queue' ? `the ${stored.fallback.queue} queue` : 'the off-hours path'}) applies.`}
        min={m.min} max={m.max} step={1} error={problems.fields.maxOffers} onChange={(v) => change({ maxOffers: v })} />
      <div className="sv-actions">
        <button type="submit" data-testid="routing-save" disabled={saving}>{saving ? 'Saving…' : 'Save routing'}</button>
        {edits && !saving && <span className="sv-muted">Unsaved changes</span>}
        <SavedStatus prefix="routing" saved={saved} />
      </div>
    </form>
  );
}
