import { BREAK, visit, type ASTNode, type FieldNode, type GraphQLResolveInfo } from 'graphql';
import type { Config } from '../../../config.js';
import { pageSize } from '../page-size.js';
import { selects } from '../selection.js';
import { connectionNodeFields, planNode, type NodePlan } from './relation-plan.js';

/** What a connection field's selection asks of the database, apart from the field's own arguments. */
export interface ConnectionPlan {
  /** The properties and relations, to any depth, read of each node (planNode). */
  selection: NodePlan;
  /** Whether `totalCount` is selected. */
  withTotal: boolean;
}

type PageSizeConfig = Pick<Config, 'defaultPageSize' | 'maxPageSize'>;

/**
 * Plans made for a connection field of a query document, by its node in the document. Apollo
 * Server keeps a document it has parsed and validated, and hands the same nodes to every request
 * that sends it again; a plan without variables depends on that document alone. `null` marks a
 * field whose selection uses variables, planned afresh each time.
 */
const plans = new WeakMap<FieldNode, { config: PageSizeConfig; plan: ConnectionPlan } | null>();

/**
 * The plan of the connection field being resolved. Made once per field of a document (and page-size
 * configuration) when no variable appears in its selection or the document's fragments (its own
 * arguments, such as `after: $cursor`, are not part of the plan), since
 * `@include(if: $x)` or a nested `first: $n` would change it; otherwise made for every request.
 * On the benchmark's page of companies, walking the selection took about 1 % of our Node CPU per
 * request (README, Performance).
 */
export function connectionPlan(info: GraphQLResolveInfo, typeName: string, config: PageSizeConfig): ConnectionPlan {
  const node = info.fieldNodes.length === 1 ? info.fieldNodes[0] : undefined;
  const cached = node ? plans.get(node) : null;
  if (cached && cached.config === config) return cached.plan;
  const plan: ConnectionPlan = {
    selection: planNode(info, typeName, connectionNodeFields(info), (size) => pageSize(size as number | undefined, config)),
    withTotal: selects(info, 'totalCount'),
  };
  if (node && cached !== null) plans.set(node, usesVariables([node.selectionSet, ...Object.values(info.fragments)]) ? null : { config, plan });
  return plan;
}

/** Whether a variable appears anywhere in these nodes of a document. */
function usesVariables(nodes: (ASTNode | undefined)[]): boolean {
  let found = false;
  for (const node of nodes) {
    if (!node) continue;
    visit(node, {
      Variable() {
        found = true;
        return BREAK;
      },
    });
    if (found) return true;
  }
  return false;
}
