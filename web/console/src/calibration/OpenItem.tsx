import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../api.ts';
import { customerName } from '../format.ts';
import { usePacket } from '../packetCache.ts';
import { SummaryDetails } from '../SummaryDetails.tsx';
import { Transcript } from '../Transcript.tsx';
import type { Message } from '../types.ts';
import { calibrationApi } from './calibrationApi.ts';
import { MarkBadge } from './CalibrationList.tsx';
import { kindLabels, when } from './format.ts';
import { ReviewForm } from './ReviewForm.tsx';
import type { CalibrationItem, CalibrationReview } from './types.ts';

/** A conversation's whole transcript, read once per opened item. */
function useTranscript(conversationId: string): { messages?: Message[]; error?: string } {
  const [state, setState] = useState<{ id?: string; messages?: Message[]; error?: string }>({});
  useEffect(() => {
    let live = true;
    calibrationApi.transcript(conversationId).then(
      (messages) => live && setState({ id: conversationId, messages }),
      (cause: unknown) => live && setState({ id: conversationId, error: errorMessage(cause) }),
    );
    return () => {
      live = false;
    };
  }, [conversationId]);
  return state.id === conversationId ? state : {};
}

/**
 * One calibration item opened: why it is listed, the reviewer's form, and the transcript beside
 * its packet (transcript left, packet right; stacked on a narrow screen). Read-only: it
 * records nothing about the summary (the packet is shown with `SummaryDetails`, not the
 * agent's summary card, which reports to the summary metrics).
 *
 * @example
 *   <OpenItem item={item} myId={me.id} onSaved={(review) => reviewed(item.handoffId, item.kind, review)} />
 */
export function OpenItem(props: { item: CalibrationItem; myId: string; onClose: () => void; onSaved: (review: CalibrationReview) => void }) {
  const { item } = props;
  const transcript = useTranscript(item.conversationId);
  const packet = usePacket(item.handoffId);
  const heading = useRef<HTMLHeadingElement>(null);
  const itemKey = `${item.handoffId}/${item.kind}`;

  // A newly opened item takes the focus, so a keyboard user lands on what they opened.
  useEffect(() => {
    heading.current?.focus({ preventScroll: false });
  }, [itemKey]);

  return (
    <section className="cb-open" data-testid="calibration-open" data-handoff-id={item.handoffId} data-kind={item.kind} aria-labelledby="cb-open-title">
      <header className="cb-open-head">
        <div className="cb-open-title">
          <h3 id="cb-open-title" ref={heading} tabIndex={-1}>
            {kindLabels[item.kind]}
          </h3>
          <p className="cb-item-meta">
            {customerName(packet.view?.packet)} · {item.team} · <time dateTime={item.at}>{when(item.at)}</time> · <MarkBadge item={item} />
          </p>
        </div>
        <button type="button" className="quiet" data-testid="calibration-close" onClick={props.onClose}>
          Back to the list
        </button>
      </header>
      <div className="cb-why">
        <h4 className="sr-only">Why it is listed</h4>
        <p>{item.reason}</p>
        {item.evidence.length > 0 && (
          <ul className="cb-evidence" aria-label="Evidence">
            {item.evidence.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
      </div>
      <ReviewForm key={itemKey} item={item} onSaved={props.onSaved} />
      <div className="cb-panes">
        <section className="cb-pane cb-pane-transcript" data-testid="calibration-transcript" aria-labelledby="cb-transcript-title">
          <h4 id="cb-transcript-title">Transcript</h4>
          {transcript.messages ? (
            <Transcript messages={transcript.messages} myId={props.myId} />
          ) : transcript.error ? (
            <p className="inline-error" role="alert">
              The transcript could not be read: {transcript.error}
            </p>
          ) : (
            <p className="loading" role="status">
              Loading the transcript…
            </p>
          )}
        </section>
        <section className="cb-pane cb-pane-packet" data-testid="calibration-packet" aria-labelledby="cb-packet-title" tabIndex={0}>
          <h4 id="cb-packet-title">Handoff packet</h4>
          {packet.view ? (
            <>
              <p className="cb-packet-summary">{packet.view.summary}</p>
              <SummaryDetails packet={packet.view.packet} />
            </>
          ) : packet.error ? (
            <p className="inline-error" role="alert">
              The packet could not be read: {packet.error}
            </p>
          ) : (
            <p className="loading" role="status">
              Loading the packet…
            </p>
          )}
        </section>
      </div>
    </section>
  );
}
