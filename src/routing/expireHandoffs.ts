import type { Deps } from '../core/deps.ts';
import { inTransaction } from '../core/inTransaction.ts';
import { transition } from '../core/stateMachine.ts';
import { conversationTable } from '../message/conversationMachine.ts';
import { handoffTable } from './handoffMachine.ts';
import { rescindPendingOffers } from './rescindPendingOffers.ts';

/** What the customer reads when nobody took their handoff in time, by language. */
const expiredText: Record<string, string> = {
  en: "I'm sorry: nobody on the team could take this conversation in time. I've kept its summary. You can keep chatting with me, or ask for a person again at any time.",
  es: 'Lo siento: nadie del equipo pudo atender esta conversación a tiempo. He guardado su resumen. Puedes seguir hablando conmigo o volver a pedir una persona cuando quieras.',
  fr: "Désolé : personne de l'équipe n'a pu prendre cette conversation à temps. J'en ai gardé le résumé. Vous pouvez continuer avec moi ou redemander une personne à tout moment.",
  de: 'Es tut mir leid: Niemand aus dem Team konnte dieses Gespräch rechtzeitig übernehmen. Die Zusammenfassung ist gespeichert. Sie können mit mir weiterschreiben oder jederzeit wieder nach einer Person fragen.',
  pt: 'Lamento: ninguém da equipa conseguiu atender esta conversa a tempo. Guardei o resumo. Pode continuar a falar comigo ou pedir uma pessoa de novo a qualquer momento.',
  it: 'Mi dispiace: nessuno del team ha potuto prendere questa conversazione in tempo. Ne ho conservato il riepilogo. Puoi continuare a scrivermi o chiedere di nuovo una persona quando vuoi.',
  nl: 'Het spijt me: niemand van het team kon dit gesprek op tijd oppakken. Ik heb de samenvatting bewaard. Je kunt met mij verder chatten of op elk moment opnieuw om een persoon vragen.',
};

/**
 * Close the warm handoffs nobody took within the routing policy's time-to-live (by the
 * database's clock): the pending offer is withdrawn, the handoff is cancelled with the reason,
 * the conversation returns to the assistant, and the customer is told in their language (R6).
 * Off-hours and no-agent handoffs are not closed: those customers were told a person answers
 * when the team opens or someone is free, or chose email or a callback. Returns how many.
 *
 * @example
 *   await expireHandoffs(deps, workspaceId); // 1
 */
export async function expireHandoffs(deps: Deps, workspaceId: string): Promise<number> {
  const policy = await deps.store.routing.policy(workspaceId);
  const stale = await deps.store.routing.staleWarmHandoffs(workspaceId, policy.handoffTtlSeconds);
  let closed = 0;
  for (const handoff of stale) {
    const done = await inTransaction(deps, workspaceId, async (tx, emit) => {
      const conversation = await tx.conversations.lock(workspaceId, handoff.conversationId);
      const current = await tx.handoffs.get(workspaceId, handoff.id);
      if (!conversation || (current?.status !== 'pending' && current?.status !== 'offered')) return false;
      await rescindPendingOffers(tx, emit, workspaceId, '', 'the handoff expired', handoff.id);
      const from = (await tx.handoffs.get(workspaceId, handoff.id))!.status;
      const reason = `no agent took it within ${policy.handoffTtlSeconds} s`;
      if (!(await tx.handoffs.setStatus(workspaceId, handoff.id, from, transition(handoffTable, from, 'cancel'), { closeReason: reason }))) return false;
      const to = transition(conversationTable, conversation.status, 'return_to_assistant');
      await tx.conversations.setStatus(workspaceId, conversation.id, conversation.status, to, null);
      const { message } = await tx.messages.append(workspaceId, conversation.id, {
        id: deps.ids.uuid(),
        authorKind: 'system',
        body: expiredText[handoff.decision.language] ?? expiredText.en!,
      });
      emit({ type: 'handoff.closed', conversationId: conversation.id, handoffId: handoff.id, payload: { status: 'cancelled', reason } });
      emit({ type: 'conversation.status_changed', conversationId: conversation.id, payload: { from: conversation.status, to, cause: 'handoff_expired' } });
      emit({ type: 'message.created', conversationId: conversation.id, payload: { seq: message.seq, authorKind: 'system' } });
      return true;
    });
    if (done) closed += 1;
  }
  return closed;
}
