import { phrases, type TopicRule } from './topicRule.ts';

const CHARGED = String.raw`(?:charged|billed|debited|invoiced)`;
const MORE_THAN_ONCE = String.raw`(?:twice|double|two times|three times|four times|(?:[2-9]|\d{2,}) ?(?:x|times)|multiple times|more than once|several times)`;
// "charged me again" is a complaint; "please charge me again" and "I paid again" are not.
const REPEAT = String.raw`(?:${MORE_THAN_ONCE}|again)`;

/**
 * A contested charge: charged twice, unauthorized, the wrong amount, or charged after
 * cancelling. Questions about billing ("download my billing history", "will I be charged twice
 * if I upgrade?") are not disputes.
 *
 * @example
 *   'you double charged me'.match(billingDispute.shows) // ['double charged']
 */
export const billingDispute: TopicRule = {
  topic: 'billing_dispute',
  shows: phrases(
    String.raw`(?:double|duplicated?|twice|two) (?:charged|charges?|charging|billed|billing|payments?|transactions?|debits?|withdrawals?)`,
    String.raw`${CHARGED} (?:me |us |my card |my account )?${REPEAT}`,
    String.raw`(?:charg(?:e|ing)|bill(?:ing)?) (?:me|us|my card) ${MORE_THAN_ONCE}`,
    String.raw`(?:paid|took (?:the )?(?:money|payment)) ${MORE_THAN_ONCE}`,
    String.raw`unauthori[sz]ed (?:charges?|transactions?|payments?|debits?|purchases?|withdrawals?)`,
    String.raw`(?:didn'?t|did not|never) (?:authori[sz]ed?|approved?|agreed? to)`,
    String.raw`${CHARGED} (?:me |us )?for (?:something|an order|a subscription|items?|a purchase|things?) (?:i|we) (?:didn'?t|did not|never) (?:order|buy|purchase|make|sign up for)`,
    // "you charged me $450 for order A-99812 that I never placed"
    String.raw`${CHARGED}[^.!?,;\n]{0,50}? (?:that |which )?(?:i|we) (?:didn'?t|did not|never) (?:order(?:ed)?|place[d]?|buy|bought|purchase[d]?|make|made|sign(?:ed)? up for)`,
    String.raw`(?:don'?t|do not|didn'?t|did not) recogni[sz]e (?:this|the|that|a|these|those) (?:charges?|transactions?|payments?|debits?)`,
    String.raw`(?:fraudulent|unknown|mystery|bogus|suspicious|incorrect|wrong) (?:charges?|transactions?|payments?|debits?|amount|bill|invoice)`,
    String.raw`over ?charg(?:ed|ing)`,
    String.raw`${CHARGED} (?:me |us )?[^.!?\n]{0,25}? instead of`,
    String.raw`(?:charged|billed|debited|took|renewed|auto ?renewed)[^.!?\n]{0,40}? without (?:my |our |any )?(?:permission|consent|authori[sz]ation|approval|asking|telling (?:me|us)|notice|warning)`,
    String.raw`(?:charges?|payments?|transactions?|purchases?) (?:that )?(?:i|we) (?:didn'?t|did not|never) (?:make|made|authori[sz]e|order|buy|recogni[sz]e)`,
    String.raw`(?:amount|charge|bill|invoice|statement)[^.!?\n]{0,30}? (?:is|was|looks|seems) (?:wrong|incorrect)`,
    String.raw`(?:payment|charge|transaction|debit) (?:went through|was taken|was processed|appeared|appears|shows? up|showed up|posted) ${REPEAT}`,
    String.raw`${CHARGED} (?:me |us )?(?:the )?(?:wrong amount|too much|more than|extra)`,
    String.raw`(?:still|kept|keep|keeps|continue to|continued to) (?:being |getting )?(?:charged|charging|charges|billed|billing|debited|debiting|taking (?:money|payments?))`,
    String.raw`${CHARGED}[^.!?\n]{0,40}?after (?:i |we )?(?:had |have )?cancel+(?:ed|ing|ation)?`,
    String.raw`${CHARGED}[^.!?\n]{0,40}? (?:even though|despite|although)`,
    String.raw`cancel+ed[^.!?\n]{0,60}?(?:but|yet|and|however)(?:(?!will|would)[^.!?\n]){0,40}?(?:charged|billed|debited|took)`,
    String.raw`disput(?:e|ing)(?: \S+){0,4}? (?:charges?|transactions?|payments?|bill|invoice)`,
    String.raw`charge ?backs?`,
    // es, fr, de, pt, it, nl
    String.raw`cobr(?:o|os|ado|ada|aron) (?:dos veces|duplicados?|de m[aá]s|indebid[oa]s?)`, String.raw`cargos? (?:duplicados?|no autorizados?|indebidos?)`,
    String.raw`me cobraron (?:dos veces|de m[aá]s)`, String.raw`(?:d[ée]bit[ée]e?|pr[ée]lev[ée]e?|factur[ée]e?) (?:deux fois|[àa] tort)`,
    String.raw`(?:double|deux) pr[ée]l[èe]vements?`, String.raw`pr[ée]l[èe]vement non autoris[ée]`, String.raw`montant (?:incorrect|erron[ée])`,
    String.raw`(?:doppelt|zweimal) (?:abgebucht|belastet|berechnet)`, String.raw`(?:unberechtigte|nicht autorisierte) (?:abbuchung|belastung)`, String.raw`falscher betrag`,
    String.raw`cobrad[oa] (?:duas vezes|em dobro|a mais)`, String.raw`cobran[çc]a (?:duplicada|indevida|n[ãa]o autorizada)`,
    String.raw`addebitat[oi] due volte`, String.raw`doppio addebito`, String.raw`addebito non autorizzato`,
    String.raw`(?:dubbel|twee keer|onterecht) afgeschreven`, String.raw`dubbele afschrijving`,
  ),
  hypothetical: new RegExp(
    [
      String.raw`(?:will|would|could|can|might|may|do|does)\s+(?:i|we|you|it|they|customers?|people)\s+(?:still\s+|also\s+|ever\s+)?(?:be|get|getting|being)\s+`,
      String.raw`(?:am|is|are)\s+(?:i|we|it|they)\s+(?:still\s+|also\s+)?`,
      String.raw`if\s+(?:i|we)\s+(?:\S+\s+){0,6}`,
      String.raw`(?:avoid|prevent)\s+(?:being\s+|getting\s+)?`,
      String.raw`(?:will|would)\s+(?:you|they)\s+`,
    ].map((ending) => String.raw`(?:(?<!\p{L})${ending}$)`).join('|'),
    'iu',
  ),
};
