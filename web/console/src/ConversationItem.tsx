import { customerName, humanize } from './format.ts';
import { useConversationPacket } from './packetCache.ts';
import { SentimentTag } from './SentimentTag.tsx';
import type { Conversation } from './types.ts';

/** One conversation I hold, in the left column: who, what about, how they feel. */
export function ConversationItem(props: { conversation: Conversation; selected: boolean; onOpen: (conversationId: string) => void }) {
  const { conversation, selected } = props;
  const packet = useConversationPacket(conversation.id).view?.packet;
  return (
    <li>
      <button
        type="button"
        className={`item ${selected ? 'is-selected' : ''}`}
        data-testid="conversation-item"
        data-conversation-id={conversation.id}
        aria-current={selected ? 'true' : undefined}
        onClick={() => props.onOpen(conversation.id)}
      >
        <span className="item-head">
          <strong>{customerName(packet)}</strong>
          {packet && <SentimentTag tag={packet.sentiment.tag} />}
        </span>
        <span className="item-line">{packet?.intent.line ?? humanize(conversation.channel)}</span>
        <span className="item-meta">{humanize(conversation.status)}</span>
      </button>
    </li>
  );
}
