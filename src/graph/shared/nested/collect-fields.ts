import {
  getDirectiveValues, GraphQLIncludeDirective, GraphQLSkipDirective, isAbstractType, Kind,
  type FieldNode, type FragmentSpreadNode, type GraphQLObjectType, type GraphQLResolveInfo,
  type InlineFragmentNode, type NamedTypeNode, type SelectionSetNode,
} from 'graphql';

/**
 * The fields selected on an object type under the given field nodes, grouped by response key
 * (alias or name), the way GraphQL's own execution collects them: through fragments whose type
 * condition applies, and leaving out what `@skip`/`@include` exclude. Field nodes that share a
 * response key are merged, as execution merges them.
 */
export function collectFields(info: GraphQLResolveInfo, type: GraphQLObjectType, fieldNodes: readonly FieldNode[]): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visitedFragments = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined): void => {
    for (const selection of selectionSet?.selections ?? []) {
      if (!included(info, selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        fields.set(key, [...(fields.get(key) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(info, selection.typeCondition, type)) visit(selection.selectionSet);
      } else if (!visitedFragments.has(selection.name.value)) {
        visitedFragments.add(selection.name.value);
        const fragment = info.fragments[selection.name.value];
        if (fragment && applies(info, fragment.typeCondition, type)) visit(fragment.selectionSet);
      }
    }
  };
  for (const node of fieldNodes) visit(node.selectionSet);
  return fields;
}

function included(info: GraphQLResolveInfo, node: FieldNode | InlineFragmentNode | FragmentSpreadNode): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if !== false;
}

function applies(info: GraphQLResolveInfo, condition: NamedTypeNode | undefined, type: GraphQLObjectType): boolean {
  if (!condition) return true;
  const conditionType = info.schema.getType(condition.name.value);
  if (conditionType === type) return true;
  return conditionType !== undefined && isAbstractType(conditionType) && info.schema.isSubType(conditionType, type);
}
