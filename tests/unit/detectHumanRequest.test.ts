import { describe, expect, it } from 'vitest';
import { detectHumanRequest } from '../../src/analysis/detectHumanRequest.ts';

describe('detectHumanRequest', () => {
  const hears = (text: string) => expect(detectHumanRequest(text).requested, text).toBe(true);
  const ignores = (text: string) => expect(detectHumanRequest(text).requested, text).toBe(false);

  it.each([
    'can I talk to a real person?',
    'I want to speak with a human agent please',
    'this is useless, I need a human',
    'is there anyone I can actually talk to?',
    'quiero hablar con una persona',
    'je veux parler à quelqu\u2019un',
    'ich möchte mit einem Menschen sprechen',
    'posso falar com alguém?',
    'vorrei parlare con qualcuno',
    'kan ik met iemand spreken',
  ])('hears a request in %j', hears);

  it.each([
    "I don't need a human, just tell me the opening hours",
    'please email human resources about my payslip',
    'my insurance agent said the claim is covered',
    'is the export human-readable?',
    'how do I reset my password',
  ])('does not escalate %j', ignores);

  it.each([
    'tlak to a humna',
    'speek to an agnet',
    'can i tlak to a reall persn',
    'I wnat to speak to a human beign',
    'let me talk to someoen',
    'I NEED A HUMAAAN',
    'pls conect me to an opertor',
    'how to speak tosomebody',
    'want help talking ot somebody',
  ])('reads through typos: %j', hears);

  it.each([
    'talk to a person',
    'I want a human agent',
    'real person please',
    'I need help from someone',
    'transfer me to a representative',
    'put me through to a live agent',
    'can I get someone on the line?',
    'get me your manager',
    'human please',
    'agent',
    'Pass me to a human please',
    "I'd rather talk to a person",
    'Can I please get a human on the line',
    'I would like to be transferred to an agent',
    'could you put me in touch with a person',
    'I cannot get through to an agent',
    'you are useless. human!',
    'please escalate this to a human',
    'I would really appreciate it if I could speak with one of your representatives about this issue',
  ])('hears the plain variants: %j', hears);

  it.each([
    'is there anyone I can actually talk to?',
    'is there a real person there?',
    'anybody there ?',
    'can somebody else take a look at my refund claim?',
    'can you get someone to help me?',
    "i don't want to talk to you!",
    'I really want to stop talking to bots and virtual agents, get me to someone else!',
    "I don't feel comfortable sharing my personal details with a machine",
    'do you have someone there to talk to?',
  ])('hears indirect forms: %j', hears);

  it('hears a request embedded in a long message, and quotes it', () => {
    const text =
      'Hi there. I ordered a blue jacket three weeks ago (order 8821) and it still has not arrived. ' +
      'The tracking page says it was delivered but nothing came, and I already checked with my neighbours. ' +
      'Honestly I have been going around in circles with this chat for twenty minutes, ' +
      'so could I please speak to an actual person about it? Thanks.';
    expect(detectHumanRequest(text)).toEqual({ requested: true, matched: 'speak to an actual person' });
  });

  it('quotes the customer as written, accents and case included', () => {
    expect(detectHumanRequest('Ich möchte mit einem MENSCHEN sprechen!').matched).toBe('mit einem MENSCHEN sprechen');
  });

  it.each([
    ['es', 'quiero hablar con un agente humano'],
    ['es', 'pásame con un asesor, por favor'],
    ['es', '¿hay alguien con quien pueda hablar?'],
    ['fr', 'je voudrais parler à un conseiller'],
    ['fr', 'passez-moi une vraie personne'],
    ['fr', "y a-t-il quelqu'un ?"],
    ['de', 'verbinden Sie mich bitte mit einem Mitarbeiter'],
    ['de', 'ich will einen echten Menschen'],
    ['de', 'kann ich mit jemandem reden?'],
    ['pt', 'quero falar com um atendente'],
    ['pt', 'preciso de uma pessoa real'],
    ['pt', 'tem alguém aí?'],
    ['it', 'mi passi un operatore per favore'],
    ['it', "c'è qualcuno?"],
    ['it', 'voglio parlare con una persona reale'],
    ['nl', 'ik wil met een medewerker praten'],
    ['nl', 'verbind me door met een echt persoon'],
    ['nl', 'is er iemand?'],
    ['nl', 'mag ik een medewerker spreken?'],
    ['es', 'quisiera que me atienda una persona'],
    ['es', 'kiero ablar con una presona'],
    ['fr', 'je veux parler a un conseiler'],
    ['de', 'ich will mit einem Mitarbieter sprechen'],
    ['it', 'vorrei parlare con un operatre'],
    ['es', '¿alguien me puede atender?'],
    ['es', 'Me comunica con un agente por favor'],
    ['pt', 'um atendente por favor'],
    ['it', 'un operatore per favore'],
    ['nl', 'een medewerker alstublieft'],
    ['de', 'Kann ich einen echten Menschen haben?'],
  ])('hears %s: %j', (_language, text) => hears(text));

  it.each([
    ['en', "I don't need a human, just the opening hours"],
    ['en', 'no need to talk to a person, thanks'],
    ['en', 'I do not want to speak to an agent'],
    ['en', 'I can sort this out without talking to anyone'],
    ['en', "I'm not asking for a human"],
    ['es', 'no necesito hablar con una persona'],
    ['es', 'no quiero un agente, solo la factura'],
    ['fr', 'je ne veux pas parler à un conseiller'],
    ['fr', "pas besoin d'un humain"],
    ['de', 'ich muss nicht mit einem Menschen sprechen'],
    ['de', 'ich brauche keinen Mitarbeiter'],
    ['pt', 'não preciso falar com um atendente'],
    ['it', 'non voglio parlare con un operatore'],
    ['nl', 'ik hoef niet met een medewerker te praten'],
    ['en', 'i would rather not talk to a person'],
    ['en', 'talking to a person is not necessary'],
    ['es', 'no quiero hablar con nadie'],
    ['fr', 'je ne veux parler à personne'],
  ])('respects a negation in %s: %j', (_language, text) => ignores(text));

  it('hears a request in the clause after a negation', () => {
    hears("I don't want to wait any longer, let me talk to a person");
    hears('no i dont want to make a transfer please let me speak with someone else');
    hears("I don't know how to talk to a person");
  });

  it.each([
    'please email human resources about my payslip',
    'my insurance agent said the claim is covered',
    'is the export human-readable?',
    'she is a real agent of change in our team',
    'my travel agent booked the wrong flight',
    'the refund was late because of a human error',
    'I talked to an agent yesterday and he said it was fixed',
    'can I make a transfer to a new person?',
    'I want to send money to someone abroad',
    'someone stole my card',
    'i need someone to clean my room',
    'are you a real person?',
    'am i talking to a real live person',
    'are you a bot or a real person',
    'what do you call someone who was born in segovia',
    'speak in a woman\'s voice',
    'is there someone in the area who can check my engine light',
    'Can somebody else top up my account?',
    'do I have to talk to someone to close an account or can I do it in the app',
    'I want to speak to customer service about my bill',
    'what hours can I call customer support?',
    'the personal details are correct',
    'recursos humanos me dijo que no',
    'mon agent immobilier est en vacances',
    'errore umano nella fattura',
    "j'ai parlé à un conseiller hier",
    'hablé con un agente ayer y no me ayudó',
    'Ich habe gestern mit einem Mitarbeiter gesprochen',
    'ik heb met een medewerker gesproken',
    'quiero reservar una mesa para una persona',
    'el agente de viajes',
    'der Versicherungsagent',
    'menselijke fout',
    'eres una persona real?',
    'Ist das ein Mensch oder ein Bot?',
  ])('is not fooled by %j', ignores);

  it.each([
    '',
    ' ',
    'a'.repeat(100_000),
    'talk to '.repeat(12_000),
    '😀🙏🏽 🇪🇸',
    'أريد التحدث مع شخص',
    'שלום',
    '\u0000\u0007\u001b[31m\u202e',
    '\ud800 lone \udfff surrogates',
    'Ⅻ ﬁ ß ǅ İ',
  ])('never throws on %#', (text) => {
    expect(() => detectHumanRequest(text)).not.toThrow();
    expect(typeof detectHumanRequest(text).requested).toBe('boolean');
  });

  it('hears a request at the end of a long message', () => {
    hears(`${'lorem ipsum dolor sit amet, '.repeat(500)}can I talk to a human?`);
  });

  it.each([
    'can i talk to a lvie agent',
    'speak to a rael person please',
    'I want to talk to a reak human',
    'can i cht with an agent',
    'want assistance to cat with a person',
    'i need to tak to someone',
    'foward me to an agent',
    'pls redirct me to a human',
  ])('reads a typo from the word after it: %j', hears);

  it.each([
    'i want a realperson',
    'connect me with a liveagent',
    'let me talk to a damnhuman',
    'i want to speakwith an agent',
    'transferme to a human',
    'let me talkto a human',
    'can udirect me to an agent',
    'anagent please',
  ])('reads words glued together: %j', hears);

  it.each([
    'five agents helped me already',
    'give someone access to my account',
    'I like people who answer quickly',
    'my life agent called me',
    'the line agent said no',
    "I don't need a liveagent",
    'I do not want to talkto a human',
    'can you tell me what the amount on my directv bill is',
    'my cat with a hat',
  ])('does not read a real word as a typo, nor drop a negation: %j', ignores);

  it('quotes glued and misspelt words as the customer wrote them', () => {
    expect(detectHumanRequest('ok I want a REALPERSON now').matched).toBe('want a REALPERSON');
    expect(detectHumanRequest('Talk to a Lpive Agent!').matched).toBe('Talk to a Lpive Agent');
  });

});
