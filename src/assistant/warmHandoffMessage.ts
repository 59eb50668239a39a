/**
 * What the assistant says when it hands the customer to a person: that a person is coming and
 * will see the whole conversation, so nothing needs repeating. In the customer's language
 * (English when Baton has no text for it). Naming the team and quoting a measured wait
 * arrive with routing.
 */
const messages: Record<string, string> = {
  en: "I'm connecting you with a member of our support team. They will see this whole conversation, so you won't need to repeat anything.",
  es: 'Te estoy conectando con una persona de nuestro equipo de soporte. Verá toda esta conversación, así que no tendrás que repetir nada.',
  fr: "Je vous mets en relation avec un membre de notre équipe d'assistance. Il verra toute cette conversation : vous n'aurez rien à répéter.",
  de: 'Ich verbinde Sie mit einer Person aus unserem Support-Team. Sie sieht den gesamten Verlauf, Sie müssen also nichts wiederholen.',
  pt: 'Estou a ligar você a uma pessoa da nossa equipa de suporte. Ela verá toda esta conversa, por isso não precisa de repetir nada.',
  it: 'Ti sto mettendo in contatto con una persona del nostro team di assistenza. Vedrà tutta questa conversazione, quindi non dovrai ripetere nulla.',
  nl: 'Ik verbind je door met iemand van ons supportteam. Diegene ziet dit hele gesprek, dus je hoeft niets te herhalen.',
};

/**
 * The warm handoff message in a language (ISO 639-1).
 *
 * @example
 *   warmHandoffMessage('es') // 'Te estoy conectando con una persona de nuestro equipo de soporte. …'
 */
export function warmHandoffMessage(language: string): string {
  return messages[language] ?? messages.en!;
}
