import { existsSync, readFileSync } from 'node:fs';
import type { BenchReport } from './harness.js';

/** The growth target: from ×1 to ×100, the p50 of every operation grows at most 2× (per contestant and concurrency). */
export const MAX_GROWTH = 2;

/** Reads the latest JSON report of each scale present in `dir` and renders p50 by scale and its growth. */
export function renderGrowth(dir: URL): string {
  const reports = [1, 10, 100]
    .map((scale) => new URL(`bench-x${scale}.json`, dir))
    .filter((file) => existsSync(file))
    .map((file) => JSON.parse(readFileSync(file, 'utf8')) as BenchReport);
  if (reports.length < 2) return 'Growth: needs the reports of at least two scales (run `npm run bench -- --scale 1` and `--scale 100`).\n';
  const scales = reports.map((r) => r.meta.scale);
  const lines = [
    `# p50 growth with scale (${scales.map((s) => `×${s}`).join(', ')})`, '',
    `| operation | c | contestant | ${scales.map((s) => `p50 ms ×${s}`).join(' | ')} | growth ×${scales[0]}→×${scales.at(-1)} | ≤ ${MAX_GROWTH}× |`,
    `| --- | ---: | --- | ${scales.map(() => '---:').join(' | ')} | ---: | --- |`,
  ];
  const base = reports[0];
  for (const op of base.operations) {
    for (const concurrency of base.meta.concurrencies) {
      for (const name of Object.keys(op.contestants)) {
        const p50s = reports.map((r) => r.operations.find((o) => o.name === op.name)?.contestants[name as 'ours']?.runs.find((run) => run.concurrency === concurrency)?.p50Ms);
        const first = p50s[0];
        const last = p50s.at(-1);
        const growth = first && last ? last / first : undefined;
        lines.push(`| ${op.name} | ${concurrency} | ${name} | ${p50s.map((p) => (p === undefined || p === null ? '–' : Math.round(p))).join(' | ')} | ${growth ? `${growth.toFixed(2)}×` : '–'} | ${growth === undefined ? '–' : growth <= MAX_GROWTH ? 'yes' : '**no**'} |`);
      }
    }
  }
  // Db hits do not depend on how busy the machine was: the steadier sign of index seeks versus scans.
  lines.push('', `| operation | contestant | ${scales.map((s) => `db hits ×${s}`).join(' | ')} | growth |`, `| --- | --- | ${scales.map(() => '---:').join(' | ')} | ---: |`);
  for (const op of base.operations) {
    for (const name of Object.keys(op.contestants)) {
      const hits = reports.map((r) => r.operations.find((o) => o.name === op.name)?.contestants[name as 'ours']?.dbHits);
      const growth = hits[0] && hits.at(-1) ? hits.at(-1)! / hits[0] : undefined;
      lines.push(`| ${op.name} | ${name} | ${hits.map((h) => h?.toLocaleString('en') ?? '–').join(' | ')} | ${growth ? `${growth.toFixed(2)}×` : '–'} |`);
    }
  }
  lines.push('', `Runs: ${reports.map((r) => `×${r.meta.scale} at ${r.meta.startedAt} (load average ${r.meta.machine.loadAverageBefore[0].toFixed(2)})`).join('; ')}.`);
  return `${lines.join('\n')}\n`;
}
