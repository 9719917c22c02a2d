import { chains, merge, scoreDependents, step, type Dependent, type ShapedPath, type SliceEdge } from '../maths/paths.js';

/**
 * From paths that reach some products, everything downstream: products that are kinds of them or
 * made from them (up to maxDepth links), applications that use those, the industries those are
 * part of, and the companies that make the applications or produce the products. Pure: the
 * edges come from one query.
 */
export interface Downstream {
  productPaths: Map<string, ShapedPath[]>;
  products: Dependent[];
  applications: Dependent[];
  industries: Dependent[];
  companies: Dependent[];
}

export function edgesOfType(edges: SliceEdge[], ...types: string[]): SliceEdge[] {
  return edges.filter((edge) => types.includes(edge.type));
}

export function downstream(start: Map<string, ShapedPath[]>, edges: SliceEdge[], maxDepth: number): Downstream {
  const productPaths = chains(start, edgesOfType(edges, 'KIND_OF', 'MADE_FROM'), maxDepth);
  const applicationPaths = step(productPaths, edgesOfType(edges, 'USES'), 'target');
  const industryPaths = step(applicationPaths, edgesOfType(edges, 'PART_OF'), 'source');
  const companyPaths = merge(step(applicationPaths, edgesOfType(edges, 'MAKES'), 'target'), step(productPaths, edgesOfType(edges, 'PRODUCES'), 'target'));
  const reached = new Map([...productPaths].map(([id, paths]) => [id, paths.filter((path) => path.edges.length > 0)] as const));
  return {
    productPaths,
    products: scoreDependents(reached),
    applications: scoreDependents(applicationPaths),
    industries: scoreDependents(industryPaths),
    companies: scoreDependents(companyPaths),
  };
}
