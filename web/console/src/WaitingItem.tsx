import { useState } from 'react';
import { agentApi } from './agentApi.ts';
import { errorMessage } from './api.ts';
import { humanize, waited } from './format.ts';
import { noteHandoffId } from './packetCache.ts';
import { SentimentTag } from './SentimentTag.tsx';
import type { Handoff } from './types.ts';

/** A customer waiting for an agent, with a Take button: taking it makes the conversation mine. */
export function WaitingItem(props: { handoff: Handoff; now: number; onTaken: (conversationId: string) => void; onChanged: () => void }) {
  const { handoff, now } = props;
  const { decision } = handoff;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const take = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const { conversation } = await agentApi.claimHandoff(handoff.id);
      noteHandoffId(conversation.id, handoff.id);
      props.onTaken(conversation.id);
    } catch (cause) {
      setError(errorMessage(cause));
      setBusy(false);
    }
    props.onChanged();
  };

  return (
    <li className="item waiting-item" data-testid="waiting-item" data-handoff-id={handoff.id} data-conversation-id={handoff.conversationId}>
      <span className="item-head">
        <span className="priority" title="Priority (0–100, higher first)">
          P{handoff.priority}
        </span>
        <SentimentTag tag={decision.sentiment} />
        {decision.topic && <span className="badge topic">{humanize(decision.topic)}</span>}
      </span>
      {decision.intent && <span className="item-line">{decision.intent}</span>}
      {error && (
        <span className="inline-error" role="alert">
          {error}
        </span>
      )}
      <span className="item-foot">
        <span className="waited">Waiting {waited(handoff.createdAt, now)}</span>
        <button type="button" className="take" data-testid="take" disabled={busy} onClick={take}>
          {busy ? 'Taking…' : 'Take'}
        </button>
      </span>
    </li>
  );
}
