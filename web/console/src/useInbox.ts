import { useCallback, useEffect, useRef, useState } from 'react';
import { agentApi } from './agentApi.ts';
import { errorMessage } from './api.ts';
import type { ConsoleSocket } from './socket.ts';
import type { ServerFrame } from './socketFrames.ts';
import type { Conversation, Handoff, Offer } from './types.ts';

/** What the left column shows, kept fresh by the socket. */
export interface Inbox {
  offers: Offer[];
  conversations: Conversation[];
  waiting: Handoff[];
  /**
   * Goes up after `queue` frames, at most once per 200 ms (a burst counts once), for views
   * that refetch on their own (the supervisor view).
   */
  queueTick: number;
  /** The last refresh that failed, if the latest did. */
  error?: string;
  refreshAll: () => void;
  refreshQueue: () => void;
  removeOffer: (offerId: string) => void;
}

/** Bursts of queue frames (a routing pass) cause one refetch and one tick, this long after the first. */
const coalesceMs = 200;

/**
 * My offers, my conversations and the waiting handoffs: fetched at start, refetched on every
 * `queue` frame (coalesced) and after a reconnect; offers arrive and leave by socket frames.
 *
 * @example
 *   const inbox = useInbox(socket);
 */
export function useInbox(socket: ConsoleSocket): Inbox {
  const [offers, setOffers] = useState<Offer[]>([]);
  const [conversations, setConversations] = useState<Conversation[]>([]);
  const [waiting, setWaiting] = useState<Handoff[]>([]);
  const [queueTick, setQueueTick] = useState(0);
  const [error, setError] = useState<string>();
  const pending = useRef<ReturnType<typeof setTimeout>>(undefined);
  // A `queue` frame came since the last tick (status frames refresh the lists but do not tick).
  const queueChanged = useRef(false);
  // Offers that ended while a list fetch was on its way must not come back from its answer.
  const ended = useRef(new Set<string>());

  const fail = useCallback((cause: unknown) => setError(errorMessage(cause)), []);
  const refreshQueue = useCallback(() => {
    Promise.all([agentApi.waitingHandoffs(), agentApi.myConversations()]).then(([handoffs, mine]) => {
      setWaiting(handoffs);
      setConversations(mine);
      setError(undefined);
    }, fail);
  }, [fail]);
  const refreshOffers = useCallback(() => {
    const since = Date.now();
    agentApi.offers().then((list) => {
      setOffers((held) => mergeOffers(list.filter((o) => !ended.current.has(o.id)), held, since));
      setError(undefined);
    }, fail);
  }, [fail]);
  const refreshAll = useCallback(() => {
    refreshOffers();
    refreshQueue();
  }, [refreshOffers, refreshQueue]);
  const removeOffer = useCallback((offerId: string) => {
    ended.current.add(offerId);
    setOffers((held) => held.filter((o) => o.id !== offerId));
  }, []);

  useEffect(() => {
    refreshAll();
    const onFrame = (frame: ServerFrame) => {
      if (frame.type === 'offer') {
        const offer = { id: frame.offerId, handoffId: frame.handoffId, conversationId: frame.conversationId, expiresAt: frame.expiresAt, receivedAt: Date.now() };
        setOffers((held) => (held.some((o) => o.id === offer.id) ? held : [...held, offer]));
      } else if (frame.type === 'offer_ended') {
        removeOffer(frame.offerId);
      } else if (frame.type === 'queue' || (frame.type === 'status' && frame.status !== 'with_agent')) {
        // A status other than with_agent means the open conversation left my list.
        if (frame.type === 'queue') queueChanged.current = true;
        pending.current ??= setTimeout(() => {
          pending.current = undefined;
          if (queueChanged.current) setQueueTick((tick) => tick + 1);
          queueChanged.current = false;
          refreshQueue();
        }, coalesceMs);
      }
    };
    const stops = [socket.onFrame(onFrame), socket.onReconnect(refreshAll)];
    return () => {
      stops.forEach((stop) => stop());
      clearTimeout(pending.current);
      pending.current = undefined;
      queueChanged.current = false;
    };
  }, [socket, refreshAll, refreshQueue, removeOffer]);

  return { offers, conversations, waiting, queueTick, error, refreshAll, refreshQueue, removeOffer };
}

/**
 * The server's list wins, but an offer a frame brought after the fetch started is kept (the
 * list may predate it), and so is the conversation id a frame told us.
 */
function mergeOffers(fresh: Offer[], held: Offer[], since: number): Offer[] {
  const merged = fresh.map((offer) => ({ ...offer, conversationId: offer.conversationId ?? held.find((o) => o.id === offer.id)?.conversationId }));
  const newer = held.filter((o) => (o.receivedAt ?? 0) >= since && !fresh.some((f) => f.id === o.id));
  return [...merged, ...newer];
}
