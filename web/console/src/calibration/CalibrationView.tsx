import { useId, useMemo, useState } from 'react';
import type { Agent } from '../types.ts';
import { CalibrationList } from './CalibrationList.tsx';
import { kindLabels, reviewFilterLabels } from './format.ts';
import { reviewKinds } from './links.ts';
import { OpenItem } from './OpenItem.tsx';
import type { CalibrationItem, ReviewFilter, ReviewKind } from './types.ts';
import { useCalibration } from './useCalibration.ts';
import './calibration.css';

/** The periods a reviewer picks from, in days. */
export const periods = [7, 14, 30] as const;

const reviewFilters: readonly ReviewFilter[] = ['all', 'open', 'reviewed'];

function passesReview(item: CalibrationItem, filter: ReviewFilter): boolean {
  return filter === 'all' || (filter === 'reviewed') === (item.review !== null);
}

/**
 * The calibration review, for team sessions (supervisors and admins): the handoffs of the last
 * 7, 14 or 30 days worth a second look (`GET /v1/agent/calibration`), filtered by reason and by
 * review state. Opening one shows the transcript beside its packet, with the form that marks it
 * agree, disagree or unsure, with a note.
 *
 * @example
 *   <CalibrationView me={agent} open={route.open} onOpen={(open) => go({ view: 'calibration', open })} />
 */
export default function CalibrationView(props: { me: Agent; open?: { handoffId: string; kind: ReviewKind }; onOpen: (open?: { handoffId: string; kind: ReviewKind }) => void }) {
  const { open } = props;
  const [days, setDays] = useState<number>(14);
  const [kinds, setKinds] = useState<ReadonlySet<ReviewKind>>(() => new Set(reviewKinds));
  const [reviewFilter, setReviewFilter] = useState<ReviewFilter>('all');
  const { items, loading, error, retry, reviewed, days: shownDays } = useCalibration(days);
  const ids = { picker: useId(), list: useId(), kinds: useId() };

  const byReview = useMemo(() => (items ?? []).filter((item) => passesReview(item, reviewFilter)), [items, reviewFilter]);
  const shown = useMemo(() => byReview.filter((item) => kinds.has(item.kind)), [byReview, kinds]);
  const counts = useMemo(() => new Map(reviewKinds.map((kind) => [kind, byReview.filter((item) => item.kind === kind).length])), [byReview]);
  const opened = open && items?.find((item) => item.handoffId === open.handoffId && item.kind === open.kind);
  const toggle = (kind: ReviewKind) =>
    setKinds((current) => {
      const next = new Set(current);
      if (!next.delete(kind)) next.add(kind);
      return next;
    });

  return (
    <div className={`cb${open ? ' has-open' : ''}`} data-testid="calibration" aria-busy={loading}>
      <div className="cb-top">
        <div className="cb-title">
          <h2>Calibration review</h2>
          <p className="cb-muted">Handoffs worth a second look in a team session. Open one, read the transcript beside its packet, and mark it.</p>
        </div>
        <div className="cb-controls">
          {loading && items && (
            <span className="cb-muted" role="status">
              Updating…
            </span>
          )}
          <label htmlFor={ids.picker} className="cb-label">
            Period
          </label>
          <select id={ids.picker} data-testid="calibration-period" value={days} onChange={(e) => setDays(Number(e.target.value))}>
            {periods.map((p) => (
              <option key={p} value={p}>
                Last {p} days
              </option>
            ))}
          </select>
        </div>
      </div>

      {error && (
        <div className="cb-error" role="alert" data-testid="calibration-error">
          <p>{error.status === 403 ? 'Only supervisors and admins run calibration reviews.' : `The calibration list could not be read: ${error.message}`}</p>
          {error.status !== 403 && (
            <button type="button" onClick={retry}>
              Try again
            </button>
          )}
        </div>
      )}

      <div className="cb-body">
        <section className="cb-side" aria-labelledby={ids.list}>
          <h3 id={ids.list} className="sr-only">
            Items
          </h3>
          <div className="cb-filters">
            <div className="cb-kinds" role="group" aria-labelledby={ids.kinds}>
              <span id={ids.kinds} className="cb-label">
                Show
              </span>
              {reviewKinds.map((kind) => (
                <button key={kind} type="button" className="cb-toggle" data-testid={`calibration-filter-${kind}`} aria-pressed={kinds.has(kind)} onClick={() => toggle(kind)}>
                  <span className="cb-check" aria-hidden="true" />
                  {kindLabels[kind]} <span className="count">{counts.get(kind) ?? 0}</span>
                </button>
              ))}
            </div>
            <fieldset className="cb-segmented">
              <legend className="sr-only">Review state</legend>
              {reviewFilters.map((filter) => (
                <label key={filter} className={reviewFilter === filter ? 'is-checked' : undefined}>
                  <input type="radio" name={`${ids.list}-review`} value={filter} data-testid={`calibration-review-${filter}`} checked={reviewFilter === filter} onChange={() => setReviewFilter(filter)} />
                  {reviewFilterLabels[filter]}
                </label>
              ))}
            </fieldset>
          </div>
          {items ? (
            <>
              <p className="cb-muted cb-shown" data-testid="calibration-shown">
                {shown.length === 1 ? '1 item' : `${shown.length} items`} of {items.length} in the last {shownDays ?? days} days
              </p>
              <CalibrationList
                items={shown}
                open={open}
                empty={items.length === 0 ? `No handoff in the last ${shownDays ?? days} days is worth a second look.` : 'No item matches these filters.'}
              />
            </>
          ) : (
            !error && (
              <p className="cb-empty" role="status">
                Loading the list…
              </p>
            )
          )}
        </section>

        <div className="cb-main">
          {opened ? (
            <OpenItem item={opened} myId={props.me.id} onClose={() => props.onOpen(undefined)} onSaved={(review) => reviewed(opened.handoffId, opened.kind, review)} />
          ) : open && items && !loading ? (
            <div className="cb-placeholder" role="status">
              <p>This item is not in the last {shownDays ?? days} days. Pick a longer period, or open another item.</p>
              <button type="button" className="link" onClick={() => props.onOpen(undefined)}>
                Back to the list
              </button>
            </div>
          ) : (
            <div className="cb-placeholder">
              <p>{items && items.length > 0 ? 'Open an item to read the transcript beside its packet, and mark it.' : 'Nothing open.'}</p>
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
