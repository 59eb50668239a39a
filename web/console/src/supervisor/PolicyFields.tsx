import { NumberField } from './NumberField.tsx';
import { knownTopics, topicLabels, type PolicyDraft, type PolicyField } from './policyDraft.ts';

/** The id of a policy field's input, for labels and for moving focus to a problem. */
export const policyInputId = (field: PolicyField) => (field === 'topics' ? `sv-policy-topic-${knownTopics[0]}` : `sv-policy-${field}`);

/**
 * The escalation policy's inputs: the two thresholds, the always-escalate topics and the
 * sentiment dials, each labelled, explained, and with its problem tied to it.
 *
 * @example
 *   <PolicyFields draft={draft} errors={problems.fields} onChange={(patch) => setDraft({ ...draft, ...patch })} />
 */
export function PolicyFields(props: { draft: PolicyDraft; errors: Partial<Record<PolicyField, string>>; onChange: (patch: Partial<PolicyDraft>) => void }) {
  const { draft, errors, onChange } = props;
  const toggle = (topic: (typeof knownTopics)[number], on: boolean) =>
    onChange({ topics: knownTopics.filter((t) => (t === topic ? on : draft.topics.includes(t))) });
  return (
    <>
      <NumberField
        id="sv-policy-confidenceThreshold"
        testId="policy-confidenceThreshold"
        label="Confidence threshold"
        hint="From 0 to 1. When the assistant's confidence in its answer is below this, it hands off instead of guessing (teams use 0.60–0.70; 0 turns it off)."
        value={draft.confidenceThreshold}
        onChange={(value) => onChange({ confidenceThreshold: value })}
        min={0}
        max={1}
        step={0.01}
        error={errors.confidenceThreshold}
      />
      <NumberField
        id="sv-policy-disputeAmountThreshold"
        testId="policy-disputeAmountThreshold"
        label="Dispute amount"
        hint="0 or more, in the workspace currency. A billing dispute above this amount, or with no amount stated, goes to a person."
        value={draft.disputeAmountThreshold}
        onChange={(value) => onChange({ disputeAmountThreshold: value })}
        min={0}
        step="any"
        error={errors.disputeAmountThreshold}
      />
      <fieldset className="sv-field" aria-describedby={errors.topics ? 'sv-policy-topics-hint sv-policy-topics-error' : 'sv-policy-topics-hint'}>
        <legend>Topics that always go to a person</legend>
        <p id="sv-policy-topics-hint" className="sv-hint">Whatever the confidence or sentiment, a customer raising a checked topic is handed to an agent.</p>
        {knownTopics.map((topic) => (
          <div key={topic} className="sv-check">
            <input
              type="checkbox"
              id={`sv-policy-topic-${topic}`}
              data-testid={`policy-topic-${topic}`}
              checked={draft.topics.includes(topic)}
              aria-describedby={`sv-policy-topic-${topic}-hint`}
              onChange={(event) => toggle(topic, event.target.checked)}
            />
            <label htmlFor={`sv-policy-topic-${topic}`}>{topicLabels[topic].label}</label>
            <span id={`sv-policy-topic-${topic}-hint`} className="sv-hint">{topicLabels[topic].hint}</span>
          </div>
        ))}
        {errors.topics && <p id="sv-policy-topics-error" className="sv-field-error">{errors.topics}</p>}
      </fieldset>
      <SelectField id="sv-policy-sentimentSensitivity" testId="policy-sentimentSensitivity" label="Sentiment sensitivity" error={errors.sentimentSensitivity}
        hint="How readily Baton calls a customer frustrated or upset."
        value={draft.sentimentSensitivity} onChange={(v) => onChange({ sentimentSensitivity: v as PolicyDraft['sentimentSensitivity'] })}
        options={[['low', 'Low: only clear, repeated frustration'], ['normal', 'Normal'], ['high', 'High: the first signs of frustration']]} />
      <SelectField id="sv-policy-sentimentEscalatesAt" testId="policy-sentimentEscalatesAt" label="Sentiment escalates at" error={errors.sentimentEscalatesAt}
        hint="The customer's mood from which the conversation goes to a person."
        value={draft.sentimentEscalatesAt} onChange={(v) => onChange({ sentimentEscalatesAt: v as PolicyDraft['sentimentEscalatesAt'] })}
        options={[['frustrated', 'Frustrated (or worse)'], ['upset', 'Upset only']]} />
    </>
  );
}

/** A labelled select with its explanation and problem tied to it. */
function SelectField(props: { id: string; testId: string; label: string; hint: string; value: string; onChange: (value: string) => void; options: [string, string][]; error?: string }) {
  return (
    <div className="sv-field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} data-testid={props.testId} value={props.value} aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${props.id}-hint ${props.id}-error` : `${props.id}-hint`} onChange={(event) => props.onChange(event.target.value)}>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>{label}</option>
        ))}
      </select>
      <p id={`${props.id}-hint`} className="sv-hint">{props.hint}</p>
      {props.error && <p id={`${props.id}-error`} className="sv-field-error">{props.error}</p>}
    </div>
  );
}
