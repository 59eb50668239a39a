/** Why a handoff is on the calibration list. */
export type ReviewKind = 'assistant_could_have_handled' | 'missed_sentiment' | 'ignored_context';

/** A reviewer's verdict on an item. */
export type ReviewMark = 'agree' | 'disagree' | 'unsure';

/** What a reviewer said about an item. */
export interface Review {
  mark: ReviewMark;
  note: string | null;
  reviewerAgentId: string;
  updatedAt: Date;
}

/** What the list is made from, per handoff: the folded record's facts and the packet's reading. */
export interface HandoffFacts {
  handoffId: string;
  conversationId: string;
  team: string;
  agentId: string | null;
  createdAt: number;
  assignedAt: number | null;
  closedAt: number | null;
  closed: { status: string; reason: string } | null;
  summary: 'opened' | 'dismissed' | 'never_opened';
  coldStart: boolean | null;
  csat: number | null;
  /** The sentiment tag at escalation, and the signals the analysis saw before it. */
  sentiment: { tag: string; signals: { signal: string; evidence: string }[] } | null;
  /** The best knowledge-base match of the agent's replies, if good enough to have answered. */
  knowledgeMatch: { slug: string; title: string; confidence: number } | null;
}

/** One item of the calibration list. */
export interface ReviewItem {
  kind: ReviewKind;
  handoffId: string;
  conversationId: string;
  team: string;
  agentId: string | null;
  /** ISO 8601: when the handoff was made. */
  at: string;
  /** One line on why it is listed. */
  reason: string;
  evidence: string[];
  review: Review | null;
}
