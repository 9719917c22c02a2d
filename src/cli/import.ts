/**
 * npm run import -- <kind> <file> [--strict] [--dry-run] [--batch-size N] [--confidence LEVEL]
 * Streams a trade CSV into the graph (see src/ingest/import.ts). Every rejected row is printed to
 * stderr as "line N: reason"; the summary (read, imported, unchanged, rejected, rows/s) to stdout.
 * Exit code 0 when the run completed (rejected rows are reported, not fatal), 1 when --strict found
 * rejections (nothing written) or the run failed, 2 for wrong arguments.
 */
import { existsSync } from 'node:fs';
import { statSync } from 'node:fs';
import { loadConfig } from '../config.js';
import { importFile, ImportFileError } from '../ingest/import.js';
import { progressBar } from '../ingest/progress.js';
import { IMPORT_USAGE, parseImportArgs } from './import-args.js';
import { connectForCli } from './connect.js';

const args = parseImportArgs(process.argv.slice(2));
if ('error' in args) {
  console.error(`${args.error}\n${IMPORT_USAGE}`);
  process.exit(2);
}
if (!existsSync(args.file)) {
  console.error(`file: expected a readable CSV file, received "${args.file}" (not found)`);
  process.exit(2);
}

const config = loadConfig();
const database = await connectForCli(config, { seedIfEmpty: true });
const bar = progressBar(statSync(args.file).size);
let exitCode = 0;
try {
  const summary = await importFile(database.executor, {
    ...args,
    onReject: ({ line, reason }) => console.error(`line ${line}: ${reason}`),
    onProgress: (bytes, rows) => bar.update(bytes, rows),
  });
  bar.done();
  const mode = args.dryRun ? 'dry run, nothing written' : summary.written ? `written to ${database.uri}` : 'nothing written';
  console.log(`${args.kind} ${args.file} (${mode}${summary.sourceId ? `; source ${summary.sourceId}` : ''})`);
  console.log(`  read ${summary.read}, ${args.dryRun ? 'valid' : 'imported'} ${summary.imported}, unchanged ${summary.unchanged}, rejected ${summary.rejected}`);
  console.log(`  ${summary.seconds.toFixed(1)} s, ${summary.rowsPerSecond} rows/s, ${summary.batches} batch(es)`);
  if (summary.failed) {
    console.error(`--strict: ${summary.rejected} row(s) rejected, so nothing was written.`);
    exitCode = 1;
  }
} catch (error) {
  bar.done();
  console.error(error instanceof ImportFileError ? error.message : `import failed: ${(error as Error).message}\nBatches already committed are kept; running the same command again resumes (they are counted unchanged).`);
  exitCode = 1;
} finally {
  await database.close();
}
process.exit(exitCode);
