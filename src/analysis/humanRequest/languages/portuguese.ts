import { phrase, type LanguagePhrases } from '../languagePhrases.ts';

const person = String.raw`(?:atendente|pessoa|humano|agente|operador|operadora|representante|alguem|ser humano|funcionario|funcionaria|gerente|consultor|consultora|supervisor|especialista|atendimento humano)`;

/**
 * Portuguese: "posso falar com alguém?", "quero um atendente humano", "pessoa real".
 *
 * @example
 *   portuguese.requests.some((p) => (p.lastIndex = 0, p.test('falar com alguem'))) // true
 */
export const portuguese: LanguagePhrases = {
  requests: [
    phrase(
      '(?:falar|falo|conversar|contatar|contactar|chamar|quero|preciso|gostaria de|transfere|transfira|passa|passe|coloque em contato|ponha em contato)',
      ' (?:me |diretamente )?(?:com |a |para |de |)(?:um |uma |o |a |algum |alguma |outro |outra |seu |sua |)', person,
    ),
    phrase('(?:pessoa real|pessoa de verdade|atendente humano|atendimento humano|ser humano|agente humano|um humano|carne e osso)'),
    phrase('(?<=^|[.!?,] )(?:um |uma )?(?:atendente|humano|agente|operador|operadora|pessoa real)(?: por favor| agora)?(?= [.!?]|$)'),
    phrase('(?:tem|ha|existe) (?:alguem|algum humano|uma pessoa|algum atendente)'),
  ],
  refusals: [phrase('nao quero (?:falar|conversar) com (?:um |uma |o |a )?(?:bot|robo|maquina)')],
  negations: ['nao (?:\\w+ )?(?:preciso|quero|necessito|desejo|e necessario|gostaria|precisa)', 'sem'],
  notAPerson: [
    '(?:voce e|vc e|e voce) (?:um |uma )?(?:pessoa|humano|robo|bot)(?: real| de verdade)?','(?:recursos|direitos|erro|erros|corpo) humanos?', 'agentes? (?:de seguros?|de viagens?|de mudanca|imobiliarios?)'],
  clauseBreaks: ['mas', 'por favor', 'porque', 'entao', 'so'],
};
