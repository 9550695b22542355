/**
 * Loads the bundles `npm run build` writes to dist/bundle/ (scripts/build-bundle.mjs): the CLI,
 * and the engine it loads only when a command needs more than its arguments. Each is one
 * CommonJS file run with the V8 code cache written for it at build time, so a run deserializes
 * the bytecode of start-up and of a typical article instead of parsing and compiling ~90 modules
 * again (see the README's Performance section). Without a usable cache — none, written by another
 * Node or V8 flags (V8 rejects it), or for another build of the bundle — V8 compiles the bundle
 * as usual: the cache only ever saves time. Nothing is written at run time.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

// V8 flags, set here, where the code cache is read and written, because V8 accepts a cache only
// under the flags it was made with. They are process-wide, so they reach the worker threads too.
//
// Optimise a function only after it has run for longer than V8's default: the extraction rules
// are long functions with many rarely taken branches, and optimised too early each is compiled
// again every time a document takes a new branch. With the default, a third of a run's CPU time
// went to recompiling them (see the README's Performance section).
setFlagsFromString('--interrupt-budget=1000000');
// Inline at most 150 bytes of callees' bytecode into one optimised function instead of 920: the
// rule functions call many small tests, and inlining them all made each TurboFan compilation
// long (findNames 33 ms). Every thread compiles for itself, so with two workers this is paid
// twice: TurboFan's time per thread over the corpus fell from 543 to 325 ms, CPU time by 3-5%.
setFlagsFromString('--max-inlined-bytecode-size-cumulative=150');
// A regular expression is compiled to machine code only after its tenth run, not its first: one
// article runs many of them only a few times, and compiling their Unicode classes cost more than
// interpreting them (5% of one article's instructions, callgrind).
setFlagsFromString('--regexp-tier-up-ticks=10');
// A heap grows by at most 30% of what a full collection leaves before the next one: V8's default
// factor (up to 4x on a machine with gigabytes of memory) let each worker's old generation fill
// with garbage promoted document after document, so peak memory grew with the length of the run.
setFlagsFromString('--heap-growing-percent=30');

/** The bundles' folder: dist/bundle/, beside this module's compiled dist/load-bundle.js. */
export const BUNDLE_DIR = fileURLToPath(new URL('./bundle/', import.meta.url));

/** Every bundle ends with this comment and its build's hash; its cache begins with the same hash. */
export const BUILD_MARK = '\n//# glean-build ';
const HASH_LENGTH = 64;

const loaded = new Map<string, { exports: unknown; script: Script; hash: string; cached: boolean }>();

/** The exports of dist/bundle/NAME.cjs, run once per thread. */
export function loadBundle(name: string): any {
  const known = loaded.get(name);
  if (known) return known.exports;
  const file = path.join(BUNDLE_DIR, `${name}.cjs`);
  const source = readFileSync(file, 'utf8');
  const hash = source.slice(source.lastIndexOf(BUILD_MARK) + BUILD_MARK.length).trim();
  const cachedData = cacheFor(file, hash);
  // The file is a function expression, CommonJS's own wrapper plus this function for the CLI
  // bundle to load the engine with (the build writes it so, and all in ASCII: one byte a character).
  const script = new Script(source, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file), loadBundle);
  loaded.set(name, { exports: module.exports, script, hash, cached: cachedData !== undefined && !script.cachedDataRejected });
  return module.exports;
}

/** Whether V8 ran a loaded bundle from its code cache (for the tests). */
export const ranFromCache = (name: string): boolean => loaded.get(name)?.cached ?? false;

/** The cache written for this build of the bundle, if there is one. */
function cacheFor(file: string, hash: string): Buffer | undefined {
  let cache: Buffer;
  try {
    cache = readFileSync(`${file}.cache`);
  } catch {
    return undefined;
  }
  // V8 checks a cache against the source's length only, so the build's hash guards against a cache left from another build.
  return hash.length === HASH_LENGTH && cache.toString('latin1', 0, HASH_LENGTH) === hash ? cache.subarray(HASH_LENGTH) : undefined;
}

/**
 * Build time only (scripts/build-bundle.mjs): writes the code cache of every bundle loaded so
 * far, with the bytecode of every function they have run.
 */
export function writeCodeCaches(): string[] {
  return [...loaded].map(([name, { script, hash }]) => {
    const file = path.join(BUNDLE_DIR, `${name}.cjs.cache`);
    writeFileSync(file, Buffer.concat([Buffer.from(hash, 'latin1'), script.createCachedData()]));
    return file;
  });
}
