import { phrases, type TopicRule } from './topicRule.ts';

/**
 * An accessibility need: a screen reader, blindness or low vision, deafness, a captcha the
 * customer cannot pass, large print. "Dark mode", "window blinds" and "fell on deaf ears" are not.
 *
 * @example
 *   "I'm blind and your captcha is impossible".match(accessibility.shows) // ['blind', 'captcha is impossible']
 */
export const accessibility: TopicRule = {
  topic: 'accessibility',
  shows: phrases(
    'screen ?readers?', 'jaws', 'nvda', 'voiceover', 'talkback', 'braille', 'blind', 'colou?r ?blind', 'visually impaired',
    'vision impaired', 'low vision', 'partially sighted', 'sight impaired', 'deaf', 'hard of hearing', 'hearing impaired',
    'hearing aids?', 'sign language', 'asl interpreter', 'bsl', 'tty', 'relay service', 'large print', 'larger (?:text|font|print)',
    'bigger (?:text|font|print)', String.raw`(?:text|font|print) (?:is )?too small`, 'dyslexi[ac]', 'wheelchair', 'disability',
    'disabilities', String.raw`(?:i'?m|i am|as a) disabled`, 'disabled (?:person|customer|user|veteran)', 'accessibility (?:needs?|requirements?|issues?|problems?|barriers?)',
    String.raw`(?:can'?t|cannot|can not|unable to|impossible to|couldn'?t|could not) (?:\p{L}+ ){0,3}(?:re)?captchas?`,
    String.raw`(?:re)?captchas?[^.!?\n]{0,40}?(?:impossible|inaccessible|not accessible|can'?t|cannot|unable|too hard)`,
    String.raw`(?:can'?t|cannot) (?:see|read) (?:the )?(?:screen|text|buttons?|page)`, String.raw`(?:can'?t|cannot) use a mouse`, 'keyboard only',
    // es, fr, de, pt, it, nl
    'ciegas?', 'ciegos?', 'sord[oa]s?', 'lector de pantalla', 'discapacidad(?:es)?', 'aveugles?', 'sourde?s?', 'malvoyante?s?',
    'malentendante?s?', "lecteur d'[ée]cran", 'handicap', 'handicap[ée]e?', 'gehörlos', 'taub', 'sehbehindert', 'schwerhörig',
    'bildschirmleser', 'behinderung', 'cegas?', 'cegos?', 'surd[oa]s?', 'leitor de tela', 'defici[êe]ncia', 'ciec[oa]', 'non vedente',
    'ipovedente', 'lettore di schermo', 'disabilit[àa]', 'doof', 'slechtziend', 'slechthorend', 'schermlezer',
  ),
  lookalikes: phrases(
    'blinds', 'blind spots?', 'double blind', 'blind eye', 'blind date', 'blind copy', 'deaf ears', 'dark mode',
    String.raw`(?:account|card|feature|option|button|user|notifications?|cookies|javascript|it|is|was|been|got|get) (?:is |was |been |got |has been )?disabled`,
  ),
};
