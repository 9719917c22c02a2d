import {
  getArgumentValues, getNamedType, GraphQLError, isObjectType,
  type FieldNode, type GraphQLField, type GraphQLObjectType, type GraphQLResolveInfo,
} from 'graphql';
import type { RelationArgs } from '../loaders.js';
import { collectFields } from './collect-fields.js';
import { isPropertyField } from './property-fields.js';
import { isValidInput } from './valid-input.js';
import { relationOf, type RegisteredRelation } from './relation-registry.js';

/** What to fetch of the nodes under a selection: which properties (null: all), and which relations. */
export interface NodePlan {
  properties: string[] | null;
  relations: RelationPlan[];
}

/** One relationship field of a selection, with its arguments, and the plan for its neighbours. */
export interface RelationPlan {
  /** The field in the query document this plan answers (the first of its merged nodes): the key its result is found by. */
  field: FieldNode;
  relation: RegisteredRelation;
  args: RelationArgs;
  /** Whether the relationship's own properties are read (fields of an edge object other than its neighbour). */
  relationshipProperties: boolean;
  node: NodePlan;
}

type PageSize = (first: unknown) => number;

/**
 * Plans the selection on nodes of `typeName` under `fieldNodes`: the properties its fields read,
 * and its relationship fields to any depth, so that all of it is fetched in the same query as the
 * nodes. A relationship field is planned only when its arguments pass the checks its resolver
 * would make (page size, class-validator rules of `where`); otherwise it is left out, its resolver
 * runs as usual and reports the error at its own path.
 */
export function planNode(info: GraphQLResolveInfo, typeName: string, fieldNodes: readonly FieldNode[], pageSize: PageSize): NodePlan {
  const type = info.schema.getType(typeName);
  if (!isObjectType(type)) return { properties: null, relations: [] };
  const properties = new Set(['id']);
  let computed = false;
  const relations: RelationPlan[] = [];
  for (const nodes of collectFields(info, type, fieldNodes).values()) {
    const name = nodes[0].name.value;
    const relation = relationOf(typeName, name);
    if (relation) {
      const field = type.getFields()[name];
      const args = argumentsOf(info, field, nodes[0], relation, pageSize);
      if (args) relations.push({ field: nodes[0], relation, args, ...planNeighbour(info, field, relation, nodes, pageSize) });
    } else if (isPropertyField(typeName, name)) {
      properties.add(name);
    } else if (name !== '__typename') {
      // A field with its own resolver may read any property.
      computed = true;
    }
  }
  return { properties: computed ? null : [...properties], relations };
}

/** The `node` fields under `edges` of the connection field being resolved: where its nodes' selections are. */
export function connectionNodeFields(info: GraphQLResolveInfo): FieldNode[] {
  const connectionType = getNamedType(info.returnType);
  if (!isObjectType(connectionType)) return [];
  const edgesFields = fieldsNamed(info, connectionType, info.fieldNodes, 'edges');
  const edgeType = getNamedType(connectionType.getFields().edges?.type);
  return edgeType && isObjectType(edgeType) ? fieldsNamed(info, edgeType, edgesFields, 'node') : [];
}

/** Every field node named `name` selected on `type` under `fieldNodes`, whatever its alias. */
function fieldsNamed(info: GraphQLResolveInfo, type: GraphQLObjectType, fieldNodes: readonly FieldNode[], name: string): FieldNode[] {
  return [...collectFields(info, type, fieldNodes).values()].flat().filter((node) => node.name.value === name);
}

/**
 * The plan for a relation's neighbours, and whether the relationship's own properties are read.
 * Without an edge object the neighbours are selected directly and the relationship is not read;
 * through one (ProductUse, ProductSupply) they are selected under its neighbour field, and its
 * other fields read the relationship.
 */
function planNeighbour(
  info: GraphQLResolveInfo, field: GraphQLField<unknown, unknown>, relation: RegisteredRelation, nodes: FieldNode[], pageSize: PageSize,
): Pick<RelationPlan, 'node' | 'relationshipProperties'> {
  const targetType = relation.spec.target.typeName;
  const edgeType = getNamedType(field.type);
  if (!relation.nodeField || !isObjectType(edgeType)) return { node: planNode(info, targetType, nodes, pageSize), relationshipProperties: false };
  const edgeFields = [...collectFields(info, edgeType, nodes).values()].flat();
  const neighbourFields = edgeFields.filter((node) => node.name.value === relation.nodeField);
  return {
    node: planNode(info, targetType, neighbourFields, pageSize),
    relationshipProperties: edgeFields.some((node) => node.name.value !== relation.nodeField && node.name.value !== '__typename'),
  };
}

function argumentsOf(info: GraphQLResolveInfo, field: GraphQLField<unknown, unknown>, node: FieldNode, relation: RegisteredRelation, pageSize: PageSize): RelationArgs | undefined {
  try {
    const args = getArgumentValues(field, node, info.variableValues) as Partial<RelationArgs> & { first?: unknown };
    if (args.where && !isValidInput(relation.whereType, args.where)) return undefined;
    return { where: args.where ?? null, orderBy: args.orderBy ?? null, first: relation.single ? 1 : pageSize(args.first) };
  } catch (error) {
    if (error instanceof GraphQLError) return undefined;
    throw error;
  }
}
