/** npm run schema:print — writes schema/schema.graphql from the code (a test fails when it is stale). */
import { writeSchemaFile, SCHEMA_FILE } from '../schema.js';

writeSchemaFile();
console.log(`Wrote ${SCHEMA_FILE}`);
