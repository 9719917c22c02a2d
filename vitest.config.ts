import { defineConfig } from 'vitest/config';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // type-graphql (CommonJS) and an ESM import of graphql would load two copies of graphql
    // ("Cannot use GraphQLObjectType from another module or realm"): point both at one file.
    alias: { graphql: require.resolve('graphql/index.js') },
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    setupFiles: ['reflect-metadata'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Integration files share one Neo4j; run them one at a time so round-trip counts and writes do not interleave.
    fileParallelism: false,
  },
});
