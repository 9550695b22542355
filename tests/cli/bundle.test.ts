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

/** Starts dist/worker.js as the batch runner does, has it process one fixture, and says whether its engine ran from the cache. */
function workerRun(file: string): { record: { source: string; people: unknown[] }; engineCached: boolean } {
  const worker = new URL('../../dist/worker.js', import.meta.url).href;
  const script = `import { Worker } from 'node:worker_threads';
// The worker's code is a module, as the --input-type of the process that starts it says.
const code = \`import { parentPort } from 'node:worker_threads';
import { ranFromCache } from ${JSON.stringify(loader)};
await import(${JSON.stringify(worker)});
parentPort.postMessage({ engineCached: ranFromCache('engine') });\`;
const w = new Worker(code, { eval: true, workerData: { maxSize: 1 << 20, withText: false, lexicon: [] } });
const seen = {};
w.on('message', (m) => {
  if (m.ready) w.postMessage({ id: 0, index: 0, item: { kind: 'file', source: ${JSON.stringify(file)} } });
  if (m.result) seen.record = m.result;
  if ('engineCached' in m) seen.engineCached = m.engineCached;
  if ('record' in seen && 'engineCached' in seen) { console.log(JSON.stringify(seen)); w.terminate(); }
});`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout);
}

describe('the bundles bin/glean.js runs', () => {
  it('run from the code cache the build wrote for them (same Node, same V8 flags)', () => {
    expect(cacheUse()).toEqual({ cli: true, engine: true });
  });

  it('run in each worker thread from the same cache', () => {
    const file = path.join(fixtures, 'ocean-rescue.txt');
    const { record, engineCached } = workerRun(file);
    expect(engineCached).toBe(true);
    // A worker hands on records with their rule ids; the thread that writes them drops them unless --explain.
    expect(record).toEqual(JSON.parse(JSON.stringify(processText(file, readFileSync(file, 'utf8')))));
  });

  it('are ASCII (one byte a character in memory) and keep regular expression literals as literals (not a new RegExp built on every call)', () => {
    for (const name of ['cli', 'engine']) {
      const source = readFileSync(path.join(root, 'dist', 'bundle', `${name}.cjs`), 'utf8');
      expect(source.match(/[^\x00-\x7f]/g) ?? [], name).toEqual([]);
      expect(source.match(/new RegExp\("[^"]*\\\\p\{/g) ?? [], name).toEqual([]);
    }
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
