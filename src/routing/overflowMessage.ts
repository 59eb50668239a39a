/**
 * What the customer hears when their handoff moves to the overflow queue: the first team is
 * busy, more people can now take it, and their place and the conversation are kept. In the
 * customer's language (English when Baton has no text for it).
 */
const builtIn: Record<string, string> = {
  en: 'Everyone on our {team} team is busy right now, so more of our team can now pick up your conversation. You keep your place, and nothing needs repeating.',
  es: 'Todo nuestro equipo de {team} está ocupado ahora, así que más personas de nuestro equipo pueden atender tu conversación. Mantienes tu lugar y no tendrás que repetir nada.',
  fr: "Toute notre équipe {team} est occupée pour le moment : d'autres membres de l'équipe peuvent maintenant reprendre votre conversation. Vous gardez votre place et n'avez rien à répéter.",
  de: 'Unser Team {team} ist gerade voll ausgelastet, deshalb können jetzt weitere Kolleginnen und Kollegen Ihr Gespräch übernehmen. Sie behalten Ihren Platz und müssen nichts wiederholen.',
  pt: 'Toda a nossa equipa de {team} está ocupada neste momento, por isso mais pessoas da equipa podem agora pegar na sua conversa. Mantém o seu lugar e não precisa de repetir nada.',
  it: 'Tutto il nostro team {team} è occupato in questo momento, quindi ora anche altri colleghi possono prendere la tua conversazione. Mantieni il tuo posto e non dovrai ripetere nulla.',
  nl: 'Iedereen van ons {team}-team is nu bezet, dus nu kunnen ook andere collega’s je gesprek oppakken. Je houdt je plek en hoeft niets te herhalen.',
};

/**
 * @example
 *   overflowMessage('es', 'Billing') // 'Todo nuestro equipo de Billing está ocupado ahora, …'
 */
export function overflowMessage(language: string, teamName: string): string {
  const base = language.toLowerCase().split('-')[0]!;
  return (builtIn[base] ?? builtIn.en!).replace('{team}', teamName);
}
