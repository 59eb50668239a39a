/** What a number input needs: its label, the explanation under it, and any problem. */
export interface NumberFieldProps {
  id: string;
  testId: string;
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  min?: number;
  max?: number;
  step: number | 'any';
  error?: string;
  unit?: string;
}

/**
 * A labelled number input with its explanation and its problem tied to it
 * (`aria-describedby`, `aria-invalid`). The value stays text so a half-typed number is kept
 * as typed; the form checks it on save.
 *
 * @example
 *   <NumberField id="p-conf" testId="policy-confidenceThreshold" label="Confidence threshold" hint="0–1" value="0.65" onChange={set} min={0} max={1} step={0.01} />
 */
export function NumberField(props: NumberFieldProps) {
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  return (
    <div className="sv-field">
      <label htmlFor={props.id}>{props.label}</label>
      <div className="sv-input-row">
        <input
          id={props.id}
          data-testid={props.testId}
          type="number"
          inputMode="decimal"
          value={props.value}
          min={props.min}
          max={props.max}
          step={props.step}
          required
          aria-invalid={props.error ? true : undefined}
          aria-describedby={props.error ? `${hintId} ${errorId}` : hintId}
          onChange={(event) => props.onChange(event.target.value)}
        />
        {props.unit && <span className="sv-unit">{props.unit}</span>}
      </div>
      <p id={hintId} className="sv-hint">{props.hint}</p>
      {props.error && <p id={errorId} className="sv-field-error">{props.error}</p>}
    </div>
  );
}
