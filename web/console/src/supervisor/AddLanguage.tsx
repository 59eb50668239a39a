import { useState } from 'react';
import { languageLabel } from './templateDraft.ts';

/**
 * A two-letter language code to add a warm-message text box for, beyond Baton's own languages.
 *
 * @example
 *   <AddLanguage known={['en', 'es']} onAdd={(language) => addBox(language)} />
 */
export function AddLanguage(props: { known: readonly string[]; onAdd: (language: string) => void }) {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    const language = code.trim().toLowerCase();
    if (!/^[a-z]{2}$/.test(language)) return setError('Enter a two-letter language code (ISO 639-1), e.g. sv.');
    if (props.known.includes(language)) return setError(`${languageLabel(language)} is already listed.`);
    setError(null);
    setCode('');
    props.onAdd(language);
  };
  return (
    <div className="sv-field sv-add-language">
      <label htmlFor="sv-template-add-language">Add a language</label>
      <div className="sv-input-row">
        <input id="sv-template-add-language" data-testid="templates-add-language" value={code} maxLength={2} size={4} autoComplete="off"
          aria-invalid={error ? true : undefined} aria-describedby={error ? 'sv-template-add-language-error' : undefined}
          onChange={(event) => setCode(event.target.value)}
          onKeyDown={(event) => { if (event.key === 'Enter') { event.preventDefault(); add(); } }} />
        <button type="button" className="sv-secondary" onClick={add}>Add</button>
      </div>
      {error && <p id="sv-template-add-language-error" className="sv-field-error">{error}</p>}
    </div>
  );
}
