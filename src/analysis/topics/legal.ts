import { phrases, type TopicRule } from './topicRule.ts';

/**
 * A legal complaint: a lawyer, a lawsuit, a court, a regulator. "Legal name", "is it legal
 * to…", "food court" and "I'm not going to sue anyone" are not.
 *
 * @example
 *   'my lawyer will be in touch'.match(legal.shows) // ['lawyer']
 */
export const legal: TopicRule = {
  topic: 'legal',
  shows: phrases(
    'lawyers?', 'attorneys?', 'solicitors?', 'legal (?:action|proceedings|steps|counsel|recourse|advice|representation)',
    'lawsuits?', 'law ?suits?', 'class action', 'litigation', 'litigate', 'subpoena', 'cease and desist', 'small claims',
    // "sue" only after a verb that plans it: "talk to Sue" and "ask Sue" are a colleague.
    'suing', 'sued', String.raw`(?:going|want|wants|plan|planning|intend|intending|decided|ready|about|threatening|prepared|able|right|have|has) to sue`,
    String.raw`(?:will|i'?ll|we'?ll|gonna|can|could|should|shall|might|may) sue`,
    String.raw`(?:take|taking|took|drag|see) (?:you|this|them|your company|it) (?:to|in) court`, 'in court', 'court (?:case|order|action|date|claim|hearing|summons|papers)', 'summons',
    'regulators?', 'ombudsman', 'trading standards', 'consumer protection', 'attorney general', 'better business bureau',
    'data protection (?:authority|regulator|commissioner|office)', 'ftc', 'cfpb', 'bbb', 'gdpr complaint',
    String.raw`(?:report|reporting|reported|complain|complaint) (?:you |this |your company |it )?(?:to|with) the (?:ftc|cfpb|fca|sec|fcc|ico|cnil|bbb|authorities)`,
    // es, fr, de, pt, it, nl
    'abogad[oa]s?', 'demandar(?:te|les|los)?', 'demanda judicial', 'acciones legales', 'tribunales',
    'avocats?', 'poursuites? judiciaires?', 'porter plainte', 'proc[èe]s', 'action en justice',
    'anwalt', 'rechtsanwalt', 'anw[äa]ltin', 'klage', 'verklagen', 'gericht', 'rechtliche schritte',
    'advogad[oa]s?', 'processar', 'processo judicial', 'a[çc][ãa]o judicial',
    'avvocat[oi]', 'denuncia', 'fare causa', 'tribunale', 'azioni legali',
    'advocaat', 'rechtbank', 'aanklagen', 'rechtszaak', 'juridische stappen',
  ),
  lookalikes: phrases(
    '(?:food|tennis|basketball|volleyball|badminton|squash|racquetball|pickleball|netball) courts?', 'in (?:your|my|our|their) court',
    'legal (?:name|age|entity|address|notice|terms|page|information|info|disclaimer|guardian)', 'attorney fees? field',
  ),
};
