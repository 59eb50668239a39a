import type { SentimentSignal, SentimentTag } from '../analysis/sentiment/types.ts';
import type { Topic } from '../analysis/types.ts';
import type { Trigger } from '../policy/decideEscalation.ts';

/** The packet's shape version; bump it when a field changes meaning or goes away. */
export const packetVersion = 1;

/** Who wrote a transcript line. */
export type Speaker = 'customer' | 'assistant' | 'agent' | 'system';

/** One readable line of the transcript. */
export interface TranscriptLine {
  seq: number;
  speaker: Speaker;
  /** ISO 8601. */
  at: string;
  /** The stored (already masked) text. */
  text: string;
}

/** What the assistant tried before the handoff, with how it went. */
export interface AttemptedResolution {
  kind: 'article' | 'action';
  /** Article slug or action id. */
  ref: string;
  /** Short text for the agent: "offered self-service refund portal". */
  label: string;
  outcome: 'offered' | 'declined' | 'failed' | 'succeeded';
  /** The customer's words that set the outcome. */
  evidence?: string;
  /** Sequence number of the assistant message that made the attempt. */
  atSeq?: number;
}

/** An id or amount the customer or the assistant mentioned, checked against the CRM. */
export interface VerifyItem {
  kind: 'order' | 'amount' | 'account' | 'email';
  /** As written in the conversation: "8821", "89.99 USD". */
  value: string;
  mentionedBy: 'customer' | 'assistant';
  status: 'matches_record' | 'not_found' | 'unverified';
  /** What it matched or why it could not be checked. */
  detail?: string;
}

/** The account as the agent sees it, or why it is missing. */
export interface PacketAccount {
  status: 'found' | 'not_found' | 'unavailable' | 'anonymous';
  /** Why the account data is missing, for `unavailable`. */
  reason?: string;
  externalId?: string;
  name?: string;
  tier?: string;
  /** YYYY-MM-DD. */
  customerSince?: string;
  tenureMonths?: number;
  previousTickets: { count: number; last: { subject: string; status: string; openedAt: string }[] };
  /** Orders still open, plus any the conversation mentions. */
  orders: { number: string; status: string; total: string; placedAt: string; mentioned: boolean }[];
  subscriptions: { plan: string; status: string; renewsAt?: string }[];
}

/** Everything an agent needs to act within 20 seconds of opening a handoff. */
export interface HandoffPacket {
  packetVersion: typeof packetVersion;
  handoffId: string;
  conversationId: string;
  /** ISO 8601. */
  builtAt: string;
  customer: { name?: string; externalId?: string; tier: string; verified: boolean };
  /** 1. The conversation, readable; long ones fold the middle. */
  transcript: { lines: TranscriptLine[]; folded: { count: number; fromSeq: number; toSeq: number } | null; total: number };
  /** 2. Sentiment at escalation and the signals behind it. */
  sentiment: { tag: SentimentTag; signals: SentimentSignal[] };
  /** 3. What the customer wants, with the ids and amounts involved. */
  intent: { line: string; orderIds: string[]; amounts: string[]; accountNumbers: string[] };
  /** 4. What the assistant tried, in order. */
  attempts: AttemptedResolution[];
  /** 5. The account. */
  account: PacketAccount;
  escalation: { triggers: Trigger[]; priority: number; topic: Topic | null; language: string; explanation: string };
  nextStep: string;
  verify: VerifyItem[];
}
