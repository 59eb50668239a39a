import { phrase, type LanguagePhrases } from '../languagePhrases.ts';

const person = String.raw`(?:ser humano|persona|agente|asesor|asesora|operador|operadora|representante|empleado|empleada|encargado|encargada|gerente|supervisor|supervisora|humano|humana|alguien|ejecutivo|ejecutiva)`;

/**
 * Spanish: "quiero hablar con una persona", "pásame con un agente", "¿hay alguien?".
 *
 * @example
 *   spanish.requests.some((p) => (p.lastIndex = 0, p.test('hablar con una persona'))) // true
 */
export const spanish: LanguagePhrases = {
  requests: [
    phrase(
      '(?:hablar|habla|conversar|charlar|chatear|comunica|comuniquen|comunicar|comunicarme|comunicarnos|atienda|atiendan|atender|contactar|ponerme en contacto|pasame|paseme|pasarme|ponme|pongame|ponerme|transfiereme|transfierame|comunicame|comuniqueme|conectame|conecteme|necesito|quiero|quisiera|prefiero|dame|deme)',
      ' (?:directamente )?(?:con |a |de |)(?:un |una |el |la |alguna |algun |otro |otra |su |tu |)', person,
    ),
    phrase('(?:persona real|persona de verdad|ser humano|agente humano|asesor humano|operador humano|atencion humana|carne y hueso|un humano)'),
    phrase('(?<=^|[.!?,] )(?:un |una )?(?:humano|agente|asesor|asesora|operador|operadora|representante|persona real)(?: por favor| ya)?(?= [.!?]|$)'),
    phrase('alguien (?:que )?(?:me |nos )?(?:puede |podria |pueda )?atender'),
    phrase('hay (?:alguien|alguna persona|algun humano|un humano|una persona)'),
  ],
  refusals: [phrase('no quiero (?:hablar|chatear) con (?:un |una |el |)(?:bot|robot|maquina)')],
  negations: ['no (?:me )?(?:\\w+ )?(?:necesito|quiero|hace falta|deseo|busco|es necesario|quisiera|hay necesidad)', 'sin'],
  notAPerson: [
    '(?:eres|es usted|eres tu|sos) (?:un |una )?(?:persona|humano|humana|bot|robot)(?: real| de verdad)?',
    '(?:recursos|derechos|error|errores|cuerpo) humanos?',
    'agentes? (?:de seguros?|de viajes?|de cambio|de bienes raices|de aduanas?|inmobiliarios?|de seguridad)',
    'legible por (?:humanos|personas)',
  ],
  clauseBreaks: ['pero', 'por favor', 'porque', 'y', 'asi que', 'solo'],
};
