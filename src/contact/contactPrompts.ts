/** What Baton asks after a waiting customer typed EMAIL or CALLBACK, by language. */
export interface ContactPhrases {
  email: string;
  callback: string;
  noEmail: string;
  emailConfirmed: (address: string) => string;
  callbackConfirmed: (phone: string, when?: string) => string;
}

const at = (when?: string) => (when ? ` (${when})` : '');

export const contactPrompts: Record<string, ContactPhrases> = {
  en: {
    email: 'Please type the email address we should write to. We will send this conversation there and a person will answer by email.',
    callback: 'Please type the phone number we should call, and when suits you (for example: +1 415 555 0134, after 5pm).',
    noEmail: 'Continuing by email is not available here. Reply CALLBACK for a call, or stay in this chat.',
    emailConfirmed: (a) => `You chose to continue by email. We are sending this conversation's summary to ${a}; reply to that email to reach the team.`,
    callbackConfirmed: (p, w) => `You asked for a callback at ${p}${at(w)}. A person will call you; this chat stays open too.`,
  },
  es: {
    email: 'Escribe la dirección de correo a la que debemos escribirte. Te enviaremos esta conversación y una persona te responderá por correo.',
    callback: 'Escribe el número al que debemos llamarte y cuándo te viene bien (por ejemplo: +34 600 000 000, por la tarde).',
    noEmail: 'Aquí no es posible continuar por correo. Responde LLAMADA para que te llamemos, o quédate en este chat.',
    emailConfirmed: (a) => `Elegiste continuar por correo. Enviamos el resumen de esta conversación a ${a}; responde a ese correo para hablar con el equipo.`,
    callbackConfirmed: (p, w) => `Pediste que te llamemos al ${p}${at(w)}. Una persona te llamará; este chat sigue abierto.`,
  },
  fr: {
    email: "Indiquez l'adresse e-mail à laquelle vous écrire. Nous y enverrons cette conversation et une personne vous répondra par e-mail.",
    callback: 'Indiquez le numéro à appeler et le moment qui vous convient (par exemple : +33 6 00 00 00 00, après 17 h).',
    noEmail: "La suite par e-mail n'est pas disponible ici. Répondez RAPPEL pour être rappelé, ou restez dans ce chat.",
    emailConfirmed: (a) => `Vous avez choisi de continuer par e-mail. Nous envoyons le résumé de cette conversation à ${a} ; répondez à cet e-mail pour joindre l'équipe.`,
    callbackConfirmed: (p, w) => `Vous avez demandé à être rappelé au ${p}${at(w)}. Une personne vous appellera ; ce chat reste ouvert.`,
  },
  de: {
    email: 'Bitte geben Sie die E-Mail-Adresse ein, an die wir schreiben sollen. Wir senden diesen Verlauf dorthin, und eine Person antwortet per E-Mail.',
    callback: 'Bitte geben Sie die Nummer ein, unter der wir Sie anrufen sollen, und wann es Ihnen passt (zum Beispiel: +49 30 000000, ab 17 Uhr).',
    noEmail: 'Eine Fortsetzung per E-Mail ist hier nicht möglich. Antworten Sie RÜCKRUF für einen Anruf, oder bleiben Sie in diesem Chat.',
    emailConfirmed: (a) => `Sie möchten per E-Mail weitermachen. Wir senden die Zusammenfassung dieses Gesprächs an ${a}; antworten Sie auf diese E-Mail, um das Team zu erreichen.`,
    callbackConfirmed: (p, w) => `Sie haben einen Rückruf unter ${p}${at(w)} angefordert. Eine Person ruft Sie an; dieser Chat bleibt offen.`,
  },
  pt: {
    email: 'Escreva o endereço de e-mail para onde devemos escrever. Enviaremos esta conversa e uma pessoa responderá por e-mail.',
    callback: 'Escreva o número para onde devemos ligar e quando lhe convém (por exemplo: +351 900 000 000, depois das 17h).',
    noEmail: 'Continuar por e-mail não está disponível aqui. Responda CHAMADA para receber uma chamada, ou fique neste chat.',
    emailConfirmed: (a) => `Escolheu continuar por e-mail. Enviamos o resumo desta conversa para ${a}; responda a esse e-mail para falar com a equipa.`,
    callbackConfirmed: (p, w) => `Pediu uma chamada para ${p}${at(w)}. Uma pessoa vai ligar-lhe; este chat continua aberto.`,
  },
  it: {
    email: "Scrivi l'indirizzo email a cui scriverti. Ti invieremo questa conversazione e una persona ti risponderà via email.",
    callback: 'Scrivi il numero da chiamare e quando ti è comodo (per esempio: +39 300 000 0000, dopo le 17).',
    noEmail: "Qui non è possibile continuare via email. Rispondi CHIAMATA per essere richiamato, o resta in questa chat.",
    emailConfirmed: (a) => `Hai scelto di continuare via email. Inviamo il riepilogo di questa conversazione a ${a}; rispondi a quella email per raggiungere il team.`,
    callbackConfirmed: (p, w) => `Hai chiesto di essere richiamato al ${p}${at(w)}. Una persona ti chiamerà; questa chat resta aperta.`,
  },
  nl: {
    email: 'Typ het e-mailadres waarnaar we moeten schrijven. We sturen dit gesprek daarheen en iemand antwoordt per e-mail.',
    callback: 'Typ het nummer waarop we je moeten bellen, en wanneer het je uitkomt (bijvoorbeeld: +31 6 00000000, na 17 uur).',
    noEmail: 'Verder per e-mail kan hier niet. Antwoord TERUGBELLEN om gebeld te worden, of blijf in deze chat.',
    emailConfirmed: (a) => `Je koos ervoor om per e-mail verder te gaan. We sturen de samenvatting van dit gesprek naar ${a}; beantwoord die e-mail om het team te bereiken.`,
    callbackConfirmed: (p, w) => `Je vroeg om teruggebeld te worden op ${p}${at(w)}. Iemand belt je; deze chat blijft ook open.`,
  },
};
