/**
 * The words whose typos matter: the verbs and nouns of "talk to a person" in the seven
 * languages. A token one edit away from one of these (and not itself a word listed in
 * `nearMisses`) is read as that word, so "tlak to a humna" reads as "talk to a human".
 *
 * @example
 *   keywords.includes('agent') // true: "agnet" and "agnt" read as "agent"
 */
export const keywords: readonly string[] = [
  // English
  'talk', 'talking', 'speak', 'speaking', 'chat', 'chatting', 'contact', 'contacting',
  'human', 'humans', 'person', 'people', 'agent', 'agents', 'someone', 'somebody', 'anyone',
  'anybody', 'operator', 'assistant', 'representative', 'advisor', 'employee', 'manager',
  'supervisor', 'transfer', 'connect', 'direct', 'redirect', 'forward', 'through', 'please', 'help',
  'assistance', 'actual',
  // Spanish
  'hablar', 'persona', 'humano', 'alguien', 'asesor', 'operador', 'representante', 'agente',
  // French
  'parler', 'personne', 'humain', 'conseiller', "quelqu'un", 'quelquun', 'operateur',
  // German
  'sprechen', 'menschen', 'mitarbeiter', 'jemandem', 'jemanden', 'berater', 'verbinden',
  // Portuguese
  'falar', 'pessoa', 'atendente', 'alguem',
  // Italian
  'parlare', 'umano', 'qualcuno', 'operatore',
  // Dutch
  'spreken', 'praten', 'persoon', 'medewerker', 'iemand', 'jemand',
];

/**
 * Real words one edit from a key word, which must stay as written.
 *
 * @example
 *   nearMisses.includes('personal') // true: "personal details" is not "persona details"
 */
export const nearMisses: readonly string[] = [
  'tall', 'walk', 'task', 'talc', 'tale', 'tank', 'stalk', 'chart', 'cheat', 'that', 'what',
  'chap', 'char', 'chats', 'speck', 'sneak', 'steak', 'spear', 'contract', 'contacts', 'argent',
  'personal', 'personnel', 'personas', 'humane', 'agence', 'agenda', 'aged', 'hello',
  'held', 'helm', 'hemp', 'heap', 'though', 'thorough', 'trough', 'manage', 'managed',
  'manger', 'parlor', 'falas', 'falta', 'faltar', 'prate',
  'peoples', 'purpose', 'transfers', 'connects', 'directs', 'directv', 'redirects', 'forwards', 'lease', 'plea', 'pleas',
  'assistants', 'assistent', 'operate', 'operated',
  'operators', 'pessoal', 'personale', 'persone', 'umana', 'umane', 'umani', 'humana',
  'humanos', 'humains', 'humaine', 'actually', 'factual', 'alguno', 'alguna', 'algum',
  // Other tenses of the verbs, which say something happened rather than ask for it.
  'parle', 'parles', 'parlent', 'hable', 'hablo', 'hablaba', 'falei', 'parlo', 'spreek', 'sprak',
];

/**
 * Short words whose usual misspellings are too close to other words to guess by distance.
 *
 * @example
 *   shortForms.get('wth') // 'with'
 */
export const shortForms: ReadonlyMap<string, string> = new Map([
  ['wth', 'with'], ['wiht', 'with'], ['wirh', 'with'], ['whit', 'with'], ['wih', 'with'],
  ['wit', 'with'], ['w', 'with'], ['u', 'you'], ['ya', 'you'], ['ur', 'your'], ['pls', 'please'],
  ['plz', 'please'], ['plse', 'please'], ['pleas', 'please'], ['hlp', 'help'], ['hep', 'help'],
  ['hepl', 'help'], ['ppl', 'people'], ['sum1', 'someone'], ['some1', 'someone'],
  ['any1', 'anyone'], ['tlk', 'talk'], ['agt', 'agent'], ['rep', 'representative'],
  ['reps', 'representative'], ['im', "i'm"], ['wanna', 'want to'], ['gotta', 'have to'],
  ['dont', "don't"], ['doesnt', "doesn't"], ['didnt', "didn't"], ['cant', "can't"],
  ['wont', "won't"], ['isnt', "isn't"], ['arent', "aren't"], ['youre', "you're"],
  ['id', "i'd"], ['ive', "i've"],
]);

/**
 * Words customers glue onto the key word after them ("bloodyperson", "tosomebody",
 * "liveagent"): articles and prepositions, the adjectives the English patterns accept before a
 * person, and "u". A token made of one of these and a key word is read as two words.
 *
 * @example
 *   gluedBefore.includes('bloody') // true: "bloodyperson" reads as "bloody person"
 */
export const gluedBefore: readonly string[] = [
  'to', 'with', 'a', 'an', 'the', 'help', 'u',
  'real', 'live', 'actual', 'human', 'proper', 'normal', 'genuine', 'living', 'bloody', 'damn', 'fucking', 'freaking',
];

/**
 * Short words customers glue onto the key word before them ("talkto", "transferme").
 *
 * @example
 *   gluedAfter.includes('with') // true: "speakwith" reads as "speak with"
 */
export const gluedAfter: readonly string[] = ['to', 'with', 'me', 'please', 'now'];

/**
 * Key words too near ordinary words to correct alone ("live" is one letter from "like", "life",
 * "give"), corrected only where the next word shows what was meant: the adjectives before a
 * person ("a lpive agent"), and the verbs before "to" or "with" ("cat with a person").
 *
 * @example
 *   contextKeywords.beforePerson.includes('live') // true
 */
export const contextKeywords = {
  beforePerson: ['live', 'real'],
  beforePreposition: ['talk', 'chat'],
} as const;

/**
 * The words after which a typo of "live" or "real" is read as that adjective.
 *
 * @example
 *   personWords.includes('agent') // true
 */
export const personWords: readonly string[] = [
  'human', 'humans', 'person', 'persons', 'people', 'agent', 'agents', 'representative', 'representatives',
  'operator', 'operators', 'assistant', 'assistants', 'advisor', 'advisors', 'employee', 'employees', 'rep',
];

/**
 * English words one edit from "live" or "real", which stay as written even before a person
 * word ("five agents", "give someone", "a deal agent"). From wink-nlp's English lexicon.
 *
 * @example
 *   contextNearMisses.includes('five') // true
 */
export const contextNearMisses: readonly string[] = [
  'alive', 'olive', 'ive', 'cive', 'dive', 'five', 'give', 'hive', 'jive', 'rive', 'wive', 'lave', 'love', 'lie', 'lice',
  'life', 'like', 'lime', 'line', 'lire', 'lite', 'liv', 'lived', 'liven', 'liver', 'lives',
  'areal', 'deal', 'heal', 'leal', 'meal', 'peal', 'seal', 'teal', 'veal', 'weal', 'zeal', 'rial', 'regal', 'renal',
  'reel', 'read', 'ream', 'reap', 'rear', 'realm', 'reals',
];
