import { phrase, type LanguagePhrases } from '../languagePhrases.ts';

const person = String.raw`(?:menschen|mensch|mitarbeiter|mitarbeiterin|berater|beraterin|agenten|kundenberater|kundenberaterin|sachbearbeiter|sachbearbeiterin|person|operator|vorgesetzten|servicemitarbeiter|ansprechpartner|jemandem|jemand|jemanden)`;
const article = String.raw`(?:(?:einem|einer|dem|der|ihrem|ihrer|einen|eine) )?(?:(?:echten|richtigen|realen|menschlichen|lebenden|anderen) )?`;
const talk = String.raw`(?:sprechen|reden|chatten|verbunden|verbinden|telefonieren|schreiben|kommunizieren|kontaktieren)`;

/**
 * German: "ich möchte mit einem Menschen sprechen", "verbinden Sie mich mit einem Mitarbeiter".
 *
 * @example
 *   german.requests.some((p) => (p.lastIndex = 0, p.test('mit einem menschen sprechen'))) // true
 */
export const german: LanguagePhrases = {
  requests: [
    phrase('mit ', article, person, '(?: \\w+){0,4}? ', talk),
    phrase('(?:sprechen|reden|chatten|verbinden sie mich|verbinde mich|verbinden|kontakt)(?: \\w+){0,2}? mit ', article, person),
    phrase('(?:echten|echter|echte|richtigen|realen|menschlichen|lebenden) (?:menschen|mensch|person|mitarbeiter|mitarbeiterin|berater|ansprechpartner|agenten)'),
    phrase('(?:will|mochte|moechte|brauche|hatte gern|haette gern|hatte gerne|wurde gerne|bitte) (?:gerne |bitte |jetzt |sofort )?(?:einen|eine) (?:echten |echte |richtigen |menschlichen |)(?:menschen|mitarbeiter|mitarbeiterin|berater|beraterin|person|ansprechpartner|agenten|kundenberater)'),
    phrase('(?:ist|gibt es) (?:da |hier )?(?:jemand|einen menschen|einen mitarbeiter)'),
    phrase(person, ' (?:sprechen|bitte)(?= [.!?]|$)'),
  ],
  refusals: [phrase('(?:will|mochte|moechte) nicht (?:mehr )?mit (?:einem |einer |dem )?(?:bot|roboter|maschine|computer) (?:sprechen|reden|chatten)')],
  negations: ['(?<!\\b(?:kann|konnen|darf|warum) (?:ich|man) )nicht', 'kein|keine|keinen|keinem|keiner', 'ohne', 'nie'],
  notAPerson: [
    '(?:bist du|sind sie|ist das) (?:ein |eine )?(?:echter |echte )?(?:mensch|person|bot|roboter)','menschliche[rsn]? (?:fehler|versagen|irrtum)', 'menschenlesbar', 'fur menschen lesbar', 'agenten? des wandels'],
  clauseBreaks: ['aber', 'bitte', 'sondern', 'denn', 'weil', 'und', 'also'],
};
