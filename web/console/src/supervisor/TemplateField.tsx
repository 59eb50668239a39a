import { languageLabel, maxTemplateLength, previewOf } from './templateDraft.ts';

/**
 * One language's warm message: a labelled text box, its length, its problem (tied to it with
 * `aria-describedby`) and a plain-text preview with sample values.
 *
 * @example
 *   <TemplateField language="en" value={text} onChange={set} />
 */
export function TemplateField(props: { language: string; value: string; onChange: (value: string) => void; error?: string }) {
  const id = `sv-template-warm-${props.language}`;
  const label = languageLabel(props.language);
  const preview = previewOf(props.value);
  return (
    <div className="sv-field sv-template">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        data-testid={`template-warm-${props.language}`}
        rows={3}
        value={props.value}
        placeholder="Empty: Baton's own wording"
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-count ${id}-error` : `${id}-count`}
        onChange={(event) => props.onChange(event.target.value)}
      />
      <p id={`${id}-count`} className="sv-hint">
        {props.value.length} / {maxTemplateLength} characters
      </p>
      {props.error && <p id={`${id}-error`} className="sv-field-error">{props.error}</p>}
      <p className="sv-preview" data-testid={`template-preview-warm-${props.language}`}>
        <span className="sv-preview-label">Preview: </span>
        {props.value.trim() === '' ? <span className="sv-muted">Baton's own {label} wording is used.</span> : preview}
      </p>
    </div>
  );
}
