import { phrases, type TopicRule } from './topicRule.ts';

/**
 * Personal safety: smoke, sparks, fire, a gas smell, an injury, threats, feeling unsafe,
 * self-harm. "Safety deposit box", "smoke test" and "Fire TV" are not. Self-harm counts even
 * when denied in the same breath ("I'm not suicidal, but…"): a person should read it.
 *
 * @example
 *   "there's smoke coming out of the charger".match(safety.shows) // ['smoke']
 */
export const safety: TopicRule = {
  topic: 'safety',
  shows: phrases(
    'smoke', 'smoking', 'smoked', 'sparks?', 'sparking', 'sparked', 'on fire', 'caught fire', 'catch(?:es|ing)? fire', 'flames?',
    'fire hazard', 'burst into flames', 'burning smell', String.raw`smell(?:s|ed|ing)? (?:of |like )?(?:burning|gas|smoke)`,
    'gas (?:smell|leak|leaking)', 'leaking gas', 'carbon monoxide', 'explod(?:ed|ing|es)', 'explosion', 'swollen battery',
    'battery (?:is )?(?:swelling|swollen|bulging)', 'electric shock', 'electrocuted', String.raw`(?:shocked|burned|burnt) (?:me|my|him|her)`,
    'injur(?:y|ies|ed)', '(?:broke|broken|fractured) (?:my|his|her|their|a) (?:arm|leg|wrist|ankle|hand|finger|nose|ribs?|back|tooth)', 'concussion',
    String.raw`hurt (?:me|myself|my|him|her|them|us)`, 'bleeding', 'ambulance', 'emergency room',
    'threat(?:s|en|ens|ened|ening)?', 'stalk(?:ing|er|ed)', 'harass(?:ing|ed|ment)', 'feel(?:ing)? (?:unsafe|threatened|in danger)',
    'not safe', 'unsafe', 'in danger', String.raw`(?:scared|afraid|fear(?:ful)?) for my (?:life|safety)`, 'domestic (?:violence|abuse)',
    'safety (?:hazard|issue|concern|risk|problem)',
    // es, fr, de, pt, it, nl
    'humo', 'huele a gas', 'ça sent le gaz', 'cheira a g[áa]s', 'puzza di gas', 'ruikt naar gas', 'chispas?', 'olor a gas', 'fuga de gas', 'incendio', 'herid[oa]', 'lesi[óo]n', 'amenazas?', 'amenazad[oa]', 'inseguro',
    'fum[ée]e', 'étincelles?', 'odeur de gaz', 'fuite de gaz', 'incendie', 'bless[ée]e?', 'blessures?', 'menaces?', 'menac[ée]e?',
    'rauch', 'raucht', 'funken', 'gasgeruch', 'riecht nach gas', 'mich verletzt', 'bedroh(?:t|ung)', 'fuma[çc]a', 'fa[íi]scas?',
    'cheiro de g[áa]s', 'vazamento de g[áa]s', 'inc[êe]ndio', 'ferid[oa]', 'amea[çc]a', 'fumo', 'scintille', 'odore di gas',
    'fuga di gas', 'ferit[oa]', 'minacci(?:a|e|ato)', 'rookt', 'rook komt', 'vonken', 'gaslucht', 'gaslek', 'gewond', 'bedreig(?:d|ing)',
  ),
  showsEvenNegated: phrases(
    'self ?harm', 'suicid(?:e|al)', 'kill(?:ing)? myself', 'end(?:ing)? my life', 'hurt(?:ing)? myself', String.raw`(?:want|wanna) to die`,
    "don'?t want to (?:live|be alive) anymore", 'suicidio', 'me quiero morir', 'me suicider', 'selbstmord', 'suizid', 'suic[íi]dio',
    'zelfmoord',
  ),
  lookalikes: phrases(
    'safety deposit box(?:es)?', 'smoke (?:tests?|testing|detectors?|alarms?)', 'smoking (?:area|room)',
    'no smoking', 'fire ?(?:tv|stick|tablet|wall|fox|base|store)', 'kindle fire', 'ceasefire', String.raw`fire (?:the|that|this|your) (?:agent|employee|person)`,
    'flame ?(?:graph|war)s?', 'threat (?:detection|intelligence|protection|model(?:s|ing)?)', 'sparks? (?:cluster|job|joy)', 'apache spark',
    'spark plugs?', 'threat(?:en|ened|ening)? to (?:cancel|leave|close|switch|unsubscribe|go elsewhere)', 'in danger of (?:losing|missing|being late)', String.raw`(?:is|it'?s|was) not safe to (?:say|assume)`,
  ),
};
