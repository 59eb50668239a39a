import { useEffect } from 'react';
import { SentimentTag } from './SentimentTag.tsx';
import { SummaryDetails } from './SummaryDetails.tsx';
import type { HandoffPacket } from './types.ts';
import type { SummaryControls } from './useSummaryLog.ts';

/**
 * The handoff summary card, shown above the transcript: the packet in the order an agent
 * reads it. Collapse folds it to one line, Dismiss puts it away. When `record` (the
 * conversation is assigned to me), the server hears of it: `shown` the first time it is on
 * screen expanded by default, then each collapse, dismissal and expansion (see `SummaryLog`).
 */
export function Summary(props: { handoffId: string; packet?: HandoffPacket; error?: string; record: boolean; controls: SummaryControls }) {
  const { handoffId, packet, record, controls } = props;
  const view = controls.view(handoffId);

  useEffect(() => {
    if (packet && view === 'expanded') controls.shown(handoffId, record);
  }, [packet, view, handoffId, record, controls]);

  if (view === 'dismissed') {
    return (
      <div className="summary-dismissed">
        <span>Handoff summary hidden.</span>
        <button type="button" className="link" onClick={() => controls.expand(handoffId, record)}>
          Show summary
        </button>
      </div>
    );
  }
  const expanded = view === 'expanded';
  return (
    <section className={`summary ${expanded ? '' : 'is-collapsed'}`} data-testid="summary" aria-labelledby="summary-title">
      <header className="summary-head">
        <h3 id="summary-title">Handoff summary</h3>
        {packet && !expanded && (
          <p className="summary-oneline">
            <SentimentTag tag={packet.sentiment.tag} /> <span>{packet.intent.line}</span>
          </p>
        )}
        <div className="summary-buttons">
          <button
            type="button"
            className="quiet"
            data-testid="summary-collapse"
            aria-expanded={expanded}
            aria-controls="summary-body"
            onClick={() => (expanded ? controls.collapse(handoffId, record) : controls.expand(handoffId, record))}
          >
            {expanded ? 'Collapse' : 'Expand'}
          </button>
          <button type="button" className="quiet" data-testid="summary-dismiss" onClick={() => controls.dismiss(handoffId, record)}>
            Dismiss
          </button>
        </div>
      </header>
      {expanded && (
        <div id="summary-body">
          {packet ? (
            <SummaryDetails packet={packet} />
          ) : props.error ? (
            <p className="inline-error" role="alert">
              The summary could not be loaded: {props.error}
            </p>
          ) : (
            <p className="loading" role="status">
              Loading the summary…
            </p>
          )}
        </div>
      )}
    </section>
  );
}
