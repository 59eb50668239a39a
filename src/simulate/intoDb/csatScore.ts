import type { Draws } from './history.ts';

/** What a customer's rating after a handoff depends on. */
export interface HandoffExperience {
  /** Seconds from escalation to an agent accepting. */
  waitSeconds: number;
  /** The wait the customer was quoted, if any. */
  quotedWaitSeconds: number | null;
  /** The agent's first reply ignored what the customer had already said. */
  coldStart: boolean;
  /** The customer was upset at escalation. */
  upset: boolean;
}

/**
 * A CSAT score (1–5) after a handoff: most are 4 or 5; a cold start costs a point and a
 * half, a wait over 3 minutes most of a point and over 10 minutes nearly two, a broken wait
 * promise and an upset customer a little each; plus noise, and one customer in 25 is unhappy
 * whatever happened (1 or 2). Drawn, so the same seed gives the same scores.
 *
 * @example
 *   csatAfterHandoff({ waitSeconds: 20, quotedWaitSeconds: 60, coldStart: false, upset: false }, draw) // usually 5
 */
export function csatAfterHandoff(experience: HandoffExperience, draw: Draws): number {
  const { waitSeconds, quotedWaitSeconds } = experience;
  if (draw.chance(0.04)) return draw.chance(0.5) ? 1 : 2;
  let mean = 4.7;
  if (experience.coldStart) mean -= 1.5;
  if (waitSeconds > 600) mean -= 1.8;
  else if (waitSeconds > 180) mean -= 0.8;
  if (quotedWaitSeconds !== null && waitSeconds > quotedWaitSeconds) mean -= 0.4;
  if (experience.upset) mean -= 0.4;
  return scoreAround(mean, draw);
}

/**
 * A CSAT score after the assistant alone answered: good when the customer said it worked.
 *
 * @example
 *   csatAssistantOnly(true, draw) // usually 4 or 5
 */
export function csatAssistantOnly(thanked: boolean, draw: Draws): number {
  return scoreAround(thanked ? 4.4 : 3.2, draw);
}

/** A whole score from 1 to 5 near `mean` (noise: the sum of three uniform draws, sd ≈ 0.7). */
function scoreAround(mean: number, draw: Draws): number {
  const noise = draw.between(-0.7, 0.7) + draw.between(-0.7, 0.7) + draw.between(-0.7, 0.7);
  return Math.min(5, Math.max(1, Math.round(mean + noise)));
}
