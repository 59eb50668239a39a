import { phrase, type LanguagePhrases } from '../languagePhrases.ts';

const person = String.raw`(?:operatore|operatrice|persona|umano|essere umano|agente|addetto|addetta|consulente|qualcuno|responsabile|impiegato|dipendente|assistente|tecnico)`;

/**
 * Italian: "vorrei parlare con qualcuno", "passami un operatore", "una persona reale".
 *
 * @example
 *   italian.requests.some((p) => (p.lastIndex = 0, p.test('parlare con qualcuno'))) // true
 */
export const italian: LanguagePhrases = {
  requests: [
    phrase(
      "(?:parlare|parlo|parli|chattare|contattare|sentire|passami|mi passi|mi passa|passarmi|in contatto con|trasferiscimi a|vorrei|voglio|ho bisogno di|serve)",
      " (?:direttamente )?(?:con |a |ad |al |alla |)(?:un |una |un'|uno |il |la |l'|qualche |un altro |un'altra |)", person,
    ),
    phrase('(?:persona reale|persona vera|operatore umano|essere umano|un umano|assistenza umana|carne e ossa)'),
    phrase("(?<=^|[.!?,] )(?:un |una |un')?(?:operatore|operatrice|umano|addetto|consulente|persona reale)(?: per favore| subito)?(?= [.!?]|$)"),
    phrase("c'e (?:qualcuno|un operatore|una persona|un umano)"),
  ],
  refusals: [phrase('non voglio (?:parlare|chattare) con (?:un |una |il |la )?(?:bot|robot|macchina)')],
  negations: ["non (?:\\w+ )?(?:voglio|ho bisogno|serve|servono|desidero|vorrei|e necessario|c'e bisogno|mi serve)", 'senza'],
  notAPerson: [
    'sei (?:un |una )?(?:persona|umano|bot|robot)(?: reale| vera| vero)?',
    'risorse umane', 'errore umano', 'diritti umani', 'corpo umano',
    'agenti? (?:assicurativ[oi]|di viaggio|immobiliar[ei]|di cambiamento|segret[oi])', "leggibile (?:dall'uomo|da umani)",
  ],
  clauseBreaks: ['ma', 'per favore', 'perche', 'quindi', 'solo'],
};
