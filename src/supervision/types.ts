import type { HandoffPath } from '../routing/types.ts';

/** A handoff still waiting for an agent, as a supervisor watches it. */
export interface WaitingEntry {
  handoffId: string;
  conversationId: string;
  /** The queue it waits in: the routing queue, else its team, else `General`. */
  queue: string;
  priority: number;
  status: 'pending' | 'offered';
  path: HandoffPath;
  waitedSeconds: number;
  topic: string | null;
  sentiment: string;
  language: string;
  intent: string;
}

/** An active agent with what they hold right now. */
export interface AgentLoad {
  id: string;
  displayName: string;
  role: 'agent' | 'supervisor' | 'admin';
  team: string | null;
  presence: 'online' | 'away' | 'offline';
  /** Conversations held plus offers waiting for their answer. */
  load: number;
  capacity: number;
}

/** The live picture of a workspace's queues. */
export interface LiveQueues {
  asOf: string;
  /** Handoffs waiting in all, also those beyond the listed ones. */
  waitingTotal: number;
  longestWaitSeconds: number | null;
  queues: { queue: string; longestWaitSeconds: number | null; waiting: Omit<WaitingEntry, 'queue'>[] }[];
  agents: AgentLoad[];
}
