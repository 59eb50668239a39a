/**
 * What a customer's reply can say about the attempt before it. Strong signals decide on
 * their own: `succeeded`, `failed`, `declined`, and `pending` ("I'll try that", which keeps
 * the attempt offered). Weak ones decide only when nothing strong is said: `thanks` (a
 * success), and a bare `yes` or `no` (read against the attempt's question).
 */
export type OutcomeSignal = 'succeeded' | 'failed' | 'declined' | 'pending' | 'thanks' | 'yes' | 'no';

/** A phrase pattern and what it signals. */
export interface OutcomePhrase {
  signal: OutcomeSignal;
  pattern: RegExp;
  /** Whether a negation just before flips it ("not fixed" fails; "not getting the error" succeeds). */
  negatable?: boolean;
}

/** Whole words only, Unicode-aware (JavaScript's \b does not see "ü" or "é" as letters). */
function phrase(source: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'giu');
}

const neg = "(?:didn'?t|did not|doesn'?t|does not|don'?t|do not|hasn'?t|has not|haven'?t|isn'?t|is not|wasn'?t|was not|won'?t|will not|can'?t|cannot|not|never|still not|still doesn'?t|still won'?t|still can'?t)";

const english: [OutcomeSignal, string, boolean?][] = [
  ['succeeded', "(?:that|this|it)(?:'s| has| is)? (?:did the trick|did it|worked|works|work now|helped|helps|fixed it|solved it|sorted it|fixed|solved|sorted|resolved)", true],
  ['succeeded', '(?:works|working|loads|loading) (?:now|again|fine|great|perfectly)', true],
  ['succeeded', 'worked|perfect|perfectly|excellent|brilliant|fixed|solved|sorted|resolved|makes sense|done|submitted|(?:back )?up and running', true],
  ['succeeded', "got it|found it|i see it now|i'?m in|(?:can|could) (?:log|sign) in now|logged in|all (?:good|set|sorted)|back to normal", true],
  ['succeeded', "(?:that'?s|that is) (?:exactly )?what i (?:needed|wanted|was looking for)|that answers (?:it|my question)|(?:got|received) (?:it|the (?:email|link|code|refund))", true],
  ['succeeded', "no (?:more )?(?:errors?|problems?|issues?)(?: any ?more| now)?|not (?:broken|an issue|a problem) any ?more|no longer (?:broken|an issue|a problem|happening)|problem(?:'s| is)? (?:gone|solved|fixed)"],
  ['failed', `${neg} (?:really |even |quite |seem to |seems to )?(?:work|working|worked|help|helped|helping|load|loading|loaded|open|opening|fix|fixed|solve|solved|change anything|do anything|show|showing|appear|appearing|arrive|arrived|come|came|exist|go through|went through|see|find|receive|received|get|got|gotten|listed|there|visible|available)`],
  ['failed', "there'?s no (?:\\w+ )?(?:button|option|charge|link|email|way|page)|no (?:difference|change)|(?:didn'?t|did not) make (?:a|any) difference|(?:is|'s|are|seems|looks) down"],
  ['failed', `still (?:broken|not|doesn'?t|does not|isn'?t|hasn'?t|haven'?t|can'?t|cannot|won'?t|failing|fails|the same|stuck|blank|spinning|getting|having|seeing|showing|no|nothing|an? (?:error|issue|problem))`],
  ['failed', "(?:can'?t|cannot|couldn'?t|could not|unable to|not able to) (?:find|see|locate|log ?in|sign ?in|access|open|get|load|reset|download|use|click|spot)"],
  ['failed', "expired|broken|dead link|invalid|error|errors|failing|failed|fails|crash(?:es|ed|ing)?|404|same (?:error|problem|issue|thing)|nothing (?:happens|happened|changed|works|loads)|no luck|never (?:came|arrived|got)", true],
  ['failed', "already (?:tried|did|done) (?:that|this|it|those|these|all (?:of )?(?:that|those))|(?:that|this|it)(?:'s| is| was) (?:useless|no help|not helpful|unhelpful)|not (?:helpful|useful)|unhelpful|useless|(?:it|that|this) (?:didn'?t|did not|hasn'?t|has not)(?= *[.!?]|$)"],
  ['declined', "no,? (?:thanks|thank you|thx)|nah,? (?:thanks|i'?m good)|(?:i )?(?:don'?t|do not) (?:want|need)(?: (?:a|the|to|it|that|any))?|no need"],
  ['declined', "not (?:what i (?:asked|meant|wanted|need|needed|was asking(?: for)?)|my (?:question|problem|issue)|the (?:problem|issue|question)|relevant)|(?:that|this|it)(?:'?s| is) not (?:it|what|my|the)|wrong (?:article|answer|thing|link)"],
  ['declined', `${neg} answer (?:my|the) question|(?:has|have) nothing to do with|i asked (?:about|for)`],
  ['declined', "never ?mind|forget it|(?:i'?d|i would) rather (?:not|talk|speak)|not interested|i'?ll pass|maybe later|not now"],
  ['pending', "(?:i'?ll|i will|let me|going to|gonna) (?:try|check|have a look|look|give it a (?:go|try)|do that|test)|trying (?:it |that )?now|(?:one|a|just a) (?:sec|second|moment|minute)|hold on|brb"],
  ['thanks', 'thanks|thank you|thx|ty|cheers|much appreciated|appreciate it|great|awesome|cool|nice|helpful|👍|🙏'],
  ['yes', '^\\s*(?:yes|yep|yeah|yup|it did|sure did)'],
  ['no', '^\\s*(?:no|nope|nah|not really)'],
];

const spanish: [OutcomeSignal, string, boolean?][] = [
  ['succeeded', 'funcion[óo]|ya funciona|funciona (?:ahora|bien)|listo|perfecto|resuelto|solucionado|lo encontr[ée]|ya est[áa]'],
  ['failed', 'no (?:me )?(?:funciona|funcion[óo]|sirve|sirvi[óo]|carga|abre|aparece|encuentro|lo encuentro|la encuentro|lleg[óo]|pude)|sigue (?:sin|igual|fallando|roto)|todav[íi]a no|caducad[oa]|caduc[óo]|expirad[oa]|expir[óo]'],
  ['declined', 'no,? gracias|no quiero|no necesito|no es (?:eso|lo que)|eso no es lo que|olv[íi]dalo'],
  ['pending', 'lo (?:intento|pruebo)|voy a probar'],
  ['thanks', 'gracias|muchas gracias'],
];

const french: [OutcomeSignal, string, boolean?][] = [
  ['succeeded', "(?:ça|ca|cela) (?:marche|fonctionne)(?: maintenant| bien)?|parfait|résolu|resolu|c'est bon|c'est réglé|je l'ai trouvé"],
  ['failed', "ne (?:marche|fonctionne|charge|s'affiche|s'ouvre|trouve)\\w*(?: toujours)? (?:pas|plus)|(?:marche|fonctionne) (?:toujours )?pas|toujours (?:pas|le même|la même|cassé|bloqué)|je (?:ne )?(?:le |la |les )?trouve pas|expirée?|n'a pas (?:marché|fonctionné|aidé)"],
  ['declined', "non,? merci|je ne veux pas|ce n'est pas (?:ça|ca|ce que)|pas ce que j'ai demandé|laissez tomber|pas besoin"],
  ['pending', "je (?:vais )?(?:essaie|essayer|teste|tester)"],
  ['thanks', 'merci|merci beaucoup'],
];

const german: [OutcomeSignal, string, boolean?][] = [
  ['succeeded', "(?:hat|hats|es hat) (?:jetzt )?(?:funktioniert|geklappt|geholfen)|funktioniert (?:jetzt|wieder)|passt|perfekt|erledigt|gelöst|geht jetzt|klappt jetzt|läuft wieder"],
  ['failed', "(?:funktioniert|geht|klappt|lädt|läuft|hilft)(?: jetzt| immer| noch| leider){0,3} nicht|(?:hat|hats) (?:nicht|nichts) (?:funktioniert|geklappt|geholfen|gebracht)|immer noch (?:kaputt|nicht|der gleiche fehler|dasselbe problem)|(?:finde|sehe)(?: \\S+){0,3} nicht|abgelaufen|fehler"],
  ['declined', 'nein,? danke|(?:will|möchte|brauche)(?: ich)? (?:keine|keinen|kein|nicht)|das (?:ist|war) nicht (?:das|was)|vergiss es|schon gut'],
  ['pending', 'ich (?:probiere|versuche|teste) (?:es|das)'],
  ['thanks', 'danke|vielen dank|dankeschön'],
];

/** Every phrase, English first; Spanish, French and German with a few phrases each. */
export const outcomePhrases: readonly OutcomePhrase[] = [...english, ...spanish, ...french, ...german].map(([signal, source, negatable]) => ({
  signal,
  pattern: phrase(source),
  negatable: negatable ?? false,
}));

/** Words after which a success or a problem reads the other way round ("not fixed", "never worked"). */
export const negationBefore =
  /(?:^|\s)(?:not|never|hardly|barely|no longer|cannot|(?:do|does|did|is|was|were|are|has|have|had|could|would|should|ca|wo|ai)n'?t)(?:\s+\S+){0,2}\s*$/iu;

/** Words after which a success is asked about or hoped for, not reported ("is it fixed?", "once it works"). */
export const conditionBefore = /(?:^|\s)(?:is|was|will|did|does|do|has|have|should|could|would|when|if|until|once|hope|hopefully|whether)(?:\s+\S+){0,2}\s*$/iu;

/** Where a reply's clauses break: sentence ends and contrast words ("thanks, but …"). */
export const clauseBreak = /[.!?;,\n]|(?<![\p{L}])(?:but|however|though|although|pero|aunque|sin embargo|mais|cependant|pourtant|aber|jedoch|allerdings)(?![\p{L}])/giu;
