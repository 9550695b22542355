import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The Dask recipe (recipes/dask_glean.py) on a LocalCluster of two workers. CI installs Debian's
// python3-distributed (.ci/run); elsewhere the test skips when no Python can import it (the
// python3 on the PATH may be another one than Debian's, a pyenv shim say).
const root = fileURLToPath(new URL('../..', import.meta.url));
const python = ['python3', '/usr/bin/python3'].find((p) => spawnSync(p, ['-c', 'import distributed'], { stdio: 'ignore' }).status === 0);

describe.skipIf(!python)('recipes/dask_glean.py (needs python3 with distributed: apt-get install python3-distributed)', () => {
  it('two workers over the shards of the fixtures give, merged, the output of a single run', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'glean-dask-'));
    const merged = path.join(dir, 'merged.jsonl');
    const glean = `${process.execPath} ${path.join(root, 'bin', 'glean.js')}`;
    const run = spawnSync(python!, [path.join(root, 'recipes', 'dask_glean.py'), '--glean', glean, '--shards', '2', '--workers', '2', '-o', merged, 'fixtures/articles'], { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const single = spawnSync(process.execPath, [path.join(root, 'bin', 'glean.js'), '-f', 'jsonl', 'fixtures/articles'], { cwd: root, encoding: 'utf8' });
    expect(readFileSync(merged, 'utf8')).toBe(single.stdout);
    expect(single.stdout.trim().split('\n')).toHaveLength(3);
  }, 120_000);
});
