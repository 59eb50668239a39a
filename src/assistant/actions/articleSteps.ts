/** Verbs a help article's instructions start with ("Open Settings", "Clear the browser cache"). */
const imperative =
  /^(open|close|clear|disable|enable|try|check|reconnect|connect|disconnect|run|restart|reboot|reinstall|install|uninstall|update|upgrade|sign|log|go|choose|select|pick|click|tap|press|make|turn|remove|delete|refresh|reload|wait|contact|allow|reset|switch|use|visit|confirm|verify|ensure|copy|paste|enter|type|add|download|upload|request|save|set|change|find|look|follow|accept|grant|re-?enter|re-?open|quit|exit|empty|unplug|plug)\b/i;
/** A sentence that says when to do something is a step too ("If it still fails, …"). */
const conditional = /^(if|when|then|after|before|once|otherwise)\b/i;

/** An article's body read as instructions: the steps in order, and the sentences that explain. */
export interface ArticleSteps {
  steps: string[];
  /** Sentences that are not instructions ("Sync errors usually mean an expired connection."). */
  context: string[];
}

/**
 * Read a help article's body as numbered steps: each imperative or conditional sentence is
 * a step, and a list of instructions in one sentence ("Clear the cache, disable extensions,
 * and try a private window") is split into one step per instruction. Other sentences are
 * context.
 *
 * @example
 *   articleSteps('Sync errors usually mean an expired connection. Open Integrations, reconnect the account, and run a manual sync.')
 *   // { context: ['Sync errors usually mean an expired connection.'],
 *   //   steps: ['Open Integrations.', 'Reconnect the account.', 'Run a manual sync.'] }
 */
export function articleSteps(body: string): ArticleSteps {
  const steps: string[] = [];
  const context: string[] = [];
  for (const sentence of sentences(body)) {
    if (conditional.test(sentence)) steps.push(sentence);
    else if (imperative.test(sentence)) steps.push(...instructions(sentence));
    else context.push(sentence);
  }
  return { steps, context };
}

function sentences(body: string): string[] {
  return body
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=\S)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** "Open A, choose B, then C." → ["Open A.", "Choose B.", "C."] when every part is an instruction. */
function instructions(sentence: string): string[] {
  const bare = sentence.replace(/[.!]+$/, '');
  const parts = bare
    .split(/,\s*(?:and |then |or )?|\s+and then\s+|;\s*/)
    .map((part) => part.trim().replace(/^then\s+/i, ''))
    .filter((part) => part.length > 0);
  if (parts.length < 2 || !parts.every((part) => imperative.test(part))) return [sentence];
  return parts.map((part) => `${part.charAt(0).toUpperCase()}${part.slice(1)}.`);
}
