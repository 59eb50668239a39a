import { fillTemplate, type MessageTemplates } from './messageTemplates.ts';

/**
 * What the assistant says when it hands the customer to a person: which team, that the person
 * will see the whole conversation so nothing needs repeating, and the quoted wait. In the
 * customer's language (English when neither the workspace nor Baton has text for it).
 */
const builtIn: Record<string, string> = {
  en: "I'm connecting you with our {team} team. They will see this whole conversation, so you won't need to repeat anything. {wait}",
  es: 'Te estoy conectando con nuestro equipo de {team}. Verán toda esta conversación, así que no tendrás que repetir nada. {wait}',
  fr: "Je vous mets en relation avec notre équipe {team}. Elle verra toute cette conversation : vous n'aurez rien à répéter. {wait}",
  de: 'Ich verbinde Sie mit unserem Team {team}. Es sieht den gesamten Verlauf, Sie müssen also nichts wiederholen. {wait}',
  pt: 'Estou a ligar você à nossa equipa de {team}. Ela verá toda esta conversa, por isso não precisa de repetir nada. {wait}',
  it: 'Ti sto mettendo in contatto con il nostro team {team}. Vedrà tutta questa conversazione, quindi non dovrai ripetere nulla. {wait}',
  nl: 'Ik verbind je door met ons {team}-team. Zij zien dit hele gesprek, dus je hoeft niets te herhalen. {wait}',
};

const waitLines: Record<string, (minutes: number) => string> = {
  en: (m) => `Typical wait is under ${m === 1 ? '1 minute' : `${m} minutes`}.`,
  es: (m) => `La espera habitual es de menos de ${m === 1 ? '1 minuto' : `${m} minutos`}.`,
  fr: (m) => `L'attente habituelle est de moins de ${m === 1 ? '1 minute' : `${m} minutes`}.`,
  de: (m) => `Die übliche Wartezeit liegt unter ${m === 1 ? '1 Minute' : `${m} Minuten`}.`,
  pt: (m) => `A espera habitual é inferior a ${m === 1 ? '1 minuto' : `${m} minutos`}.`,
  it: (m) => `L'attesa tipica è inferiore a ${m === 1 ? '1 minuto' : `${m} minuti`}.`,
  nl: (m) => `De gebruikelijke wachttijd is minder dan ${m === 1 ? '1 minuut' : `${m} minuten`}.`,
};

/** The languages Baton has its own warm message in. */
export const warmLanguages = Object.keys(builtIn);

/**
 * The warm handoff message: the workspace's template for the language if it has one, else
 * Baton's, with `{team}`, `{wait}` (a sentence) and `{minutes}` filled in.
 *
 * @example
 *   warmHandoffMessage({ language: 'es', team: 'Facturación', waitSeconds: 120 })
 *   // 'Te estoy conectando con nuestro equipo de Facturación. … La espera habitual es de menos de 2 minutos.'
 */
export function warmHandoffMessage(input: { language: string; team: string; waitSeconds: number; templates?: MessageTemplates }): string {
  const language = input.templates?.warm?.[input.language] || builtIn[input.language] ? input.language : 'en';
  const template = input.templates?.warm?.[language] ?? builtIn[language]!;
  const minutes = Math.max(1, Math.ceil(input.waitSeconds / 60));
  return fillTemplate(template, { team: input.team, wait: (waitLines[language] ?? waitLines.en!)(minutes), minutes: String(minutes) });
}
