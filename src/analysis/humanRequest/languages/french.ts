import { phrase, type LanguagePhrases } from '../languagePhrases.ts';

// "personne" without an article means "nobody", so it only counts after one.
const person = String.raw`(?:(?:un |le |l'|d'un |un vrai |un autre )(?:humain|conseiller|agent|operateur|etre humain|interlocuteur|responsable|employe|technicien)|(?:une |la |d'une |une vraie |une autre )(?:personne|conseillere|operatrice|vraie personne)|quelqu'un|quelquun|quelqu un)`;

/**
 * French: "je veux parler à quelqu'un", "passez-moi un conseiller", "une vraie personne".
 *
 * @example
 *   french.requests.some((p) => (p.lastIndex = 0, p.test("parler a quelqu'un"))) // true
 */
export const french: LanguagePhrases = {
  requests: [
    phrase(
      "(?:parler|discuter|causer|echanger|joindre|contacter|communiquer|besoin|veux|voudrais|souhaite|souhaiterais|passez moi|passe moi|en relation|transferez moi|transferer|redirigez moi|avoir)",
      " (?:directement )?(?:a |avec |au |aupres d'|aupres de |de |)", person,
    ),
    phrase('(?:personne reelle|vraie personne|vrai humain|etre humain|conseiller humain|agent humain|operateur humain|un humain|en chair et en os)'),
    phrase("(?:y a t il|il y a|y a|est ce qu'il y a) (?:quelqu'un|quelquun|un humain|une personne|un conseiller)"),
  ],
  refusals: [phrase('(?:veux|voudrais) (?:plus |pas )?parler (?:a|avec) (?:un |une |la |le )?(?:robot|bot|machine)')],
  negations: ['(?:veux|voudrais|souhaite|desire) pas', 'pas (?:besoin|la peine|necessaire)', "n'ai pas besoin", 'sans'],
  notAPerson: [
    '(?:etes vous|es tu|tu es|vous etes) (?:un |une )?(?:vraie |vrai )?(?:humain|personne|robot|bot)(?: reelle)?',
    'ressources humaines', 'erreur humaine', "droits de l'homme", 'corps humain', 'nature humaine',
    "agents? (?:d'assurances?|de voyages?|immobiliers?|de change(?:ment)?|secrets?)", "lisible par (?:l'homme|un humain)",
  ],
  clauseBreaks: ['mais', "s'il vous plait", "s'il te plait", 'parce que', 'donc', 'et', 'alors'],
};
