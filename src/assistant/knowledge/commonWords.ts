import { stemEnglish } from './englishTerms.ts';

/**
 * Everyday English words that are not stop words but rarely name what a question is about
 * ("how long does it take", "the page keeps spinning", "the meaning of life"). They still
 * match articles, at a lower weight, and they count less in the confidence; a question whose
 * only matches are such words is not confidently answered.
 */
const words =
  'take took taken make made go goes going went gone come came see saw seen look show set put keep kept give gave ' +
  'find found use used work call seem feel leave left mean meaning start started stop stopped turn run move change ' +
  'happen happened say said think thought wait waiting hold bring bought buy pay paid read write become begin ' +
  'new old good bad big bigger small little long short right same different last next first second able sure ' +
  'whole full empty real actual main only other another enough again always never sometimes often already soon ' +
  'today yesterday tomorrow tonight ago later early late back away around anymore nothing everything anyone ' +
  'everyone thing things time times day days week weeks month months year years people person life world part ' +
  'place effect kind sort lot bit lots number copy issue issues problem problems matter reason case point side ' +
  'minute minutes hour hours morning night weekend guys guy man woman friend one two three four five';

const common = new Set(words.split(' ').map(stemEnglish));

/**
 * Whether a stemmed term is an everyday word (weighs less in search and confidence).
 *
 * @example
 *   isCommonTerm(stemEnglish('keeps')) // true
 *   isCommonTerm('refund') // false
 */
export function isCommonTerm(term: string): boolean {
  return common.has(term);
}
