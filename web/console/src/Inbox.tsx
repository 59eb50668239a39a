import { ConversationItem } from './ConversationItem.tsx';
import { OfferCard } from './OfferCard.tsx';
import type { Agent } from './types.ts';
import type { Inbox as InboxState } from './useInbox.ts';
import { useNow } from './useNow.ts';
import { WaitingItem } from './WaitingItem.tsx';

/**
 * The left column, in the order an agent acts on it: offers waiting for my answer, the
 * conversations I hold, and the customers waiting that I may take myself.
 */
export function Inbox(props: { inbox: InboxState; presence: Agent['presence']; selectedId?: string; onOpen: (conversationId: string) => void }) {
  const { inbox, selectedId, onOpen } = props;
  const now = useNow(1000);
  const offers = inbox.offers.filter((offer) => Date.parse(offer.expiresAt) > now);
  return (
    <nav className="inbox" aria-label="Inbox">
      {inbox.error && (
        <p className="inline-error" role="alert">
          {inbox.error}
        </p>
      )}
      <section aria-labelledby="offers-title" data-testid="offers" className="inbox-section">
        <h2 id="offers-title">
          Offers <span className="count">{offers.length}</span>
        </h2>
        {offers.length === 0 ? (
          <p className="empty">{props.presence === 'online' ? 'No offers right now.' : 'You are away: no offers come to you.'}</p>
        ) : (
          <ul className="cards">
            {offers.map((offer) => (
              <OfferCard key={offer.id} offer={offer} now={now} onEnded={inbox.removeOffer} onAccepted={onOpen} onChanged={inbox.refreshAll} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="mine-title" data-testid="my-conversations" className="inbox-section">
        <h2 id="mine-title">
          My conversations <span className="count">{inbox.conversations.length}</span>
        </h2>
        {inbox.conversations.length === 0 ? (
          <p className="empty">None assigned to you.</p>
        ) : (
          <ul className="items">
            {inbox.conversations.map((conversation) => (
              <ConversationItem key={conversation.id} conversation={conversation} selected={conversation.id === selectedId} onOpen={onOpen} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="waiting-title" data-testid="waiting" className="inbox-section">
        <h2 id="waiting-title">
          Waiting <span className="count">{inbox.waiting.length}</span>
        </h2>
        {inbox.waiting.length === 0 ? (
          <p className="empty">Nobody is waiting.</p>
        ) : (
          <ul className="items">
            {inbox.waiting.map((handoff) => (
              <WaitingItem key={handoff.id} handoff={handoff} now={now} onTaken={onOpen} onChanged={inbox.refreshQueue} />
            ))}
          </ul>
        )}
      </section>
    </nav>
  );
}
