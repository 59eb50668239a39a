import { useState } from 'react';
import { agentApi } from './agentApi.ts';
import { ApiError, errorMessage } from './api.ts';
import { customerName, secondsLeft } from './format.ts';
import { noteHandoffId, usePacket } from './packetCache.ts';
import { SentimentTag } from './SentimentTag.tsx';
import type { Offer } from './types.ts';

/**
 * One offer: who the customer is and what they need (from the packet), a live countdown to
 * its expiry, Accept and Decline. Accepting opens the conversation.
 */
export function OfferCard(props: {
  offer: Offer;
  now: number;
  onEnded: (offerId: string) => void;
  onAccepted: (conversationId: string) => void;
  onChanged: () => void;
}) {
  const { offer, now } = props;
  const { view } = usePacket(offer.handoffId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const left = secondsLeft(offer.expiresAt, now);
  const packet = view?.packet;

  const answer = async (accept: boolean) => {
    setBusy(true);
    setError(undefined);
    try {
      if (accept) {
        const { conversation, handoff } = await agentApi.acceptOffer(offer.id);
        if (handoff) noteHandoffId(conversation.id, handoff.id);
        props.onEnded(offer.id);
        props.onAccepted(conversation.id);
      } else {
        await agentApi.declineOffer(offer.id);
        props.onEnded(offer.id);
      }
      props.onChanged();
    } catch (cause) {
      setBusy(false);
      setError(errorMessage(cause));
      // Gone already (answered elsewhere, expired, withdrawn): it leaves after the agent read why.
      if (cause instanceof ApiError && (cause.status === 404 || cause.status === 409)) setTimeout(() => props.onEnded(offer.id), 4000);
    }
  };

  const who = customerName(packet);
  return (
    <li className={`card offer ${left <= 10 ? 'is-urgent' : ''}`} data-testid="offer" data-offer-id={offer.id} data-conversation-id={offer.conversationId}>
      <div className="offer-head">
        <strong>{who}</strong>
        <span className="countdown" role="timer" data-testid="offer-countdown" aria-label={`${left} seconds left to answer`}>
          {left} s
        </span>
      </div>
      {packet && (
        <>
          <p className="offer-intent">{packet.intent.line}</p>
          <p className="meta">
            <SentimentTag tag={packet.sentiment.tag} />
            <span>Priority {packet.escalation.priority}</span>
            {packet.customer.tier !== 'standard' && <span>{packet.customer.tier}</span>}
          </p>
        </>
      )}
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" className="primary" data-testid="offer-accept" disabled={busy} onClick={() => answer(true)}>
          Accept
        </button>
        <button type="button" data-testid="offer-decline" disabled={busy} onClick={() => answer(false)}>
          Decline
        </button>
      </div>
    </li>
  );
}
