import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Confidence } from '../../graph/shared/enums.js';

/** Graph-shaped results: the same node and edge shapes serve paths and graph views. */
@ObjectType({ description: 'A node in a path or graph view: enough to draw it and to look it up with `node(id)`.' })
export class GraphNode {
  @Field(() => ID, { description: 'The global id of the entity.' })
  id: string;

  @Field(() => String, { description: 'Its label (type), e.g. "Product".' })
  label: string;

  @Field(() => String, { description: 'Its display name.' })
  name: string;
}

@ObjectType({ description: 'A relationship in a path or graph view, with its direction (source → target).' })
export class GraphEdge {
  @Field(() => ID, { description: 'Stable id: "<TYPE>:<source id>-><target id>".' })
  id: string;

  @Field(() => String, { description: 'Relationship type, e.g. "USES".' })
  type: string;

  @Field(() => ID, { description: 'Id of the node the relationship starts at.' })
  source: string;

  @Field(() => ID, { description: 'Id of the node the relationship ends at.' })
  target: string;

  @Field(() => Confidence, { nullable: true, description: 'Confidence of the link; null for unsourced domain knowledge (e.g. most processing-chain links).' })
  confidence?: Confidence | null;

  @Field(() => Boolean, { nullable: true, description: 'For USES: whether the application cannot work without the product (false halves a path score); null when not stated.' })
  critical?: boolean | null;

  @Field(() => [ID], { description: 'Ids of the sources that state the link (empty for domain knowledge).' })
  sourceIds: string[];
}

@ObjectType({ description: 'Nodes and edges for a graph view; every edge\'s endpoints are among the nodes.' })
export class GraphSlice {
  @Field(() => [GraphNode], { description: 'The nodes, sorted by id.' })
  nodes: GraphNode[];

  @Field(() => [GraphEdge], { description: 'The edges, sorted by id.' })
  edges: GraphEdge[];
}

@ObjectType({ description: 'An explanatory path: nodes in order from the traced entity, and the relationships between them.' })
export class GraphPath {
  @Field(() => [GraphNode], { description: 'The nodes in order; the first is the entity traced from, the last the one explained.' })
  nodes: GraphNode[];

  @Field(() => [GraphEdge], { description: 'The relationships between consecutive nodes (edge i links nodes i and i+1), each with its own direction.' })
  relationships: GraphEdge[];

  @Field(() => Int, { description: 'Number of relationships.' })
  length: number;

  @Field(() => Float, { nullable: true, description: 'Path score: product of the link weights (HIGH 1, MEDIUM 0.75, LOW 0.5, unsourced 0.75; ×0.5 for a USES link marked not critical). Null where the field does not score.' })
  score?: number | null;

  @Field(() => Confidence, { nullable: true, description: 'The weakest confidence among the sourced links of the path; null when no link is sourced.' })
  confidence?: Confidence | null;

  @Field(() => Int, { description: 'How many links are unsourced domain knowledge.' })
  unsourcedLinks: number;
}
