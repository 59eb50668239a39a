import { useId, useState, type FormEvent } from 'react';
import { errorMessage } from '../api.ts';
import { calibrationApi } from './calibrationApi.ts';
import { markLabels, noteLimit } from './format.ts';
import type { CalibrationItem, CalibrationReview, ReviewMark } from './types.ts';

const marks: readonly ReviewMark[] = ['agree', 'disagree', 'unsure'];

/**
 * The reviewer's verdict on one item: agree, disagree or unsure, and an optional note of up to
 * 2,000 characters. Save sends `PUT /v1/agent/calibration/:handoffId/:kind` (marking again
 * replaces the mark); a `role="status"` line says it was saved. Give it a `key` per item, so
 * another item starts from its own review.
 *
 * @example
 *   <ReviewForm key={`${item.handoffId}/${item.kind}`} item={item} onSaved={(review) => reviewed(item.handoffId, item.kind, review)} />
 */
export function ReviewForm(props: { item: CalibrationItem; onSaved: (review: CalibrationReview) => void }) {
  const { item } = props;
  const [mark, setMark] = useState<ReviewMark | undefined>(item.review?.mark);
  const [note, setNote] = useState(item.review?.note ?? '');
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<string>();
  const id = useId();
  const tooLong = note.length > noteLimit;

  const changed = () => {
    setSaved(null);
    setError(undefined);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!mark) {
      setError('Choose agree, disagree or unsure first.');
      return;
    }
    if (tooLong) return;
    setSaving(true);
    changed();
    try {
      const review = await calibrationApi.mark(item.handoffId, item.kind, mark, note);
      setNote(review.note ?? '');
      setSaved('Saved');
      props.onSaved(review);
    } catch (cause) {
      setError(errorMessage(cause));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="cb-review" data-testid="review-form" aria-labelledby={`${id}-title`} onSubmit={save} noValidate>
      <h4 id={`${id}-title`} className="sr-only">
        Your review
      </h4>
      <fieldset className="cb-marks">
        <legend>Your mark</legend>
        <div className="cb-mark-choices">
          {marks.map((value) => (
            <label key={value} className={`cb-mark-choice${mark === value ? ' is-checked' : ''}`}>
              <input
                type="radio"
                name={`${id}-mark`}
                value={value}
                data-testid={`review-${value}`}
                checked={mark === value}
                onChange={() => {
                  setMark(value);
                  changed();
                }}
              />
              {markLabels[value]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="cb-note">
        <label htmlFor={`${id}-note`}>Note (optional)</label>
        <textarea
          id={`${id}-note`}
          data-testid="review-note"
          rows={2}
          maxLength={noteLimit}
          value={note}
          aria-describedby={`${id}-count`}
          aria-invalid={tooLong || undefined}
          onChange={(e) => {
            setNote(e.target.value);
            changed();
          }}
        />
        <p id={`${id}-count`} className={`cb-count${tooLong ? ' is-over' : ''}`}>
          {note.length.toLocaleString('en')} of {noteLimit.toLocaleString('en')} characters
        </p>
      </div>
      <div className="cb-review-bar">
        <button type="submit" className="primary" data-testid="review-save" disabled={saving || tooLong}>
          {saving ? 'Saving…' : 'Save'}
        </button>
        <p className="cb-saved" role="status" data-testid="review-status">
          {saved}
        </p>
      </div>
      {error && (
        <p className="inline-error cb-review-error" role="alert" data-testid="review-error">
          {error}
        </p>
      )}
    </form>
  );
}
