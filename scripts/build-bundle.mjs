// Runs after tsc: bundles src/ with esbuild into the two CommonJS files bin/glean.js runs, and
// writes V8's code cache for each (src/load-bundle.ts loads them; the README's Performance
// section has the measurements).
// - dist/bundle/cli.cjs: src/cli/main.ts and what it imports statically, with commander: all that
//   --help, --version and a usage error need.
// - dist/bundle/engine.cjs: every module the CLI imports dynamically (the batch runner, input,
//   output, rules, summary) with everything they import. The CLI's `import('../batch.js')` becomes
//   a look-up in the engine, loaded on the first such import; inside the engine, modules still
//   load lazily where the source imports them dynamically.
// - The engine also holds src/batch-worker.ts, which each worker thread runs (dist/worker.js, tsc's
//   output, only loads the engine and starts it). Every module keeps its import.meta.url
// as it is in dist/ (so `new URL('./generated/…', import.meta.url)` finds the data files tsc's
// build copies there). The cache is written after running the bundles in this process on
// --help and on two of the fixture articles, so it holds the bytecode of what those run.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { BUILD_MARK, BUNDLE_DIR, loadBundle, writeCodeCaches } from '../dist/load-bundle.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const src = path.join(root, 'src');
const cliDir = path.join(src, 'cli');

/** Each src module's import.meta.url, as the URL of its compiled file in dist/. */
const distUrls = {
  name: 'dist-urls',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      const text = await fs.promises.readFile(args.path, 'utf8');
      const distPath = path.relative(src, args.path).replace(/\.ts$/, '.js');
      return { contents: text.replaceAll('import.meta.url', `__gleanDistUrl(${JSON.stringify(distPath)})`), loader: 'ts' };
    });
  },
};
/**
 * A JSON module as a JSON.parse of its text, as Node's own JSON modules are: V8 parses JSON
 * faster than the object literal esbuild would write (the word tables are thousands of keys).
 */
const jsonText = {
  name: 'json-text',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async (args) => ({
      contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(await fs.promises.readFile(args.path, 'utf8'))))});`,
      loader: 'js',
    }));
  },
};

// The bundles sit in dist/bundle/, so dist/ is their parent folder.
const banner = "const __gleanDistUrl = (p) => require('node:url').pathToFileURL(require('node:path').join(__dirname, '..', p)).href;";

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // import() becomes a lazy require: a script run by node:vm has no loader for import().
  // Regular expression literals with \p{…} stay literals (Node 20 has them): esbuild would
  // otherwise write each as `new RegExp(…)`, a new expression built and compiled on every call
  // of the function holding it.
  supported: { 'dynamic-import': false, 'regexp-unicode-property-escapes': true },
  banner: { js: banner },
  logLevel: 'warning',
  metafile: true,
  // Packages only some inputs need (legacy encodings, HTML, WARC, globs) or a progress bar: left
  // out of the bundles, Node loads them from node_modules when they are first imported.
  external: ['chardet', 'iconv-lite', '@mozilla/readability', 'linkedom', 'warcio', 'fast-glob', 'cli-progress'],
};

/**
 * commander requires node:child_process when it loads, for running a subcommand as its own
 * program, which glean has none of; loading it (with net, dgram and their internals) was about
 * 2% of `node -e 0` on every run. It loads now on first use, if ever.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes(`${path.sep}node_modules${path.sep}commander${path.sep}`) ? { path: 'child_process', namespace: 'lazy-child-process' } : undefined);
    build.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

/** The modules the CLI imports dynamically, by their key in the engine: a src path or a package name. */
const engineModules = new Map();

const engineImports = {
  name: 'engine-imports',
  setup(build) {
    build.onResolve({ filter: /.*/ }, async (args) => {
      if (args.kind !== 'dynamic-import' || !args.importer.startsWith(cliDir) || args.path.startsWith('node:')) return undefined;
      const resolved = await build.resolve(args.path, { kind: 'import-statement', importer: args.importer, resolveDir: args.resolveDir });
      if (resolved.errors.length) return { errors: resolved.errors };
      if (resolved.path.startsWith(cliDir)) return undefined;
      const key = resolved.path.startsWith(src) ? path.relative(src, resolved.path) : args.path;
      engineModules.set(key, resolved.path);
      return { path: key, namespace: 'engine' };
    });
    build.onLoad({ filter: /.*/, namespace: 'engine' }, (args) => ({
      contents: `module.exports = __gleanLoadBundle('engine').modules[${JSON.stringify(args.path)}]();`,
      loader: 'js',
    }));
  },
};

fs.rmSync(BUNDLE_DIR, { recursive: true, force: true });

await esbuild.build({
  ...common,
  stdin: { contents: "export { main } from './main.ts';\nexport { execute } from './execute.ts';\n", resolveDir: cliDir, sourcefile: 'cli-entry.ts', loader: 'ts' },
  outfile: path.join(BUNDLE_DIR, 'cli.cjs'),
  plugins: [engineImports, lazyChildProcess, distUrls, jsonText],
});

// What a worker thread runs, loaded by dist/worker.js rather than by the CLI.
engineModules.set('batch-worker.ts', path.join(src, 'batch-worker.ts'));
const engineEntry = [...engineModules].map(([key, file]) => `  ${JSON.stringify(key)}: () => require(${JSON.stringify(file)}),`);
await esbuild.build({
  ...common,
  stdin: { contents: `exports.modules = {\n${engineEntry.join('\n')}\n};\n`, resolveDir: src, sourcefile: 'engine-entry.js', loader: 'js' },
  outfile: path.join(BUNDLE_DIR, 'engine.cjs'),
  plugins: [distUrls, jsonText],
});

/**
 * The text with every character outside ASCII written as a \u escape, which means the same in
 * strings, templates, regular expressions and comments (esbuild leaves them in regular expression
 * literals): V8 then holds the bundle's text in one byte per character, not two.
 */
function asAscii(text) {
  // "\’" in a regular expression is the quote itself; "\\u2019" would be a backslash and "u2019".
  if (/\\[^\x00-\x7f]/.test(text)) throw new Error('bundle: a backslash before a character outside ASCII; write the character as \\u…');
  return text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// Each bundle is written inside the function CommonJS wraps a module in (with the loader the CLI
// loads the engine by), so src/load-bundle.ts compiles the file's text as it is read: one copy of
// it in memory, where wrapping it at load time kept both the text read and the text wrapped.
const WRAPPER = '(function (exports, require, module, __filename, __dirname, __gleanLoadBundle) {';
for (const name of ['cli', 'engine']) {
  const file = path.join(BUNDLE_DIR, `${name}.cjs`);
  const text = `${WRAPPER}${asAscii(fs.readFileSync(file, 'utf8'))}\n})`;
  fs.writeFileSync(file, `${text}${BUILD_MARK}${createHash('sha256').update(text).digest('hex')}\n`);
}

/** Runs the CLI in this process on one command line, its output thrown away. */
async function run(argv) {
  const sink = () => Object.assign(new PassThrough().resume(), { isTTY: false, columns: 80 });
  const stdin = Object.assign(new PassThrough(), { isTTY: false });
  stdin.end();
  const status = await loadBundle('cli').execute({ argv, env: { NO_COLOR: '1' }, stdin, stdout: sink(), stderr: sink(), stdoutKind: 'pipe' });
  if (status !== 0) throw new Error(`glean ${argv.join(' ')}: exit status ${status}`);
}

const articles = ['budget-vote.txt', 'cup-final.txt'].map((f) => path.join(root, 'fixtures', 'articles', f));
await run(['--help']);
await run(['-j', '1', '-f', 'jsonl', ...articles]);
const written = writeCodeCaches();
const size = (f) => `${(fs.statSync(f).size / 1e6).toFixed(2)} MB`;
console.log(`bundle: ${['cli', 'engine'].map((n) => `${n}.cjs ${size(path.join(BUNDLE_DIR, `${n}.cjs`))}`).join(', ')}; code cache ${written.map((f) => `${path.basename(f)} ${size(f)}`).join(', ')} -> dist/bundle`);
