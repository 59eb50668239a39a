import { answerConfidence } from '../../assistant/assistantTurn.ts';
import type { Deps } from '../../core/deps.ts';
import type { EscalationPolicy } from '../escalationPolicy.ts';
import { replayBoth } from './backtestConversations.ts';
import { compareReplays } from './compareReplays.ts';
import { replayTurns } from './replayTurns.ts';
import type { BacktestReport, ConversationReplay } from './types.ts';

/** What a backtest reads: the store, the analysis models and the workspace's classifier. */
export type BacktestDeps = Pick<Deps, 'store' | 'analyzers' | 'intentCatalog'>;

/** The most conversations one backtest replays (the newest ones in the window). */
export const maxBacktestConversations = 5000;
/** Conversations replayed between two pauses that let the server answer other requests. */
const batch = 50;

/**
 * Backtest a candidate escalation policy on a workspace's stored conversations: read the
 * newest (at most 5,000) started since `since`, replay each under the current and the
 * candidate policy with the workspace's classifier, and compare (`compareReplays`). Changes
 * nothing. Replaying is CPU work, so it pauses every 50 conversations for the event loop.
 *
 * @example
 *   const report = await backtestPolicy(deps, workspaceId, { ...defaultPolicy, confidenceThreshold: 0.7 }, { since: thirtyDaysAgo });
 *   report.handoffRateChangePoints // 4.5
 */
export async function backtestPolicy(deps: BacktestDeps, workspaceId: string, candidate: EscalationPolicy, window: { since: Date; limit?: number }): Promise<BacktestReport> {
  const limit = Math.max(1, Math.min(window.limit ?? maxBacktestConversations, maxBacktestConversations));
  const [current, intents, articles, stored] = await Promise.all([
    deps.store.workspaces.escalationPolicy(workspaceId),
    deps.store.intents.list(workspaceId),
    deps.store.articles.list(workspaceId),
    deps.store.backtest.conversationsSince(workspaceId, window.since, limit),
  ]);
  // The assistant's answers are replayed with the confidence the workspace's classifier (or
  // search) gives them, as they were sent.
  const analyzers = { ...deps.analyzers, intents: deps.intentCatalog.classifierFor(workspaceId, intents) };
  const search = { analyzers, intents, articles, knowledge: deps.intentCatalog.knowledgeFor(workspaceId, articles) };
  const confidenceOf = (question: string) => answerConfidence(question, search);
  const policies = { current, candidate };
  const replays: ConversationReplay[] = [];
  for (const [index, conversation] of stored.conversations.entries()) {
    if (index > 0 && index % batch === 0) await new Promise((resolve) => setImmediate(resolve));
    replays.push(replayBoth(replayTurns(conversation, confidenceOf), policies, analyzers));
  }
  return compareReplays(replays, policies, { since: window.since, available: stored.available, limit });
}
