/**
 * Word lists for frustration signals, kept as data. English first, with the common forms in
 * Spanish, French, German, Portuguese, Italian and Dutch.
 */

export const frustrationPhrases =
  /\b(this is (ridiculous|absurd|a joke|unacceptable|insane|crazy)|ridiculous|unacceptable|waste of (my )?time|wasting my time|fed up|sick (and tired )?of|had enough|are you (kidding|serious)|what a joke|worst (service|company|experience|bot)|terrible (service|support|experience)|not help(ing|ful)|(doesn'?t|does not|didn'?t|did not) help|no help at all|for the (second|third|fourth|fifth|\d+(st|nd|rd|th)) time|(i'?ve|i have) (already )?(told|asked|explained)|again and again|how many times|still waiting|nobody (is )?(helping|answers|cares)|es (ridículo|inaceptable)|una vergüenza|c'est (ridicule|inadmissible|n'importe quoi)|das ist (lächerlich|inakzeptabel|eine frechheit)|isso é (ridículo|inaceitável)|ridicolo|inaccettabile|thanks for nothing|what the (fuck|hell)|wtf|dit is (belachelijk|onacceptabel))\b/i;

export const insults =
  /\b(you('?re| are)|this (bot|thing|app|company) is|your (bot|company|service) is)\s+(so\s+|really\s+|completely\s+|totally\s+)?(useless|stupid|dumb|pathetic|worthless|incompetent|garbage|trash|a joke|idiots?|morons?|hopeless)\b|\b(useless|stupid|dumb|pathetic) (bot|machine|company|service|app)\b|\b(idiots?|morons?|clowns?|scammers?|thie(f|ves))\b/i;

export const profanity = /\b(f+u+c+k+\w*|shit+\w*|crap+\w*|damn+\w*|hell|bullshit|wtf|ffs|bloody|bastards?|mierda|joder|putain|merde|schei(ß|ss)e|verdammt|porra|merda|cazzo|kut|godverdomme)\b/i;

/** Words that make profanity or capitals happy rather than angry. */
export const positiveMarkers = /\b(thanks?|thank you|thx|awesome|amazing|great|love|perfect|excellent|wonderful|fantastic|brilliant|fast|quick|helpful|works|worked|fixed|solved|yeah|yay|gracias|merci|danke|obrigad[oa]|grazie|bedankt)\b|[😀😃😄😁😊🙂😍🥰👍🎉❤]/iu;

export const shortNegativeReplies =
  /^(no+|nope|nah|still no|no(,)? still|not (really|helpful|working)|(it )?(still )?(does ?n[o']?t|did ?n[o']?t|won'?t) work|(that |it )?(did|does)n'?t (help|work)|still (not|doesn'?t|broken)( working)?|wrong|that'?s wrong|not what i asked|nothing|same (problem|issue|thing)|no(,)? (it|that) (didn'?t|doesn'?t)( work| help)?)[.!? ]*$/i;

/** Function words ignored when comparing two questions. */
export const stopWords = new Set(
  'a an and are am be been but by can could do does did for from have has had how i if in is it its me my of on or our please so that the then there this to was we were what when where which who why will with would you your'.split(' '),
);
