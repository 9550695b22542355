import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// A reader that stops early is normal in a pipeline: glean ends quietly with the status the run
// had, as ripgrep does, so `set -o pipefail` scripts stay green.
const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(root, 'bin', 'glean.js');
const fixtures = path.join(root, 'fixtures', 'articles');
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined };
const many = Array(10).fill(`'${fixtures}'`).join(' ');

/** [what, runs, command]: the races are in start-up, so the quick commands run most often. */
const COMMANDS: Array<[string, number, string]> = [
  ['--help', 20, '--help | head -1'],
  ['--version', 20, '--version | head -0'],
  ['jsonl', 20, `-f jsonl ${many} | head -1`],
  ['table', 5, `-f table ${many} | head -1`],
  ['json', 5, `-f json ${many} | head -1`],
  ['csv', 5, `-f csv ${many} | head -1`],
  ['jsonl, two jobs', 5, `-j 2 -f jsonl ${many} | head -c 10`],
];

/** Runs `glean COMMAND` under `set -o pipefail`; resolves to its status and stderr. */
function pipeline(command: string): Promise<{ stderr: string; status: number | null }> {
  const child = spawn('bash', ['-c', `set -o pipefail; "${process.execPath}" "${bin}" ${command} > /dev/null`], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c) => { stderr += String(c); });
  return new Promise((resolve) => child.on('close', (status) => resolve({ stderr, status })));
}

describe('glean into a pipe closed early', () => {
  it.each(COMMANDS)('%s: %i runs, each exits 0 with nothing on stderr', async (_, times, command) => {
    const runs = await Promise.all(Array.from({ length: times }, () => pipeline(command)));
    expect(runs).toEqual(Array(times).fill({ stderr: '', status: 0 }));
  }, 120_000);

  it('keeps status 1 when an input had already failed', () => {
    const run = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${bin}" -f jsonl no-such-file.txt ${many} | head -2 > /dev/null`], { encoding: 'utf8', env });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('glean: no-such-file.txt: no such file or directory\n');
  });
});
