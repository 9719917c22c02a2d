import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_NODE_FLAGS } from '../../src/node-flags.js';
import { CONTESTANTS, contestantNodeFlags } from '../../bench/contestants/contestant.js';

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };

describe('the API Node flags (src/node-flags.ts)', () => {
  it('npm start passes every one of them to node, ahead of the script', () => {
    const words = packageJson.scripts.start.split(/\s+/);
    expect(words[0]).toBe('node');
    const script = words.indexOf('src/cli/serve.ts');
    expect(script).toBeGreaterThan(0);
    for (const flag of API_NODE_FLAGS) {
      expect(words.indexOf(flag), flag).toBeGreaterThan(0);
      expect(words.indexOf(flag), flag).toBeLessThan(script);
    }
  });

  it('this Node accepts them (a flag it does not know makes node exit with "bad option")', () => {
    expect(() => execFileSync(process.execPath, [...API_NODE_FLAGS, '-e', '0'], { stdio: 'pipe' })).not.toThrow();
    expect(() => execFileSync(process.execPath, ['--no-such-v8-flag-at-all', '-e', '0'], { stdio: 'pipe' })).toThrow(/bad option/);
  });

  it('the benchmark starts ours with them and every other contestant with none', () => {
    for (const name of CONTESTANTS) expect(contestantNodeFlags(name), name).toEqual(name === 'ours' ? API_NODE_FLAGS : []);
  });
});
