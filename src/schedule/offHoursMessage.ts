import { offHoursPhrases, type OffHoursPhrases } from './offHoursPhrases.ts';
import { dayMs, wallTime } from './zonedClock.ts';

/** A way to continue that the customer may choose; each one only with their consent. */
export type ContinuationChoice = 'email' | 'callback';

/** What Baton knows when no person can answer now. */
export interface OffHoursInput {
  /** The conversation's language (ISO 639-1, e.g. `de` or `pt-BR`); English when unknown. */
  language: string;
  /** The team's name as it reads after "Our … team", e.g. `Billing`. */
  teamName: string;
  /** When the team opens (`nextOpening`), or undefined when not within 30 days. */
  opensAt: Date | undefined;
  /** The zone the opening time is told in, named after it: usually the team's. */
  timeZone: string;
  now: Date;
  /** Outgoing mail is configured (`Config.mail`). */
  emailAvailable: boolean;
  callbackAvailable: boolean;
  /** `closed` (default): outside business hours; `no_agent`: open, but nobody eligible is free. */
  reason?: 'closed' | 'no_agent';
}

/** The text to send and the buttons to show with it. */
export interface OffHoursMessage {
  text: string;
  /** The ways to continue offered, in button order; empty when none is available. */
  choices: ContinuationChoice[];
}

/** "tomorrow at 9:00 (Europe/Berlin)": days counted between local dates in `timeZone`. */
function whenPhrase(phrases: OffHoursPhrases, locale: string, opensAt: Date, now: Date, timeZone: string): string {
  const format = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { timeZone, ...options }).format(opensAt);
  const time = `${format({ hour: 'numeric', minute: '2-digit', hourCycle: 'h23' })} (${timeZone})`;
  const days = Math.floor(wallTime(timeZone, opensAt) / dayMs) - Math.floor(wallTime(timeZone, now) / dayMs);
  if (days === 0) return phrases.today(time);
  if (days === 1) return phrases.tomorrow(time);
  if (days < 7) return phrases.onWeekday(format({ weekday: 'long' }), time);
  return phrases.onDate(format({ day: 'numeric', month: 'long' }), time);
}

/**
 * What the customer hears when no person can answer now (BRIEF.md section 4): the summary is
 * saved, when a person will answer, and, when available, the offer to continue by email or
 * by a callback, asking for an explicit yes (a reply word or a button). Nothing is assumed:
 * the caller acts only on the customer's choice (`readContinuationChoice`).
 *
 * @example
 *   offHoursMessage({ language: 'en', teamName: 'Billing', opensAt: new Date('2026-10-26T08:00:00Z'), timeZone: 'Europe/Berlin',
 *     now: new Date('2026-10-25T18:00:00Z'), emailAvailable: true, callbackAvailable: false })
 *   // { text: "Our Billing team is closed right now. I've saved a summary of this conversation, … A person will answer you here
 *   //   tomorrow at 09:00 (Europe/Berlin). If you'd rather not wait here, we can continue by email. Reply EMAIL or choose …",
 *   //   choices: ['email'] }
 */
export function offHoursMessage(input: OffHoursInput): OffHoursMessage {
  const base = input.language.toLowerCase().split(/[-_]/)[0] ?? '';
  const locale = Object.hasOwn(offHoursPhrases, base) ? base : 'en';
  const phrases = offHoursPhrases[locale]!;
  const choices: ContinuationChoice[] = [];
  if (input.emailAvailable) choices.push('email');
  if (input.callbackAvailable) choices.push('callback');

  const sentences = [input.reason === 'no_agent' ? phrases.busy(input.teamName) : phrases.closed(input.teamName), phrases.saved];
  if (input.reason === 'no_agent') sentences.push(phrases.answerWhenFree);
  else if (input.opensAt === undefined) sentences.push(phrases.answerWhenBack);
  else if (input.opensAt.getTime() <= input.now.getTime()) sentences.push(phrases.answerSoon);
  else sentences.push(phrases.answerAt(whenPhrase(phrases, locale, input.opensAt, input.now, input.timeZone)));

  const offered = choices.length === 2 ? 'both' : choices[0];
  if (offered === undefined) sentences.push(phrases.stayHere);
  else sentences.push(phrases.offer[offered], phrases.ask[offered]);
  return { text: sentences.join(' '), choices };
}
