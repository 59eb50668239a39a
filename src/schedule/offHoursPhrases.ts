/**
 * The sentences of the off-hours and no-agent messages, per language (ISO 639-1). `time` is
 * already formatted for the language and followed by its time zone, e.g. `9:00 (Europe/Berlin)`.
 */
export interface OffHoursPhrases {
  closed: (team: string) => string;
  busy: (team: string) => string;
  saved: string;
  answerAt: (when: string) => string;
  answerWhenBack: string;
  answerWhenFree: string;
  answerSoon: string;
  today: (time: string) => string;
  tomorrow: (time: string) => string;
  onWeekday: (weekday: string, time: string) => string;
  onDate: (date: string, time: string) => string;
  offer: Record<'email' | 'callback' | 'both', string>;
  ask: Record<'email' | 'callback' | 'both', string>;
  stayHere: string;
}

const startsAtOne = (time: string) => /^0?1:/.test(time);

/**
 * Off-hours sentences in en, es, fr, de, pt, it and nl. The reply words (EMAIL and the
 * language's callback word) are the ones `readContinuationChoice` accepts.
 *
 * @example
 *   offHoursPhrases.de.tomorrow('9:00 (Europe/Berlin)') // 'morgen um 9:00 (Europe/Berlin)'
 */
export const offHoursPhrases: Record<string, OffHoursPhrases> = {
  en: {
    closed: (team) => `Our ${team} team is closed right now.`,
    busy: (team) => `Everyone on our ${team} team is busy right now.`,
    saved: "I've saved a summary of this conversation, so you won't have to repeat anything.",
    answerAt: (when) => `A person will answer you here ${when}.`,
    answerWhenBack: 'A person will answer you here as soon as the team is back.',
    answerWhenFree: 'A person will answer you here as soon as someone is free.',
    answerSoon: 'A person will answer you here shortly.',
    today: (time) => `today at ${time}`,
    tomorrow: (time) => `tomorrow at ${time}`,
    onWeekday: (weekday, time) => `on ${weekday} at ${time}`,
    onDate: (date, time) => `on ${date} at ${time}`,
    offer: {
      email: "If you'd rather not wait here, we can continue by email.",
      callback: "If you'd rather not wait here, we can call you back.",
      both: "If you'd rather not wait here, we can continue by email or call you back.",
    },
    ask: {
      email: "Reply EMAIL or choose the button below if you'd like that; we won't email you unless you ask.",
      callback: "Reply CALLBACK or choose the button below if you'd like that; we won't call you unless you ask.",
      both: "Reply EMAIL or CALLBACK, or choose a button below; we won't contact you unless you ask.",
    },
    stayHere: 'You can close this window and come back later: the answer will be waiting in this conversation.',
  },
  es: {
    closed: (team) => `Nuestro equipo de ${team} está fuera de horario ahora mismo.`,
    busy: (team) => `Todas las personas del equipo de ${team} están ocupadas ahora mismo.`,
    saved: 'He guardado un resumen de esta conversación, así que no tendrás que repetir nada.',
    answerAt: (when) => `Una persona te responderá aquí ${when}.`,
    answerWhenBack: 'Una persona te responderá aquí en cuanto vuelva el equipo.',
    answerWhenFree: 'Una persona te responderá aquí en cuanto alguien quede libre.',
    answerSoon: 'Una persona te responderá aquí en breve.',
    today: (time) => `hoy ${startsAtOne(time) ? 'a la' : 'a las'} ${time}`,
    tomorrow: (time) => `mañana ${startsAtOne(time) ? 'a la' : 'a las'} ${time}`,
    onWeekday: (weekday, time) => `el ${weekday} ${startsAtOne(time) ? 'a la' : 'a las'} ${time}`,
    onDate: (date, time) => `el ${date} ${startsAtOne(time) ? 'a la' : 'a las'} ${time}`,
    offer: {
      email: 'Si prefieres no esperar aquí, podemos seguir por correo electrónico.',
      callback: 'Si prefieres no esperar aquí, podemos llamarte.',
      both: 'Si prefieres no esperar aquí, podemos seguir por correo electrónico o llamarte.',
    },
    ask: {
      email: 'Responde EMAIL o elige el botón de abajo si lo deseas; no te escribiremos si no nos lo pides.',
      callback: 'Responde LLAMADA o elige el botón de abajo si lo deseas; no te llamaremos si no nos lo pides.',
      both: 'Responde EMAIL o LLAMADA, o elige un botón de abajo; no te contactaremos si no nos lo pides.',
    },
    stayHere: 'Puedes cerrar esta ventana y volver más tarde: la respuesta te esperará en esta conversación.',
  },
  fr: {
    closed: (team) => `Notre équipe ${team} est fermée pour le moment.`,
    busy: (team) => `Toute notre équipe ${team} est occupée pour le moment.`,
    saved: "J'ai enregistré un résumé de cette conversation : vous n'aurez rien à répéter.",
    answerAt: (when) => `Une personne vous répondra ici ${when}.`,
    answerWhenBack: "Une personne vous répondra ici dès le retour de l'équipe.",
    answerWhenFree: "Une personne vous répondra ici dès que quelqu'un sera disponible.",
    answerSoon: 'Une personne vous répondra ici très bientôt.',
    today: (time) => `aujourd'hui à ${time}`,
    tomorrow: (time) => `demain à ${time}`,
    onWeekday: (weekday, time) => `${weekday} à ${time}`,
    onDate: (date, time) => `le ${date} à ${time}`,
    offer: {
      email: 'Si vous préférez ne pas attendre ici, nous pouvons continuer par e-mail.',
      callback: 'Si vous préférez ne pas attendre ici, nous pouvons vous rappeler.',
      both: 'Si vous préférez ne pas attendre ici, nous pouvons continuer par e-mail ou vous rappeler.',
    },
    ask: {
      email: 'Répondez EMAIL ou choisissez le bouton ci-dessous si vous le souhaitez ; nous ne vous écrirons pas sans votre accord.',
      callback: 'Répondez RAPPEL ou choisissez le bouton ci-dessous si vous le souhaitez ; nous ne vous appellerons pas sans votre accord.',
      both: 'Répondez EMAIL ou RAPPEL, ou choisissez un bouton ci-dessous ; nous ne vous contacterons pas sans votre accord.',
    },
    stayHere: 'Vous pouvez fermer cette fenêtre et revenir plus tard : la réponse vous attendra dans cette conversation.',
  },
  de: {
    closed: (team) => `Unser Team ${team} ist gerade nicht besetzt.`,
    busy: (team) => `In unserem Team ${team} sind gerade alle beschäftigt.`,
    saved: 'Ich habe eine Zusammenfassung dieses Gesprächs gespeichert, Sie müssen also nichts wiederholen.',
    answerAt: (when) => `Eine Person antwortet Ihnen hier ${when}.`,
    answerWhenBack: 'Eine Person antwortet Ihnen hier, sobald das Team wieder da ist.',
    answerWhenFree: 'Eine Person antwortet Ihnen hier, sobald jemand frei ist.',
    answerSoon: 'Eine Person antwortet Ihnen hier in Kürze.',
    today: (time) => `heute um ${time}`,
    tomorrow: (time) => `morgen um ${time}`,
    onWeekday: (weekday, time) => `am ${weekday} um ${time}`,
    onDate: (date, time) => `am ${date} um ${time}`,
    offer: {
      email: 'Wenn Sie hier nicht warten möchten, können wir per E-Mail weitermachen.',
      callback: 'Wenn Sie hier nicht warten möchten, können wir Sie zurückrufen.',
      both: 'Wenn Sie hier nicht warten möchten, können wir per E-Mail weitermachen oder Sie zurückrufen.',
    },
    ask: {
      email: 'Antworten Sie mit EMAIL oder wählen Sie die Schaltfläche unten, wenn Sie das möchten; ohne Ihre Zustimmung schreiben wir Ihnen nicht.',
      callback: 'Antworten Sie mit RÜCKRUF oder wählen Sie die Schaltfläche unten, wenn Sie das möchten; ohne Ihre Zustimmung rufen wir Sie nicht an.',
      both: 'Antworten Sie mit EMAIL oder RÜCKRUF oder wählen Sie eine Schaltfläche unten; ohne Ihre Zustimmung melden wir uns nicht.',
    },
    stayHere: 'Sie können dieses Fenster schließen und später wiederkommen: Die Antwort wartet in diesem Gespräch auf Sie.',
  },
  pt: {
    closed: (team) => `A nossa equipa de ${team} está fechada neste momento.`,
    busy: (team) => `Toda a nossa equipa de ${team} está ocupada neste momento.`,
    saved: 'Guardei um resumo desta conversa, por isso não precisa de repetir nada.',
    answerAt: (when) => `Uma pessoa vai responder-lhe aqui ${when}.`,
    answerWhenBack: 'Uma pessoa vai responder-lhe aqui assim que a equipa voltar.',
    answerWhenFree: 'Uma pessoa vai responder-lhe aqui assim que alguém estiver disponível.',
    answerSoon: 'Uma pessoa vai responder-lhe aqui em breve.',
    today: (time) => `hoje ${startsAtOne(time) ? 'à' : 'às'} ${time}`,
    tomorrow: (time) => `amanhã ${startsAtOne(time) ? 'à' : 'às'} ${time}`,
    onWeekday: (weekday, time) => `${weekday.endsWith('feira') ? 'na' : 'no'} ${weekday} ${startsAtOne(time) ? 'à' : 'às'} ${time}`,
    onDate: (date, time) => `no dia ${date} ${startsAtOne(time) ? 'à' : 'às'} ${time}`,
    offer: {
      email: 'Se preferir não esperar aqui, podemos continuar por email.',
      callback: 'Se preferir não esperar aqui, podemos ligar-lhe.',
      both: 'Se preferir não esperar aqui, podemos continuar por email ou ligar-lhe.',
    },
    ask: {
      email: 'Responda EMAIL ou escolha o botão abaixo, se quiser; não lhe escreveremos sem o seu pedido.',
      callback: 'Responda CHAMADA ou escolha o botão abaixo, se quiser; não lhe ligaremos sem o seu pedido.',
      both: 'Responda EMAIL ou CHAMADA, ou escolha um botão abaixo; não o contactaremos sem o seu pedido.',
    },
    stayHere: 'Pode fechar esta janela e voltar mais tarde: a resposta ficará à sua espera nesta conversa.',
  },
  it: {
    closed: (team) => `Il nostro team ${team} è chiuso in questo momento.`,
    busy: (team) => `Tutto il nostro team ${team} è occupato in questo momento.`,
    saved: 'Ho salvato un riepilogo di questa conversazione, quindi non dovrai ripetere nulla.',
    answerAt: (when) => `Una persona ti risponderà qui ${when}.`,
    answerWhenBack: 'Una persona ti risponderà qui appena il team sarà di nuovo operativo.',
    answerWhenFree: 'Una persona ti risponderà qui appena qualcuno sarà libero.',
    answerSoon: 'Una persona ti risponderà qui a breve.',
    today: (time) => `oggi ${startsAtOne(time) ? "all'" : 'alle '}${time}`,
    tomorrow: (time) => `domani ${startsAtOne(time) ? "all'" : 'alle '}${time}`,
    onWeekday: (weekday, time) => `${weekday} ${startsAtOne(time) ? "all'" : 'alle '}${time}`,
    onDate: (date, time) => `il ${date} ${startsAtOne(time) ? "all'" : 'alle '}${time}`,
    offer: {
      email: 'Se preferisci non aspettare qui, possiamo continuare via email.',
      callback: 'Se preferisci non aspettare qui, possiamo richiamarti.',
      both: 'Se preferisci non aspettare qui, possiamo continuare via email o richiamarti.',
    },
    ask: {
      email: 'Rispondi EMAIL o scegli il pulsante qui sotto, se ti va; non ti scriveremo senza la tua richiesta.',
      callback: 'Rispondi CHIAMATA o scegli il pulsante qui sotto, se ti va; non ti chiameremo senza la tua richiesta.',
      both: 'Rispondi EMAIL o CHIAMATA, oppure scegli un pulsante qui sotto; non ti contatteremo senza la tua richiesta.',
    },
    stayHere: 'Puoi chiudere questa finestra e tornare più tardi: la risposta ti aspetterà in questa conversazione.',
  },
  nl: {
    closed: (team) => `Ons team ${team} is op dit moment gesloten.`,
    busy: (team) => `Iedereen in ons team ${team} is op dit moment bezet.`,
    saved: 'Ik heb een samenvatting van dit gesprek bewaard, dus je hoeft niets te herhalen.',
    answerAt: (when) => `Een medewerker antwoordt je hier ${when}.`,
    answerWhenBack: 'Een medewerker antwoordt je hier zodra het team terug is.',
    answerWhenFree: 'Een medewerker antwoordt je hier zodra er iemand vrij is.',
    answerSoon: 'Een medewerker antwoordt je hier binnenkort.',
    today: (time) => `vandaag om ${time}`,
    tomorrow: (time) => `morgen om ${time}`,
    onWeekday: (weekday, time) => `op ${weekday} om ${time}`,
    onDate: (date, time) => `op ${date} om ${time}`,
    offer: {
      email: 'Wil je hier liever niet wachten, dan kunnen we per e-mail verdergaan.',
      callback: 'Wil je hier liever niet wachten, dan kunnen we je terugbellen.',
      both: 'Wil je hier liever niet wachten, dan kunnen we per e-mail verdergaan of je terugbellen.',
    },
    ask: {
      email: 'Antwoord EMAIL of kies de knop hieronder als je dat wilt; we mailen je niet zonder je toestemming.',
      callback: 'Antwoord TERUGBELLEN of kies de knop hieronder als je dat wilt; we bellen je niet zonder je toestemming.',
      both: 'Antwoord EMAIL of TERUGBELLEN, of kies een knop hieronder; we nemen geen contact op zonder je toestemming.',
    },
    stayHere: 'Je kunt dit venster sluiten en later terugkomen: het antwoord staat dan in dit gesprek.',
  },
};
