import type { MessageTemplates } from '../assistant/messageTemplates.ts';
import { warmHandoffMessage } from '../assistant/warmHandoffMessage.ts';
import type { Team } from '../core/store.ts';
import type { EscalationDecision } from '../policy/decideEscalation.ts';
import { isOpen, nextOpening } from '../schedule/businessHours.ts';
import { offHoursMessage, type ContinuationChoice } from '../schedule/offHoursMessage.ts';
import { storedHours } from '../schedule/storedHours.ts';
import { chooseTeam } from './chooseTeam.ts';
import { estimateWait } from './estimateWait.ts';
import type { HandoffPath } from './types.ts';

/** What is known when a conversation escalates, loaded by the caller. */
export interface HandoffPlanInput {
  decision: EscalationDecision;
  teams: readonly Team[];
  /** Category of the article the assistant was answering from, if any. */
  articleCategory?: string;
  /** Agents online now, by team id. */
  onlineByTeam: ReadonlyMap<string, number>;
  recentAcceptanceSeconds: readonly number[];
  /** Handoffs already waiting in the workspace. */
  waitingAhead: number;
  templates: MessageTemplates;
  emailAvailable: boolean;
  now: Date;
}

/** Where the handoff goes and what the customer hears. */
export interface HandoffPlan {
  team: Team | undefined;
  path: HandoffPath;
  text: string;
  /** Ways to continue offered with the message (buttons); each needs the customer's yes. */
  choices: ContinuationChoice[];
  /** The wait quoted in a warm message; null when none was promised. */
  quotedWaitSeconds: number | null;
}

/**
 * Decide what the customer hears at escalation. Warm (the default): the team, that nothing
 * needs repeating, and a wait quote. Outside the team's business hours: the off-hours message
 * (summary saved, when a person will answer, email or callback offered with consent). Open but
 * no agent of the team online: the same offer, without a promised time. Pure.
 *
 * @example
 *   planHandoff({ decision, teams, onlineByTeam: new Map([[billingId, 2]]), recentAcceptanceSeconds: [], waitingAhead: 0, templates: {}, emailAvailable: false, now })
 *   // { path: 'warm', text: "I'm connecting you with our Billing team. … Typical wait is under 2 minutes.", quotedWaitSeconds: 120, … }
 */
export function planHandoff(input: HandoffPlanInput): HandoffPlan {
  const team = chooseTeam(input.teams, input.decision, input.onlineByTeam, input.articleCategory);
  const hours = storedHours(team?.businessHours);
  const language = input.decision.language;
  const teamName = team?.name ?? 'support';
  const common = { language, teamName, timeZone: hours.timeZone, now: input.now, emailAvailable: input.emailAvailable, callbackAvailable: true };
  if (!isOpen(hours, input.now)) {
    const message = offHoursMessage({ ...common, opensAt: nextOpening(hours, input.now), reason: 'closed' });
    return { team, path: 'off_hours', text: message.text, choices: message.choices, quotedWaitSeconds: null };
  }
  const online = team ? (input.onlineByTeam.get(team.id) ?? 0) : [...input.onlineByTeam.values()].reduce((a, b) => a + b, 0);
  if (online === 0) {
    const message = offHoursMessage({ ...common, opensAt: undefined, reason: 'no_agent' });
    return { team, path: 'no_agent', text: message.text, choices: message.choices, quotedWaitSeconds: null };
  }
  const wait = estimateWait(input.recentAcceptanceSeconds, input.waitingAhead, online);
  return {
    team,
    path: 'warm',
    text: warmHandoffMessage({ language, team: teamName, waitSeconds: wait.seconds, templates: input.templates }),
    choices: [],
    quotedWaitSeconds: wait.seconds,
  };
}
