import { useEffect, useState } from 'react';
import { agentApi } from './agentApi.ts';
import { errorMessage } from './api.ts';
import type { HandoffPacket } from './types.ts';

/** A handoff's packet and its one-paragraph summary. */
export interface PacketView {
  packet: HandoffPacket;
  summary: string;
}

// A packet never changes once built, so one fetch per handoff serves the offer card, the
// conversation list and the summary card alike. Failed fetches are forgotten, to retry.
const packets = new Map<string, Promise<PacketView>>();
const handoffOf = new Map<string, Promise<string | null>>();

/**
 * A handoff's packet, fetched once per console session.
 *
 * @example
 *   const { packet } = await loadPacket(offer.handoffId);
 */
export function loadPacket(handoffId: string): Promise<PacketView> {
  let found = packets.get(handoffId);
  if (!found) {
    found = agentApi.packet(handoffId);
    packets.set(handoffId, found);
    found.catch(() => packets.delete(handoffId));
  }
  return found;
}

/** The active handoff's id of a conversation assigned to me, fetched once. */
export function loadHandoffId(conversationId: string): Promise<string | null> {
  let found = handoffOf.get(conversationId);
  if (!found) {
    found = agentApi.conversation(conversationId).then((view) => view.handoff?.id ?? null);
    handoffOf.set(conversationId, found);
    found.catch(() => handoffOf.delete(conversationId));
  }
  return found;
}

/** Remember a conversation's handoff learnt some other way (accepting, taking). */
export function noteHandoffId(conversationId: string, handoffId: string): void {
  handoffOf.set(conversationId, Promise.resolve(handoffId));
}

/** Forget everything (sign-out: the next agent may be of another workspace). */
export function clearPacketCache(): void {
  packets.clear();
  handoffOf.clear();
}

/**
 * React to a handoff's packet: `undefined` while loading or when there is no handoff.
 *
 * @example
 *   const { view, error } = usePacket(handoff?.id);
 */
export function usePacket(handoffId: string | null | undefined): { view?: PacketView; error?: string } {
  const [state, setState] = useState<{ id?: string; view?: PacketView; error?: string }>({});
  useEffect(() => {
    if (!handoffId) return;
    let live = true;
    loadPacket(handoffId).then(
      (view) => live && setState({ id: handoffId, view }),
      (error: unknown) => live && setState({ id: handoffId, error: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [handoffId]);
  return state.id === handoffId && handoffId ? { view: state.view, error: state.error } : {};
}

/**
 * The packet of a conversation assigned to me (through its active handoff), for previews.
 *
 * @example
 *   const { view } = useConversationPacket(conversation.id);
 */
export function useConversationPacket(conversationId: string): { view?: PacketView; error?: string } {
  const [handoffId, setHandoffId] = useState<string | null>();
  useEffect(() => {
    let live = true;
    loadHandoffId(conversationId).then(
      (id) => live && setHandoffId(id),
      () => live && setHandoffId(null),
    );
    return () => {
      live = false;
    };
  }, [conversationId]);
  return usePacket(handoffId);
}
