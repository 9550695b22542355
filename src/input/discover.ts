import { promises as fs, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import { DEFAULT_EXTENSIONS } from './defaults.js';
import { escapedName, rawPaths, utf8Name } from './raw-path.js';

/**
 * One document to read: a file, stdin, a document taken out of an archive (its text, or its bytes
 * still to decode; `html` when only its main text is to be read), or an argument that failed to
 * yield one. A file whose name is not UTF-8 carries its bytes in `path` (its `source` then shows
 * them escaped, see raw-path.ts).
 */
export type InputItem =
  | { kind: 'file'; source: string; path?: Uint8Array }
  | { kind: 'stdin'; source: '-' }
  | { kind: 'document'; source: string; content: string | Uint8Array; html?: boolean }
  | { kind: 'error'; source: string; error: { code: string; message: string } };


/** The extension a file name is read by: the one before `.gz` for a gzipped file. */
export function innerExtension(name: string): string {
  const ext = path.extname(name).toLowerCase();
  return ext === '.gz' ? path.extname(name.slice(0, -ext.length)).toLowerCase() : ext;
}

export const errorItem = (source: string, code: string, message: string): InputItem => ({ kind: 'error', source, error: { code, message } });

/** A path as text when it is UTF-8, as bytes when it is not. */
type FsPath = string | Buffer;

const sourceOf = (p: FsPath) => (typeof p === 'string' ? p : escapedName(p));

function joinPath(dir: FsPath, name: Buffer): FsPath {
  const text = typeof dir === 'string' ? utf8Name(name) : null;
  if (text !== null) return path.join(dir as string, text);
  const base = Buffer.from(dir);
  return base.at(-1) === path.sep.charCodeAt(0) ? Buffer.concat([base, name]) : Buffer.concat([base, Buffer.from(path.sep), name]);
}

const byName = (a: Dirent<Buffer>, b: Dirent<Buffer>) => Buffer.compare(a.name, b.name);

/**
 * Files under a folder, recursively, in sorted order (by the bytes of their names); hidden entries
 * skipped, symlink loops cut. A sub-folder that cannot be read becomes an error item; the walk goes on.
 */
async function* walk(dir: FsPath, extensions: string[], seen: Set<string>): AsyncGenerator<InputItem> {
  let entries: Array<Dirent<Buffer>>;
  try {
    const real = (await fs.realpath(dir, { encoding: 'buffer' })).toString('latin1');
    if (seen.has(real)) return;
    seen.add(real);
    // Names as bytes: one that is not UTF-8 would come back as text naming no file on disk.
    entries = await fs.readdir(dir, { withFileTypes: true, encoding: 'buffer' });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    yield errorItem(sourceOf(dir), err.code ?? 'EIO', `cannot read folder: ${err.message}`);
    return;
  }
  entries = entries.filter((e) => e.name[0] !== 0x2e).sort(byName); // 0x2e: a hidden ".name"
  for (const entry of entries) {
    const full = joinPath(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await fs.stat(full).catch(() => null);
      isDir = target?.isDirectory() ?? false;
      isFile = target?.isFile() ?? false;
    }
    if (isDir) yield* walk(full, extensions, seen);
    else if (isFile && extensions.includes(innerExtension(entry.name.toString('latin1')))) yield fileItem(full);
  }
}

const fileItem = (p: FsPath): InputItem => (typeof p === 'string' ? { kind: 'file', source: p } : { kind: 'file', source: escapedName(p), path: p });

/** One argument that names something on disk (or, decoded lossily by Node, names it once its bytes are found). */
async function* onDisk(p: FsPath, stat: Stats, extensions: string[]): AsyncGenerator<InputItem> {
  if (!stat.isDirectory()) {
    yield fileItem(p);
    return;
  }
  let found = false;
  for await (const item of walk(p, extensions, new Set())) {
    found = true;
    yield item;
  }
  if (!found) yield errorItem(sourceOf(p), 'ENOFILES', `no ${extensions.join(', ')} files in this folder`);
}

async function* argument(arg: string, extensions: string[]): AsyncGenerator<InputItem> {
  const stat = await fs.stat(arg).catch((e: NodeJS.ErrnoException) => e);
  if (!(stat instanceof Error)) {
    yield* onDisk(arg, stat, extensions);
    return;
  }
  if (stat.code === 'ENOENT' && arg.includes('\uFFFD')) {
    // Node decoded a name that is not UTF-8 with U+FFFD: find the bytes it came from.
    for (const raw of await rawPaths(arg)) {
      const rawStat = await fs.stat(raw).catch(() => null);
      if (rawStat) {
        yield* onDisk(raw, rawStat, extensions);
        return;
      }
    }
  }
  const globs = stat.code === 'ENOENT' || stat.code === 'ENOTDIR' ? await import('./globs.js') : null;
  if (globs && (await globs.isGlob(arg))) yield* globs.expandGlob(arg);
  else yield errorItem(arg, stat.code ?? 'EIO', stat.code === 'ENOENT' || stat.code === 'ENOTDIR' ? 'no such file or directory' : stat.message);
}

/**
 * Turns command-line paths into documents, in argument order. Each argument is looked up on
 * disk first, so names with spaces, brackets or parentheses are never mistaken for globs.
 * Never throws: whatever goes wrong with one argument is an error item in its place.
 */
export async function* discover(args: string[], extensions = DEFAULT_EXTENSIONS): AsyncGenerator<InputItem> {
  let stdinGiven = false;
  for (const arg of args) {
    if (arg === '-') {
      // stdin is one document, read once: "- -" must not give a second, empty record.
      if (!stdinGiven) yield { kind: 'stdin', source: '-' };
      stdinGiven = true;
      continue;
    }
    try {
      yield* argument(arg, extensions);
    } catch (e) {
      yield errorItem(arg, (e as NodeJS.ErrnoException).code ?? 'EIO', (e as Error).message);
    }
  }
}
