import type { TransitionTable } from '../core/stateMachine.ts';

/**
 * Where a conversation is: with the assistant, waiting for an agent after a handoff,
 * with an agent, or resolved (final).
 */
export type ConversationStatus = 'with_assistant' | 'waiting_for_agent' | 'with_agent' | 'resolved';

/** What moves a conversation. */
export type ConversationAction =
  /** The escalation policy decided to hand off. */
  | 'escalate'
  /** An agent took the handoff. */
  | 'assign'
  /** The handoff ended without an agent (cancelled, expired); the assistant carries on. */
  | 'return_to_assistant'
  /** The agent gave the conversation back to the assistant. */
  | 'hand_back'
  /** The agent could not take it after all (joining failed, went offline): wait for another. */
  | 'requeue'
  /** The agent, the customer or the assistant closed it. */
  | 'resolve';

/** The conversation state machine. */
export const conversationTable: TransitionTable<ConversationStatus, ConversationAction> = {
  with_assistant: { escalate: 'waiting_for_agent', resolve: 'resolved' },
  waiting_for_agent: { assign: 'with_agent', return_to_assistant: 'with_assistant', resolve: 'resolved' },
  with_agent: { hand_back: 'with_assistant', requeue: 'waiting_for_agent', resolve: 'resolved' },
  resolved: {},
};
