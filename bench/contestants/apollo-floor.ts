import http from 'node:http';
import neo4j, { type Driver } from 'neo4j-driver';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { buildSchema, type GraphQLFieldResolver } from 'graphql';
import { apolloHandler } from '../../src/http/apollo-handler.js';
import { floorCypher } from './floor.js';
import type { ContestantServer } from './contestant.js';

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

const CONNECTION = floorCypher('connection');
const encodeCursor = (name: string, id: string) => Buffer.from(JSON.stringify([name, id])).toString('base64url');
const decodeCursor = (cursor: string) => JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];

/**
 * The floor behind Apollo Server (bench:cpu only, connection only): the floor's own Cypher
 * (bench/cypher/floor-connection.cypher, one managed read transaction) as the one resolver of a
 * hand-written graphql-js schema that has just the connection's fields, served by Apollo Server
 * through our own HTTP handler, with Apollo's defaults except its cache-control plugin (off, as in
 * our API). No type-graphql, no argument validation, no plugins of ours, no generic query builder,
 * no bookmark manager. What it costs per request is what Apollo Server and graphql-js cost around
 * the floor's query: an API built on them does at least this much, so its ratio to the reference
 * bounds ours.
 */
export async function startApolloFloor(driver: Driver): Promise<ContestantServer> {
  const companies: GraphQLFieldResolver<unknown, unknown, { first?: number | null; after?: string | null }> = async (_, args) => {
    const first = args.first ?? 20;
    const [afterName, afterId] = args.after ? decodeCursor(args.after) : [null, null];
    const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((tx) => tx.run(CONNECTION, { first: neo4j.int(first), afterName, afterId }));
      const { totalCount, nodes } = result.records[0].toObject() as { totalCount: number; nodes: { id: string; name: string }[] };
      const page = nodes.slice(0, first);
      const last = page.at(-1);
      return {
        totalCount,
        edges: page.map((node) => ({ node })),
        pageInfo: { hasNextPage: nodes.length > first, endCursor: last ? encodeCursor(last.name, last.id) : null },
      };
    } finally {
      await session.close();
    }
  };
  const schema = buildSchema(SDL);
  schema.getQueryType()!.getFields().companies.resolve = companies;

  // The cache-control plugin Apollo installs by default visits every resolved field; our API turns it off too.
  const apollo = new ApolloServer({ schema, plugins: [ApolloServerPluginCacheControlDisabled()] });
  await apollo.start();
  const handler = apolloHandler(apollo, { corsOrigins: [], bodyLimitBytes: 100 * 1024, context: async () => ({}) });
  const server = http.createServer((req, res) => {
    handler(req, res).catch((error: Error) => res.writeHead(500).end(error.message));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    stop: async () => {
      await apollo.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
