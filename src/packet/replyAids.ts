import type { AttemptedResolution, HandoffPacket } from './types.ts';

// Pure text helpers the agent console runs while the agent writes (bundled into the browser):
// an opening line matched to the customer's mood, and a warning when the draft proposes what
// the assistant already tried. No Node imports here.

/** Words that say how something was tried, not what: they never make two things alike. */
const filler = new Set(
  'a an and the to of for in on at by with your you my our it this that is are was be or self service offered offer directed sent send walked through steps step ran run confirmed article page link guide help center'.split(' '),
);

/** Phrases an agent uses for a built-in action, beyond the words of its label. */
const actionCues: Record<string, RegExp> = {
  password_reset: /\b(reset(ting)? (your |the )?password|password reset|reset link|new password link)\b/i,
  refund_portal: /\b(refund (portal|page|form|request form)|request (a|the) refund (online|yourself|in your account)|self[- ]service refund)\b/i,
  plan_change: /\b(change (your |the )?plan|plan (change )?page|switch (your )?plan|(upgrade|downgrade) (your )?(plan|subscription))\b/i,
  troubleshooting: /\b(clear(ing)? (the |your )?(cache|cookies)|restart(ing)? (the |your )?(app|device|phone|computer|browser)|log(ging)? out and (back )?in|reinstall(ing)?|turn(ing)? it off and on)\b/i,
};

/** Lower-case word stems: "Resetting" → "reset", "errors" → "error". */
export function stems(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(stem);
}

function stem(word: string): string {
  let w = word;
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('es') && !w.endsWith('ses')) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 3 && w.at(-1) === w.at(-2) && !'aeiouls'.includes(w.at(-1)!)) w = w.slice(0, -1);
  return w;
}

/** The words that name what an attempt was about: "offered self-service refund portal" → refund, portal. */
export function keyTerms(attempt: Pick<AttemptedResolution, 'label' | 'ref'>): string[] {
  const terms = new Set([...stems(attempt.label), ...stems(attempt.ref.replace(/[-_]+/g, ' '))].filter((t) => !filler.has(t) && t.length > 2));
  return [...terms];
}

/**
 * The attempts a draft reply would repeat: it uses a phrase agents say for that action, or
 * names at least two of the attempt's key terms (the only one, when it has just one).
 *
 * @example
 *   repeatedAttempts('Could you try resetting your password?', [{ kind: 'action', ref: 'password_reset', label: 'sent a password reset link', outcome: 'failed' }])
 *   // [that attempt]
 */
export function repeatedAttempts(draft: string, attempts: readonly AttemptedResolution[]): AttemptedResolution[] {
  if (draft.trim().length < 8) return [];
  const words = new Set(stems(draft));
  return attempts.filter((attempt) => {
    const cue = attempt.kind === 'action' ? actionCues[attempt.ref] : undefined;
    if (cue?.test(draft)) return true;
    const terms = keyTerms(attempt);
    const found = terms.filter((t) => words.has(t)).length;
    return terms.length > 0 && found >= Math.min(2, terms.length);
  });
}

/** Opening lines by language: empathy first for an unhappy customer, and the issue named. */
const openers: Record<string, { unhappy: string; neutral: string; fallbackIssue: string }> = {
  en: {
    unhappy: "I'm sorry about {issue}, and that it has taken this long. I'm {agent}; I have the whole conversation here, so you won't need to repeat anything.",
    neutral: "Hi, I'm {agent}. I can see you need help with {issue}, and I have the details from your conversation, so let's sort it out.",
    fallbackIssue: 'this',
  },
  es: {
    unhappy: 'Siento mucho lo de {issue} y que haya tardado tanto. Soy {agent}; tengo toda la conversación aquí, así que no hace falta que repita nada.',
    neutral: 'Hola, soy {agent}. Veo que necesita ayuda con {issue} y tengo los detalles de su conversación; vamos a resolverlo.',
    fallbackIssue: 'esto',
  },
  fr: {
    unhappy: "Je suis désolé pour {issue}, et que cela ait pris autant de temps. Je suis {agent} ; j'ai toute la conversation sous les yeux, inutile de répéter quoi que ce soit.",
    neutral: "Bonjour, je suis {agent}. Je vois que vous avez besoin d'aide pour {issue} et j'ai les détails de votre conversation ; réglons cela.",
    fallbackIssue: 'cela',
  },
  de: {
    unhappy: 'Es tut mir leid wegen {issue}, und dass es so lange gedauert hat. Ich bin {agent}; ich habe das ganze Gespräch vor mir, Sie müssen nichts wiederholen.',
    neutral: 'Hallo, ich bin {agent}. Ich sehe, dass Sie Hilfe bei {issue} brauchen, und habe die Details Ihres Gesprächs; lassen Sie uns das klären.',
    fallbackIssue: 'diesem Anliegen',
  },
  pt: {
    unhappy: 'Lamento muito por {issue} e pela demora. Sou {agent}; tenho toda a conversa aqui, então não precisa repetir nada.',
    neutral: 'Olá, sou {agent}. Vejo que precisa de ajuda com {issue} e tenho os detalhes da sua conversa; vamos resolver isso.',
    fallbackIssue: 'isso',
  },
};

/**
 * An opening line for the agent's first reply, in the customer's language when Baton has
 * one (English otherwise): empathy first when the customer is frustrated or upset, and the
 * issue named so the customer knows the context came with them.
 *
 * @example
 *   openingLine(packet, 'Billing Agent 1')
 *   // "I'm sorry about the disputed charge on order #8821 (89.99 USD), and that it has taken this long. I'm Billing Agent 1; …"
 */
export function openingLine(packet: Pick<HandoffPacket, 'sentiment' | 'intent' | 'escalation'>, agentName: string): string {
  const lang = openers[packet.escalation.language] ? packet.escalation.language : 'en';
  const texts = openers[lang]!;
  // Baton's intent lines are English; in another language the ids still say which issue.
  const issue = lang === 'en' ? issuePhrase(packet) : (issueIds(packet) ?? texts.fallbackIssue);
  const template = packet.sentiment.tag === 'neutral' ? texts.neutral : texts.unhappy;
  // One pass, as functions: customer text is never read as a pattern or as another variable.
  return template.replace(/\{(issue|agent)\}/g, (_match, name: string) => (name === 'issue' ? issue : agentName));
}

/** How a topic reads after "sorry about" / "help with". */
const topicPhrases: Record<string, string> = {
  billing_dispute: 'the disputed charge',
  legal: 'your complaint',
  accessibility: 'getting help in a way that works for you',
  safety: 'the safety issue you reported',
};

/** The issue as a noun phrase: "the disputed charge on order #8821 (89.99 USD)", "your reset password request". */
function issuePhrase(packet: Pick<HandoffPacket, 'intent' | 'escalation'>): string {
  const topic = packet.escalation.topic ? topicPhrases[packet.escalation.topic] : undefined;
  const line = packet.intent.line.trim();
  // "Asks: "…"" quotes the customer (ids may follow: `Asks: "…": order #8821`).
  const quoted = /^Asks: "(.+?)"(?::|$)/.exec(line);
  const head = line.split(':')[0]!.trim();
  const base = topic ?? (quoted ? `your question ("${quoted[1]}")` : head && head !== 'Unknown request' ? `your ${head.toLowerCase()} request` : 'your request');
  const orders = packet.intent.orderIds.slice(0, 2).map((id) => `#${id}`);
  const amounts = packet.intent.amounts.slice(0, 1);
  return `${base}${orders.length ? ` on order ${orders.join(' and ')}` : ''}${amounts.length ? ` (${amounts.join(', ')})` : ''}`;
}

function issueIds(packet: Pick<HandoffPacket, 'intent'>): string | undefined {
  const ids = [...packet.intent.orderIds.map((id) => `#${id}`), ...packet.intent.amounts];
  return ids.length ? ids.join(', ') : undefined;
}
