import { IMPORT_KINDS, type ImportKind } from '../ingest/import.js';
import type { Confidence } from '../seed/preferred-report.js';

/** The arguments of `npm run import -- <kind> <file> [options]`, parsed and checked (pure, unit-tested). */
export interface ImportArgs {
  kind: ImportKind;
  file: string;
  strict: boolean;
  dryRun: boolean;
  batchSize: number;
  confidence?: Confidence;
  abortAfterBatches?: number;
}

export const IMPORT_USAGE = `Usage: npm run import -- <kind> <file> [--strict] [--dry-run] [--batch-size N] [--confidence HIGH|MEDIUM|LOW]
  kind: flows (our trade-flow CSV) or comtrade (a UN Comtrade bulk CSV)
  --strict      any rejected row fails the run, and nothing is written
  --dry-run     validate every row, write nothing
  --batch-size  rows per transaction (default 2000, 1 to 20000)
  --confidence  confidence of Comtrade reports (default MEDIUM)`;

export function parseImportArgs(argv: string[]): ImportArgs | { error: string } {
  const positional: string[] = [];
  const args: Partial<ImportArgs> = { strict: false, dryRun: false, batchSize: 2000 };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => argv[++i] ?? '';
    if (arg === '--strict') args.strict = true;
    else if (arg === '--dry-run') args.dryRun = true;
    else if (arg === '--batch-size') {
      const raw = value();
      const n = Number(raw);
      if (!Number.isInteger(n) || n < 1 || n > 20000) return { error: `--batch-size: expected an integer from 1 to 20000, received "${raw}"` };
      args.batchSize = n;
    } else if (arg === '--confidence') {
      const raw = value().toUpperCase();
      if (!['HIGH', 'MEDIUM', 'LOW'].includes(raw)) return { error: `--confidence: expected HIGH, MEDIUM or LOW, received "${raw}"` };
      args.confidence = raw as Confidence;
    } else if (arg === '--abort-after-batches') {
      const raw = value();
      const n = Number(raw);
      if (!Number.isInteger(n) || n < 1) return { error: `--abort-after-batches: expected a positive integer, received "${raw}"` };
      args.abortAfterBatches = n;
    } else if (arg.startsWith('--')) return { error: `unknown option "${arg}"` };
    else positional.push(arg);
  }
  const [kind, file, ...extra] = positional;
  if (!kind || !file) return { error: 'expected a kind and a file' };
  if (!(IMPORT_KINDS as string[]).includes(kind)) return { error: `kind: expected ${IMPORT_KINDS.join(' or ')}, received "${kind}"` };
  if (extra.length > 0) return { error: `unexpected arguments: ${extra.join(' ')}` };
  return { ...args, kind: kind as ImportKind, file } as ImportArgs;
}
