import { isObjectType, type GraphQLSchema } from 'graphql';

/**
 * The fields of each object type that GraphQL answers by reading the node's property of the same
 * name (no resolver of their own: types declared with `simpleResolvers`). A selection made only of
 * these (and relationship fields) can be fetched with just those properties. Recorded once per
 * process from the freshly built schema, before Apollo Server wraps every resolver for its plugins.
 */
const propertyFields = new Map<string, ReadonlySet<string>>();

export function recordPropertyFields(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const plain = Object.values(type.getFields()).filter((field) => field.resolve === undefined).map((field) => field.name);
    propertyFields.set(type.name, new Set(plain));
  }
}

export function isPropertyField(typeName: string, field: string): boolean {
  return propertyFields.get(typeName)?.has(field) ?? false;
}
