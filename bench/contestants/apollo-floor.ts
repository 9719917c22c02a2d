import type { Driver } from 'neo4j-driver';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { buildSchema, type GraphQLFieldResolver } from 'graphql';
import { floorConnectionPage } from './floor.js';
import type { ContestantServer } from './contestant.js';
import { serveApollo } from './serve-apollo.js';

/**
 * The connection's GraphQL surface, and nothing else: the same document our API answers (bench
 * operation `connection`) is valid against it. No filters, no other sorts, no nested selections.
 */
const SDL = `
  "Sort fields of companies."
  enum CompanySort { "By name." NAME }
  "Sort direction."
  enum SortDirection { "Ascending." ASC "Descending (not served here)." DESC }
  "How to sort companies."
  input CompanyOrderBy { "The sort field." field: CompanySort! "The direction." direction: SortDirection! = ASC }
  "Paging information."
  type PageInfo { "Whether more items follow." hasNextPage: Boolean! "Cursor of the last item." endCursor: String }
  "A company."
  type Company { "Its id." id: ID! "Its name." name: String! }
  "A company in a page."
  type CompanyEdge { "The company." node: Company! }
  "A page of companies."
  type CompanyConnection { "How many companies there are." totalCount: Int "Paging information." pageInfo: PageInfo! "The page." edges: [CompanyEdge!]! }
  "The one query."
  type Query { "Companies by name, keyset-paged." companies("Page size." first: Int, "Cursor to start after." after: String, "Only NAME ascending." orderBy: CompanyOrderBy): CompanyConnection! }
`;

const encodeCursor = (name: string, id: string) => Buffer.from(JSON.stringify([name, id])).toString('base64url');
const decodeCursor = (cursor: string) => JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];

/**
 * The floor behind Apollo Server (connection only, in npm run bench and bench:cpu): the floor's own query and
 * transaction (floorConnectionPage, bench/cypher/floor-connection.cypher) as the one resolver of a
 * hand-written graphql-js schema that has just the connection's fields, served by Apollo Server
 * exactly as the reference is (serve-apollo.ts) but with its cache-control plugin off, as in our
 * API. No type-graphql, no argument validation, no plugins of ours, no generic query builder,
 * no bookmark manager. What it costs per request is what Apollo Server and graphql-js cost around
 * the floor's query: an API built on them does at least this much, so its ratio to the reference
 * bounds ours.
 */
export async function startApolloFloor(driver: Driver): Promise<ContestantServer> {
  const companies: GraphQLFieldResolver<unknown, unknown, { first?: number | null; after?: string | null }> = async (_, args) => {
    const first = args.first ?? 20;
    const [afterName, afterId] = args.after ? decodeCursor(args.after) : [null, null];
    const { totalCount, nodes, hasNextPage } = await floorConnectionPage(driver, { first, afterName, afterId });
    const last = nodes.at(-1);
    return {
      totalCount,
      edges: nodes.map((node) => ({ node })),
      pageInfo: { hasNextPage, endCursor: last ? encodeCursor(last.name, last.id) : null },
    };
  };
  const schema = buildSchema(SDL);
  schema.getQueryType()!.getFields().companies.resolve = companies;
  // The cache-control plugin Apollo installs by default visits every resolved field; our API turns it off too.
  return serveApollo(schema, [ApolloServerPluginCacheControlDisabled()]);
}
