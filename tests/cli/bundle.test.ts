import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { processText } from '../../src/pipeline.js';
import { withoutRules } from '../../src/rules/explain.js';

// The built bundles (npm test builds first): bin/glean.js runs dist/bundle/, the tests import src/.
const root = fileURLToPath(new URL('../..', import.meta.url));
const loader = new URL('../../dist/load-bundle.js', import.meta.url).href;
const fixtures = path.join(root, 'fixtures', 'articles');

/** Loads the bundles in a fresh Node process, as bin/glean.js does, and says which ran from their code cache. */
function cacheUse(): Record<string, boolean> {
  // `glean rules` loads the engine too.
  const script = `import { PassThrough } from 'node:stream';
import { loadBundle, ranFromCache } from ${JSON.stringify(loader)};
await loadBundle('cli').execute({ argv: ['rules'], env: {}, stdin: process.stdin, stdout: new PassThrough().resume(), stderr: process.stderr });
console.log(JSON.stringify({ cli: ranFromCache('cli'), engine: ranFromCache('engine') }));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout);
}

describe('the bundles bin/glean.js runs', () => {
  it('run from the code cache the build wrote for them (same Node, same V8 flags)', () => {
    expect(cacheUse()).toEqual({ cli: true, engine: true });
  });

  it('give the records the source gives, for every fixture article', () => {
    const files = readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort();
    const run = spawnSync(process.execPath, [path.join(root, 'bin', 'glean.js'), '-j', '1', '-f', 'jsonl', ...files], { cwd: fixtures, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const records = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(records.map((r) => r.source)).toEqual(files);
    for (const [i, file] of files.entries()) {
      expect(records[i]).toEqual(JSON.parse(JSON.stringify(withoutRules(processText(file, readFileSync(path.join(fixtures, file), 'utf8'))))));
    }
  });
});
