import { phrase, type LanguagePhrases } from '../languagePhrases.ts';

const det = String.raw`(?:(?:one of (?:your|the|ur)|some of (?:your|the)|a member of (?:your|the)|a|an|the|some|any|your|ur|another|a different|a second|one) )?`;
const adj = String.raw`(?:(?:real|live|actual|actually|human|normal|proper|living|physical|genuine|flesh and blood|non robotic|non robot|non bot|non ai|non automated|other|different|competent|knowledgeable|qualified|experienced|senior|bloody|damn|goddamn|fucking|freaking|customer|support|service|bank|hotel|help desk|helpdesk|tech|technical|trained|more intelligent|smarter|bit more intelligent) ){0,3}`;
const person = String.raw`(?:human beings?|humans?|persons?|people|agents?|representatives?|operators?|advisors?|advisers?|employees?|staff(?: members?)?|managers?|supervisors?|specialists?|consultants?|workers?|team members?|colleagues?|associates?|attendants?|receptionists?|assistants?|individuals?|someone|somebody|anyone|anybody|cleaners|housekeepers?|guy|lady|man|woman|boss)`;
const strongPerson = String.raw`(?:human beings?|humans?|persons?|agents?|representatives?|operators?|advisors?|advisers?|managers?|supervisors?|employees?|staff members?)`;
const desk = String.raw`(?:reception|front desk|concierge|spa(?: team)?|gym|restaurant|room service|housekeeping|team|desk|department)`;
/** A preposition or article, or a typo of one ("ot", "na", "t"), but not "in"/"for"/"my" ("speak in a woman's voice"). */
const shortWord = String.raw`(?!(?:in|on|at|of|for|as|by|is|be|it|up|off|and|or|but|so|if|me|you|him|her|us|them|my|our|his|its|how|why)\b)[a-z']{1,3}`;
/** Not "I was talking to an agent yesterday" or "stop talking to bots". */
const notNarrative = String.raw`(?<!\b(?:was|were|been|am|i'm|is|are|you're|stop|quit|keep|kept|finished|done) )`;
const talk = String.raw`(?:talk|talking|speak|speaking|chat|chatting|converse|communicate|contact|contacting|reach|reaching|get in touch|getting in touch|get through|getting through|get hold of|get ahold of|have a chat|have a word|be in touch|deal|discuss (?:this|it|that))`;
const connect = String.raw`(?:transfer|connect|put|pass|patch|forward|redirect|direct|route|send|hand|switch|escalate|get)`;
const connectToDesk = String.raw`(?:transfer|connect|put|pass|patch|forward|redirect|direct|route|switch)`;
const want = String.raw`(?:need|want|wanted|would like|'d like|i'd like|prefer|rather have|demand|request|requesting|ask for|asking for|looking for|give me|get me|give us|let me have|(?:can|could|may) (?:i|we) (?:please )?(?:have|get)|bring me)`;

/**
 * English: "talk to a person", "transfer me to an agent", "I need a human", "is there anyone
 * I can actually talk to?", "I don't want to talk to a bot".
 *
 * @example
 *   english.requests.some((p) => (p.lastIndex = 0, p.test('talk to a human'))) // true
 */
export const english: LanguagePhrases = {
  requests: [
    // Up to two short tokens before the person: "to a", "with an", and their typos "ot", "na", "t".
    phrase(notNarrative, talk, ` (?:directly |right now |now |personally )?(?:(?:with|${shortWord}) ){0,2}(?:directly )?`, det, adj, person, String.raw`(?! (?:service|support|care)\b)`),
    phrase(notNarrative, talk, ' (?:directly )?(?:to |with )(?:the |your )', desk),
    phrase(connect, ' (?:to )?(?:me|us|this|it|my (?:call|chat|case|query|issue|request)) (?:through |over |back |on |directly )?(?:to |with |over to |through to |on to |in touch with |)', det, adj, person),
    phrase('(?:be|get|being) (?:transferred|connected|put through|passed|redirected|forwarded|escalated|put in touch) (?:directly )?(?:to|with) ', det, adj, `(?:${person}|(?:the |your )${desk})`),
    phrase(connectToDesk, ' (?:me|us|this|my call) (?:through |over |directly )?(?:to|with) (?:the |your |)', `(?:${desk}|customer (?:service|support|care))`),
    phrase('call (?:a |an )?(?:real |live )?(?:human|agent|representative|operator)'),
    phrase('(?:put|patch) me through'),
    // A whole message naming a person: "agent", "a human please".
    phrase("(?<=^|[.!?,] |please )(?:(?:a|an|the) )?(?:live |real |human )?(?:human|agent|representative|operator|person|someone|manager|supervisor)(?: please| now)?(?= [.!?]|$)"),
    // A whole message naming a desk: "spa team please", "reception".
    phrase("^(?:the )?(?:spa|gym|restaurant|reception|front desk|concierge|housekeeping|room service|sales|billing)(?: team| department| desk)?(?: please)?(?= [.!?]|$)"),
    phrase('escalate (?:this|it|me|my case)(?= ?(?:please|now|\\.|!|$))'),
    phrase(want, ' ', det, adj, strongPerson),
    phrase('(?:help|assistance|support|answer|response|advice|ask|asking|call|callback|call back) (?:\\w+ ){0,4}?from ', det, adj, person),
    phrase('(?:real|live|actual|normal|living|flesh and blood|non robotic|human) (?:human beings?|humans?|persons?|people|agents?|representatives?|operators?|advisors?|employees?)'),
    phrase('(?:human|agent|representative|operator|person|real person) please'),
    // "Is there anyone I can talk to?", "is there a real person there?", not "is there someone in the area who can check my engine".
    phrase(
      "(?:is|isn't|are) there (?:not )?(?:anyone|anybody|someone|somebody|a (?:real |live |actual )?(?:person|human|agent)|any (?:real |live )?(?:humans?|people|agents?|persons?))",
      '(?: (?:else|real|there|here|available|around|on the line|at all|out there)){0,3}',
      "(?= (?:(?:that |who )?(?:i |we )?(?:can |could )?(?:actually |really |just )?(?:talk|speak|chat|to talk|to speak|to chat|help me|to help me)\\b|[?!.]|please\\b)| ?$)",
    ),
    phrase('(?:anyone|anybody|someone|somebody|a person|a human) (?:there |here |available |)(?:(?:that|who) )?(?:i|we) can (?:actually |really |just )?(?:talk|speak|chat)'),
    phrase('(?:anyone|anybody|someone|somebody) (?:there|here) to (?:talk|speak|chat)'),
    phrase('(?:is |are )?(?:anyone|anybody|somebody|someone) (?:there|alive|home)(?= \\?)'),
    phrase('can (?:i |we )?(?:get|have|talk to|speak to|speak with|talk with) (?:someone|somebody|anyone|anybody) else'),
    phrase('can (?:someone|somebody|anyone|anybody) else (?:please )?(?:take a look|look|help|check|handle|deal)'),
    phrase('get (?:me )?(?:someone|somebody|anyone)(?: else)? (?:to help|to assist|to talk|to speak|on the line|on the phone|who (?:can|knows|understands))'),
    phrase('(?:need|want|like) (?:someone|somebody) (?:real |human )?(?:to (?:talk|speak|chat|help me|assist me|explain)|who can help)'),
  ],
  refusals: [
    phrase("(?:don't|do not|never|won't|will not) (?:want|wanna|wish|like) to (?:talk|speak|chat|deal) (?:to|with) (?:you|a bot|a robot|a machine|this bot|the bot|bots|robots|machines|a computer|an ai|ai|a chatbot)"),
    phrase('stop (?:talking|chatting|speaking) (?:to|with) (?:you|bots?|robots?|machines?|a bot|a machine|virtual agents?)'),
    phrase("(?:not|don't|do not|never) (?:\\w+ ){0,2}?(?:comfortable|happy|trust)(?: \\w+){0,6}? (?:with|to) (?:a |an |the |this |your )?(?:machine|bot|robot|computer|chatbot|ai)"),
  ],
  negations: [
    "(?:don't|do not|doesn't|does not|didn't|did not|won't|will not|wouldn't|would not|never|no longer|rather not|not|no)(?: (?:really|even|actually|necessarily|particularly|think i|feel like|think we)){0,3} (?:need|needs|want|wanna|want to|wish|require|care|have to|like|asking|ask|looking|trying|necessary|needed|required|interested)",
    // A negated imperative: "please don't connect me to a human", "never transfer me"; but
    // "you don't transfer me" complains that no transfer happens, so it stays a request.
    "(?<!you )(?<!you do )(?:don't|do not|never|no need to) (?:connect|transfer|put|pass|send|route|hand|escalate)",
    'no need', 'rather not', 'without', 'no (?:humans?|persons?|people|agents?|operators?|one)', 'not (?:a |an )?(?:human|person|agent)',
  ],
  notAPerson: [
    // Asking whether the assistant is a person is not asking for one.
    "(?:are you|you are|you're|your|if you|you be|is this|is it) (?:(?:really|actually|just|even|an?|ai|bot|computer|robot|machine|or|still|also|talking to|speaking to|speaking with|talking with) ){0,6}(?:(?:real|actual|live|living|breathing) ){1,3}(?:human beings?|human|person|people)",
    "am i (?:talking|speaking|chatting) (?:to|with) (?:(?:an?|ai|bot|or|the|some) ){0,3}(?:(?:real|actual|live) ){0,3}(?:human beings?|human|person|someone|somebody)(?: real)?",
    '(?:(?:a|an) )?(?:(?:real|actual|live) ){1,3}(?:human|person) or (?:an? )?(?:ai|bot|robot|computer|machine)',
    'like a (?:real )?(?:person|human)',
    // Saying what one is, or what a person did, is not asking for one.
    "(?:i'm|i am|we're|we are|im) (?:a |an )?(?:(?:real|actual|live) )?(?:human being|human|person|people)",
    '(?:the|that|your|this) (?:(?:human|real|live) )?(?:agent|person|operator|rep|representative) (?:(?:already|just|finally) )?(?:fixed|solved|helped|resolved|sorted|was|did|said|told|answered|gave|sent|is|has|had|called)',
    // A person needed for something else: "I need a person to sign for the delivery".
    '(?:need|needs|needed|want|wants) (?:a|an|the|some) (?:person|someone|somebody) (?:to (?:sign|pick up|collect|receive|be (?:home|there|present)|deliver|install))',
    // A question about whether a person is needed: "do I have to talk to someone to close an account".
    'do (?:i|we|you) (?:really )?(?:need|have) to (?:talk|speak|contact|chat|go through)',
    'human (?:resources|readable|error|errors|rights|nature|body|capital|trafficking|interest|genome|history|life|race)',
    '(?:insurance|travel|real estate|estate|secret|free|shipping|forwarding|customs|booking|rental|letting|leasing|sports|talent|literary|press|patent|double|undercover|fbi|border|ticket|land|property|mortgage|listing|claims|user|software|ssh|monitoring|build|cleaning|chemical|oxidizing|reducing|bleaching) agents?',
    'agents? of (?:change|chaos)', '(?:virtual|ai|digital|automated|chat|chatbot|smart|voice|personal|google) (?:agents?|assistants?)',
    '(?:tour|network|mobile|phone|telecom|logical|boolean|bitwise|spread) operators?', 'person to person', 'contact person',
    "(?:are you|is this|am i talking to|i'm talking to|you're) (?:a |an )?(?:real |actual |live )?(?:human|person|bot|robot|machine)",
  ],
  clauseBreaks: ['but', 'so', 'and', 'then', 'instead', 'please', 'just', 'let me', 'give me', 'because', 'since', 'however', 'although', 'can i', 'could i'],
};
