import type { Team } from '../core/store.ts';
import type { EscalationDecision } from '../policy/decideEscalation.ts';

/** The issue category each always-human topic belongs to. */
const topicCategory: Record<string, string> = { billing_dispute: 'billing' };

/**
 * The team a handoff goes to: the one whose category matches the topic, else the category of
 * the article the assistant was answering from, else a `general` team, else the team with the
 * most agents online (the first on a tie). `undefined` only when the workspace has no team.
 *
 * @example
 *   chooseTeam(teams, decision, new Map(), 'technical')?.name // 'Technical support'
 */
export function chooseTeam(
  teams: readonly Team[],
  decision: Pick<EscalationDecision, 'topic'>,
  onlineByTeam: ReadonlyMap<string, number>,
  articleCategory?: string,
): Team | undefined {
  const wanted = [decision.topic ? topicCategory[decision.topic] : undefined, articleCategory, 'general'];
  for (const category of wanted) {
    const team = category && teams.find((t) => t.category === category);
    if (team) return team;
  }
  let best = teams[0];
  for (const team of teams) if ((onlineByTeam.get(team.id) ?? 0) > (onlineByTeam.get(best!.id) ?? 0)) best = team;
  return best;
}
