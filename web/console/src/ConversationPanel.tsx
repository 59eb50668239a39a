import { CloseActions } from './CloseActions.tsx';
import { customerName, humanize } from './format.ts';
import { usePacket } from './packetCache.ts';
import { ReplyBox } from './ReplyBox.tsx';
import type { ConsoleSocket } from './socket.ts';
import { Summary } from './Summary.tsx';
import { Transcript } from './Transcript.tsx';
import type { Agent } from './types.ts';
import { useConversation } from './useConversation.ts';
import type { SummaryControls } from './useSummaryLog.ts';

/**
 * The open conversation: a head with the ways to close it (resolve, hand back), then the
 * handoff summary first (what the agent needs in the first 20 seconds), the transcript, and
 * the reply box.
 */
export function ConversationPanel(props: {
  agent: Agent;
  socket: ConsoleSocket;
  conversationId: string;
  summaryLog: SummaryControls;
  onChanged: () => void;
}) {
  const { agent, conversationId } = props;
  const open = useConversation(props.socket, conversationId);
  const handoff = open.view?.handoff;
  const packet = usePacket(handoff?.id);
  const conversation = open.view?.conversation;
  const assignedToMe = conversation?.assignedAgentId === agent.id;
  // Only an active conversation of mine can be replied to and closed (not a resolved one).
  const mine = assignedToMe && conversation?.status === 'with_agent';
  // The HTTP message schema may leave out the author's id: then any agent reply counts as mine.
  const replied = open.messages.some((m) => m.authorKind === 'agent' && (m.authorAgentId ?? agent.id) === agent.id);

  if (open.error) {
    return (
      <section className="panel" aria-label="Conversation">
        <p className="inline-error" role="alert">
          {open.error}
        </p>
      </section>
    );
  }
  return (
    <section className="panel" aria-labelledby="conversation-title" aria-busy={!conversation}>
      <div className="panel-head">
        <h2 id="conversation-title">{customerName(packet.view?.packet)}</h2>
        {conversation && <span className={`badge status status-${conversation.status}`}>{humanize(conversation.status)}</span>}
        <span className="spacer" />
        {mine && (
          <CloseActions
            conversationId={conversationId}
            onClosed={(closed) => {
              open.setConversation(closed);
              props.onChanged();
            }}
          />
        )}
      </div>
      {handoff && <Summary handoffId={handoff.id} packet={packet.view?.packet} error={packet.error} record={assignedToMe} controls={props.summaryLog} />}
      <Transcript messages={open.messages} myId={agent.id} />
      {conversation && !mine && (
        <p className="notice" role="status">
          {conversation.status === 'resolved'
            ? 'This conversation is resolved.'
            : conversation.status === 'with_assistant'
              ? 'This conversation is back with the assistant.'
              : 'This conversation is not assigned to you.'}
        </p>
      )}
      {conversation && mine && (
        <ReplyBox conversationId={conversationId} agentName={agent.displayName} packet={packet.view?.packet} replied={replied} onSent={open.addOwn} />
      )}
    </section>
  );
}
