import type { EscalationDecision } from '../policy/decideEscalation.ts';
import type { HandoffStatus } from './handoffMachine.ts';

/** The routing task created when a conversation escalates. */
export interface Handoff {
  workspaceId: string;
  id: string;
  conversationId: string;
  status: HandoffStatus;
  priority: number;
  decision: EscalationDecision;
  assignedAgentId: string | null;
  closeReason: string | null;
  createdAt: Date;
  assignedAt: Date | null;
  closedAt: Date | null;
  /** Sequence number of the message that escalated (the warm message). */
  atSeq: number | null;
  /** The team it goes to, chosen from the decision's category. */
  teamId: string | null;
  /** The wait the customer was told to expect, in seconds (kept beside the actual wait). */
  quotedWaitSeconds: number | null;
  /** What the customer was told: a warm handoff, or the off-hours / no-agent path. */
  path: HandoffPath;
  /** The queue it waits in: null until a routing pass matched it; the overflow queue after that fallback. */
  queue: string | null;
  /** The offers it had when the overflow fallback moved it; null: never moved. */
  fallbackAtOffers: number | null;
}

/** Which message the customer heard at escalation. */
export type HandoffPath = 'warm' | 'off_hours' | 'no_agent';

/** One agent's chance at one handoff (TaskRouter's reservation). */
export interface Offer {
  workspaceId: string;
  id: string;
  handoffId: string;
  /** The offers of a handoff made together (simultaneous offers); the first to accept wins. */
  roundId: string;
  agentId: string;
  status: import('./offerMachine.ts').OfferStatus;
  createdAt: Date;
  expiresAt: Date;
  answeredAt: Date | null;
  reason: string | null;
}

/** A waiting handoff as routing reads it: with the customer's tier and its team's category. */
export interface RoutableHandoff {
  handoff: Handoff;
  tier: string;
  category: string | null;
  /** Agents already offered it, those who declined, and those who let an offer lapse. */
  offeredTo: string[];
  declinedBy: string[];
  lapsedBy: string[];
  /** The agent of the customer's last conversation with a person, and when it ended or was last taken. */
  lastAgent: { agentId: string; atMs: number } | null;
}
