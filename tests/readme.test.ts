import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// The README's examples are the first thing a stranger runs, so they are run here as written:
// every ```sh block, in a scratch folder holding a copy of fixtures/, with `glean` on the PATH.
const root = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

interface Block {
  script: string;
  /** The ```text block right after it: what the script shows on an 80-column terminal (colour left out). */
  shows?: string;
}

function shellBlocks(markdown: string): Block[] {
  const fences = [...markdown.matchAll(/```(\w*)\n([\s\S]*?)```\n*/g)];
  return fences.flatMap((f, i) => {
    if (f[1] !== 'sh') return [];
    const next = fences[i + 1];
    const adjacent = next && next.index === f.index! + f[0].length && next[1] === 'text';
    return [{ script: f[2]!, shows: adjacent ? next[2] : undefined }];
  });
}

const tools = ['jq', 'less', 'script'].filter((t) => spawnSync('sh', ['-c', `command -v ${t}`]).status !== 0);
const SKIP_REASON = tools.length ? ` [skipped: needs ${tools.join(', ')}]` : '';

let scratch: string;
let env: NodeJS.ProcessEnv;
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'glean-readme-'));
  cpSync(path.join(root, 'fixtures'), path.join(scratch, 'fixtures'), { recursive: true });
  const bin = path.join(scratch, '.bin');
  mkdirSync(bin);
  writeFileSync(path.join(bin, 'glean'), `#!/bin/sh\nexec "${process.execPath}" "${path.join(root, 'bin', 'glean.js')}" "$@"\n`);
  chmodSync(path.join(bin, 'glean'), 0o755);
  env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
});

const blocks = shellBlocks(readme);

describe.skipIf(tools.length > 0)(`the README's examples${SKIP_REASON}`, () => {
  it('has examples to run', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(4);
  });

  it.each(blocks.map((b) => [b.script.trim().split('\n')[0], b] as const))('runs as written: %s', (_, block) => {
    const run = spawnSync('bash', ['-c', `set -euo pipefail\n${block.script}`], { cwd: scratch, env, encoding: 'utf8' });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    if (block.shows !== undefined) {
      const terminal = spawnSync('script', ['-qec', `stty cols 80 rows 24; ${block.script}`, '/dev/null'], { cwd: scratch, env, encoding: 'utf8' });
      expect(terminal.stdout.replace(/\r\n/g, '\n')).toBe(block.shows);
    }
  });
});
