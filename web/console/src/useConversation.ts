import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { agentApi } from './agentApi.ts';
import { errorMessage } from './api.ts';
import { addMessages, contiguousSeq, emptyMessages, orderedMessages, type MessageStore } from './conversationMessages.ts';
import type { ConsoleSocket } from './socket.ts';
import type { ServerFrame } from './socketFrames.ts';
import type { Conversation, ConversationStatus, ConversationView, Message } from './types.ts';

/** The open conversation: its view, its messages in order, and ways to update both. */
export interface OpenConversation {
  view?: ConversationView;
  messages: Message[];
  /** Loading the conversation or its history failed. */
  error?: string;
  /** Add messages I got myself (the answer to my POST); repeats are ignored. */
  addOwn: (message: Message) => void;
  /** Replace the conversation after I changed it (resolved, handed back). */
  setConversation: (conversation: Conversation) => void;
}

const pageSize = 100;

/**
 * Open one conversation: load it and its whole history, then follow it on the socket from
 * the last message held. Messages are kept by seq, so the history page, the live stream and
 * the echo of my own replies each show once, in order.
 *
 * @example
 *   const open = useConversation(socket, selectedId);
 */
export function useConversation(socket: ConsoleSocket, conversationId: string | undefined): OpenConversation {
  const [view, setView] = useState<ConversationView>();
  const [store, setStore] = useState<MessageStore>(emptyMessages);
  const [error, setError] = useState<string>();
  const held = useRef<MessageStore>(emptyMessages);
  const heldStatus = useRef<ConversationStatus>(undefined);
  useEffect(() => {
    heldStatus.current = view?.conversation.status;
  }, [view]);

  const add = useCallback((messages: Message[]) => {
    held.current = addMessages(held.current, messages);
    setStore(held.current);
  }, []);

  useEffect(() => {
    held.current = emptyMessages;
    setStore(emptyMessages);
    setView(undefined);
    setError(undefined);
    if (!conversationId) return;
    let live = true;
    const reload = () => void agentApi.conversation(conversationId).then((fresh) => live && setView(fresh), () => undefined);
    // Frames of other conversations (one just left, whose status frame was on its way) are not ours.
    const stopFrames = socket.onFrame((frame: ServerFrame) => {
      if (!live || !('conversationId' in frame) || frame.conversationId !== conversationId) return;
      if (frame.type === 'message') add([frame.message]);
      // A status change also changes who has it (taken, handed back): until the conversation is
      // read again, nobody does, so no reply box shows for one someone else just took.
      if (frame.type === 'status' && heldStatus.current !== undefined && heldStatus.current !== frame.status) {
        setView((v) => v && { ...v, conversation: { ...v.conversation, status: frame.status, assignedAgentId: null } });
        reload();
      }
    });
    // Its status may have changed while the socket was down; the messages come by resubscribing.
    const stopReconnect = socket.onReconnect(reload);
    (async () => {
      const opened = await agentApi.conversation(conversationId);
      if (!live) return;
      setView(opened);
      // The whole history, a page at a time, before following: the follow starts where it ends.
      for (;;) {
        const after = contiguousSeq(held.current);
        const page = await agentApi.messages(conversationId, after, pageSize);
        if (!live) return;
        add(page);
        if (page.length < pageSize || contiguousSeq(held.current) === after) break;
      }
      socket.follow(conversationId, () => contiguousSeq(held.current));
    })().catch((cause: unknown) => live && setError(errorMessage(cause)));
    return () => {
      live = false;
      stopFrames();
      stopReconnect();
      socket.unfollow(conversationId);
    };
  }, [socket, conversationId, add]);

  const setConversation = useCallback((conversation: Conversation) => setView((v) => v && { ...v, conversation }), []);
  const addOwn = useCallback((message: Message) => add([message]), [add]);
  const messages = useMemo(() => orderedMessages(store), [store]);
  return { view, messages, error, addOwn, setConversation };
}
