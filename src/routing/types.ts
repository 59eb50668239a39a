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
}
