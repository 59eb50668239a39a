import { useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { AddLanguage } from './AddLanguage.tsx';
import { FormProblems } from './FormProblems.tsx';
import { noProblems, problemsByField, type FieldProblems } from './problemsByField.ts';
import { SavedStatus } from './SavedStatus.tsx';
import { builtInLanguages, languageLabel, templateLanguageOf, templatesOf, warmVariables } from './templateDraft.ts';
import { TemplateField } from './TemplateField.tsx';
import type { MessageTemplates } from './types.ts';
import { useStoredSetting } from './useStoredSetting.ts';

const notSaved = 'The templates were not saved: fix the texts marked below.';

/**
 * The warm-handoff message the customer reads when the assistant hands over, per language.
 * Supervisors and admins write their own wording with `{team}`, `{wait}` and `{minutes}`,
 * see a preview, and save; an empty box keeps Baton's wording. Agents see the texts only.
 *
 * @example
 *   <TemplatesEditor canEdit={me.role !== 'agent'} />
 */
export function TemplatesEditor({ canEdit }: { canEdit: boolean }) {
  const { stored, loadError, save } = useStoredSetting<MessageTemplates>('/v1/agent/templates', 'templates');
  const [edits, setEdits] = useState<Record<string, string> | null>(null);
  const [problems, setProblems] = useState<FieldProblems<string>>(noProblems);
  const [saved, setSaved] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  if (loadError) return <p className="sv-form-error" role="alert">The message templates could not be read: {loadError}</p>;
  if (!stored) return <p className="sv-muted">Loading the message templates…</p>;
  const storedWarm = stored.warm ?? {};
  const languages = [...new Set([...builtInLanguages, ...Object.keys(storedWarm), ...Object.keys(edits ?? {})])];
  const texts = Object.fromEntries(languages.map((l) => [l, edits?.[l] ?? storedWarm[l] ?? '']));

  if (!canEdit) {
    const own = Object.entries(storedWarm);
    return (
      <div className="sv-readonly">
        <p className="sv-muted" data-testid="templates-readonly">Only supervisors and admins can change the message templates.</p>
        {own.length === 0 ? <p>This workspace uses Baton's own wording in every language.</p> : (
          <dl className="sv-summary">
            {own.map(([language, text]) => [<dt key={`t-${language}`}>{languageLabel(language)}</dt>, <dd key={`d-${language}`}>{text}</dd>])}
          </dl>
        )}
      </div>
    );
  }

  const change = (language: string, text: string) => {
    setEdits({ ...texts, [language]: text });
    setSaved(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaved(null);
    const checked = templatesOf(texts, stored);
    if (!checked.ok) {
      setProblems({ fields: checked.problems, general: [notSaved] });
      document.getElementById(`sv-template-warm-${Object.keys(checked.problems)[0]}`)?.focus();
      return;
    }
    setSaving(true);
    try {
      await save(checked.templates);
      setEdits(null);
      setProblems(noProblems);
      setSaved('Saved. The next handoff uses these texts.');
    } catch (error) {
      const shown = (problem: string) => {
        const language = templateLanguageOf(problem);
        return language !== null && languages.includes(language) ? language : null;
      };
      setProblems(problemsByField(error, shown, notSaved));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="sv-form sv-wide" data-testid="templates-form" noValidate onSubmit={submit}>
      <FormProblems prefix="templates" problems={problems.general} />
      <div className="sv-hint">
        <p>You can use these placeholders; the preview fills them with sample values:</p>
        <ul className="sv-variables">
          {warmVariables.map((v) => (
            <li key={v.name}><code>{`{${v.name}}`}</code> {v.meaning}, e.g. “{v.sample}”</li>
          ))}
        </ul>
      </div>
      <div className="sv-template-grid">
        {languages.map((language) => (
          <TemplateField key={language} language={language} value={texts[language] ?? ''} error={problems.fields[language]} onChange={(text) => change(language, text)} />
        ))}
      </div>
      <AddLanguage
        known={languages}
        onAdd={(language) => {
          flushSync(() => change(language, '')); // the new box exists before focus moves to it
          document.getElementById(`sv-template-warm-${language}`)?.focus();
        }}
      />
      <div className="sv-actions">
        <button type="submit" data-testid="templates-save" disabled={saving}>{saving ? 'Saving…' : 'Save templates'}</button>
        {edits && !saving && <span className="sv-muted">Unsaved changes</span>}
        <SavedStatus prefix="templates" saved={saved} />
      </div>
    </form>
  );
}
