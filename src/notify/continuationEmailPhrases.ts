/** The words of the continuation email in one language. */
export interface ContinuationEmailPhrases {
  subject: string;
  greeting: (name: string | undefined) => string;
  intro: string;
  summaryHeading: string;
  howToReply: string;
  reference: (conversationId: string) => string;
}

/**
 * The continuation email in en, es, fr, de, pt, it and nl, in the register of the chat
 * messages (`offHoursPhrases`).
 *
 * @example
 *   continuationEmailPhrases.fr.greeting('Marie') // 'Bonjour Marie,'
 */
export const continuationEmailPhrases: Record<string, ContinuationEmailPhrases> = {
  en: {
    subject: 'Your support conversation continues by email',
    greeting: (name) => (name ? `Hello ${name},` : 'Hello,'),
    intro: "As you asked, we're continuing your support conversation by email.",
    summaryHeading: 'Here is what we have so far:',
    howToReply: 'A person from our team will answer you by email. To add anything, just reply to this email: your reply goes straight into the same conversation, so nobody will ask you to repeat yourself.',
    reference: (id) => `Conversation reference: ${id}`,
  },
  es: {
    subject: 'Tu conversación con soporte continúa por correo electrónico',
    greeting: (name) => (name ? `Hola, ${name}:` : 'Hola:'),
    intro: 'Como nos pediste, seguimos tu conversación con soporte por correo electrónico.',
    summaryHeading: 'Esto es lo que tenemos hasta ahora:',
    howToReply: 'Una persona de nuestro equipo te responderá por correo. Para añadir algo, responde a este correo: tu respuesta llega directamente a la misma conversación, así que nadie te pedirá que repitas nada.',
    reference: (id) => `Referencia de la conversación: ${id}`,
  },
  fr: {
    subject: 'Votre conversation avec le support continue par e-mail',
    greeting: (name) => (name ? `Bonjour ${name},` : 'Bonjour,'),
    intro: "Comme vous l'avez demandé, nous poursuivons votre conversation avec le support par e-mail.",
    summaryHeading: "Voici ce que nous avons pour l'instant :",
    howToReply: "Une personne de notre équipe vous répondra par e-mail. Pour ajouter quelque chose, répondez simplement à cet e-mail : votre réponse rejoint directement la même conversation, vous n'aurez donc rien à répéter.",
    reference: (id) => `Référence de la conversation : ${id}`,
  },
  de: {
    subject: 'Ihr Support-Gespräch geht per E-Mail weiter',
    greeting: (name) => (name ? `Hallo ${name},` : 'Guten Tag,'),
    intro: 'Wie gewünscht führen wir Ihr Support-Gespräch per E-Mail weiter.',
    summaryHeading: 'Das wissen wir bisher:',
    howToReply: 'Eine Person aus unserem Team antwortet Ihnen per E-Mail. Wenn Sie etwas ergänzen möchten, antworten Sie einfach auf diese E-Mail: Ihre Antwort landet direkt im selben Gespräch, Sie müssen also nichts wiederholen.',
    reference: (id) => `Gesprächsreferenz: ${id}`,
  },
  pt: {
    subject: 'A sua conversa com o suporte continua por email',
    greeting: (name) => (name ? `Olá, ${name},` : 'Olá,'),
    intro: 'Como pediu, vamos continuar a sua conversa com o suporte por email.',
    summaryHeading: 'Eis o que temos até agora:',
    howToReply: 'Uma pessoa da nossa equipa vai responder-lhe por email. Para acrescentar alguma coisa, basta responder a este email: a sua resposta entra diretamente na mesma conversa, por isso ninguém lhe vai pedir que repita nada.',
    reference: (id) => `Referência da conversa: ${id}`,
  },
  it: {
    subject: "La tua conversazione con l'assistenza continua via email",
    greeting: (name) => (name ? `Ciao ${name},` : 'Ciao,'),
    intro: "Come ci hai chiesto, continuiamo la tua conversazione con l'assistenza via email.",
    summaryHeading: 'Ecco cosa sappiamo finora:',
    howToReply: 'Una persona del nostro team ti risponderà via email. Per aggiungere qualcosa, rispondi semplicemente a questa email: la tua risposta arriva direttamente nella stessa conversazione, quindi nessuno ti chiederà di ripetere nulla.',
    reference: (id) => `Riferimento della conversazione: ${id}`,
  },
  nl: {
    subject: 'Je gesprek met support gaat verder per e-mail',
    greeting: (name) => (name ? `Hallo ${name},` : 'Hallo,'),
    intro: 'Zoals je vroeg, zetten we je gesprek met support voort per e-mail.',
    summaryHeading: 'Dit weten we tot nu toe:',
    howToReply: 'Iemand van ons team antwoordt je per e-mail. Wil je iets toevoegen, beantwoord dan gewoon deze e-mail: je antwoord komt direct in hetzelfde gesprek, dus niemand vraagt je iets te herhalen.',
    reference: (id) => `Gespreksreferentie: ${id}`,
  },
};
