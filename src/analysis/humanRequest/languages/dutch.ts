import { phrase, type LanguagePhrases } from '../languagePhrases.ts';

const person = String.raw`(?:(?:een |de |jullie |uw |een echte |een echt |een menselijke |een andere )?(?:mens|medewerker|medewerkster|persoon|agent|adviseur|klantenservicemedewerker|operator)|iemand)`;

/**
 * Dutch: "kan ik met iemand spreken", "verbind me door met een medewerker", "een echt persoon".
 *
 * @example
 *   dutch.requests.some((p) => (p.lastIndex = 0, p.test('met iemand spreken'))) // true
 */
export const dutch: LanguagePhrases = {
  requests: [
    phrase('met ', person, '(?: \\w+){0,4}? (?:spreken|praten|chatten|bellen|verbonden|verbinden|contact)'),
    phrase('(?:spreken|praten|chatten|verbind me door|verbind mij door|doorverbinden|verbinden)(?: \\w+){0,2}? met ', person),
    phrase('(?:een (?:echte |echt |menselijke )?(?:mens|medewerker|medewerkster|persoon|adviseur)|iemand)(?: \\w+){0,2}? (?:spreken|aan de lijn|aan de telefoon)'),
    phrase('(?:echt persoon|echte persoon|echt mens|echte mens|menselijke medewerker|vlees en bloed)'),
    phrase('(?<=^|[.!?,] )(?:een )?(?:medewerker|medewerkster|mens|adviseur)(?: alstublieft| alsjeblieft| graag)?(?= [.!?]|$)'),
    phrase('(?:is|zit) (?:er|daar) (?:iemand|een mens|een medewerker)'),
  ],
  refusals: [phrase('wil (?:niet|geen) (?:met |)(?:een )?(?:bot|robot|computer)')],
  negations: ['niet', 'geen', 'zonder', 'nooit'],
  notAPerson: [
    '(?:ben je|bent u|is dit) (?:een )?(?:echt |echte )?(?:mens|persoon|bot|robot)','menselijke (?:fout|fouten|maat)', 'human resources'],
  clauseBreaks: ['maar', 'alsjeblieft', 'alstublieft', 'omdat', 'dus', 'en'],
};
