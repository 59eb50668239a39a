import { Ajv, type ErrorObject } from 'ajv';
import { defaultRoutingPolicy, type RoutingPolicy } from './routingPolicy.ts';
import { routingPolicySchema } from './routingPolicySchema.ts';

const validate = new Ajv({ allErrors: true, coerceTypes: false, discriminator: true }).compile(routingPolicySchema);

/** A JSON Pointer to a field (RFC 6901 escaping). */
function pointer(base: string, key: string | number): string {
  return `${base}/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`;
}

/** One schema error as `path message`, the path pointing at the field itself; null for an echo. */
function schemaProblem(e: ErrorObject): string | null {
  const at = e.instancePath;
  const params = e.params as Record<string, unknown>;
  if (e.propertyName !== undefined) return null; // the `propertyNames` error below names it
  if (e.keyword === 'additionalProperties') return `${pointer(at, String(params.additionalProperty))} is not a known field`;
  if (e.keyword === 'required') return `${pointer(at, String(params.missingProperty))} is required`;
  if (e.keyword === 'propertyNames') return `${pointer(at, String(params.propertyName))} is not a valid skill name`;
  if (e.keyword === 'discriminator') return params.error === 'mapping' ? `${pointer(at, 'kind')} must be overflow_queue or off_hours` : null;
  if (e.keyword === 'enum') return `${at} must be one of ${(params.allowedValues as unknown[]).join(', ')}`;
  return `${at || '(policy)'} ${e.message}`;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Relations between fields the schema cannot say; read defensively, whatever the shape. */
function relationProblems(input: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const maxOffers = typeof input.maxOffers === 'number' ? input.maxOffers : defaultRoutingPolicy.maxOffers;
  const checkTarget = (target: unknown, at: string) => {
    if (!isRecord(target)) return;
    const required = isRecord(target.requiredSkills) ? target.requiredSkills : {};
    const optional = isRecord(target.optionalSkills) ? target.optionalSkills : undefined;
    for (const [skill, level] of Object.entries(optional ?? {})) {
      const floor = required[skill];
      if (typeof level === 'number' && typeof floor === 'number' && level <= floor) {
        problems.push(`${pointer(pointer(at, 'optionalSkills'), skill)} must be above the required level ${floor}`);
      }
    }
    if (target.relaxOptionalAfterSeconds !== undefined && (!optional || Object.keys(optional).length === 0)) {
      problems.push(`${at}/relaxOptionalAfterSeconds needs optionalSkills to relax`);
    }
    if (typeof target.simultaneousOffers === 'number' && target.simultaneousOffers > maxOffers) {
      problems.push(`${at}/simultaneousOffers must be <= maxOffers (${maxOffers})`);
    }
  };
  const seen = new Map<string, number>();
  (Array.isArray(input.rules) ? input.rules : []).forEach((rule: unknown, i) => {
    if (!isRecord(rule)) return;
    if (typeof rule.name === 'string') {
      const first = seen.get(rule.name);
      if (first !== undefined) problems.push(`/rules/${i}/name repeats the name of /rules/${first}`);
      else seen.set(rule.name, i);
    }
    const when = isRecord(rule.when) ? rule.when : {};
    if (typeof when.minPriority === 'number' && typeof when.maxPriority === 'number' && when.minPriority > when.maxPriority) {
      problems.push(`/rules/${i}/when/minPriority must be <= maxPriority (${when.maxPriority})`);
    }
    checkTarget(rule.target, `/rules/${i}/target`);
  });
  checkTarget(input.defaultTarget, '/defaultTarget');
  return problems;
}

/**
 * Read a workspace's routing policy: every top-level field optional (the defaults fill the
 * gaps), unknown fields, wrong types, values out of range and contradictions refused, each
 * problem once with the JSON path of the field it is about.
 *
 * @example
 *   parseRoutingPolicy({ maxOffers: 3 })  // { ok: true, policy: { ...defaultRoutingPolicy, maxOffers: 3 } }
 *   parseRoutingPolicy({ rules: [{ name: 'vip', when: {}, target: { queue: 'vip', colour: 'red' } }] })
 *   // { ok: false, problems: ['/rules/0/target/colour is not a known field'] }
 */
export function parseRoutingPolicy(input: unknown): { ok: true; policy: RoutingPolicy } | { ok: false; problems: string[] } {
  const schemaProblems = validate(input) ? [] : (validate.errors ?? []).map(schemaProblem);
  const problems = [...new Set([...schemaProblems, ...(isRecord(input) ? relationProblems(input) : [])])].filter((p): p is string => p !== null);
  if (problems.length > 0) return { ok: false, problems };
  // A copy: the policy shares nothing with the input or the defaults.
  return { ok: true, policy: structuredClone({ ...defaultRoutingPolicy, ...(input as Partial<RoutingPolicy>) }) };
}
