import { orderLookup } from './orderLookup.ts';
import { passwordReset } from './passwordReset.ts';
import { planChange } from './planChange.ts';
import { refundPortal } from './refundPortal.ts';
import type { ActionId, SelfServiceAction } from './selfServiceAction.ts';
import { troubleshooting } from './troubleshooting.ts';

/**
 * The built-in assistant's self-service actions, in the order `chooseAction` prefers them
 * on a tie: looking the order up comes before offering a refund for it.
 *
 * @example
 *   selfServiceActions.map((a) => a.id) // ['order_lookup', 'refund_portal', 'password_reset', 'plan_change', 'troubleshooting']
 */
export const selfServiceActions: readonly SelfServiceAction[] = [orderLookup, refundPortal, passwordReset, planChange, troubleshooting];

/**
 * One action of the catalogue by id.
 *
 * @example
 *   actionById('refund_portal')?.run(input)
 */
export function actionById(id: ActionId | string, catalogue: readonly SelfServiceAction[] = selfServiceActions): SelfServiceAction | undefined {
  return catalogue.find((action) => action.id === id);
}
