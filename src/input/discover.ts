import { promises as fs } from 'node:fs';
import path from 'node:path';

/** One document to read: a file, stdin, or an argument that failed to yield one. */
export type InputItem =
  | { kind: 'file'; source: string }
  | { kind: 'stdin'; source: '-' }
  | { kind: 'error'; source: string; error: { code: string; message: string } };

export const DEFAULT_EXTENSIONS = ['.txt', '.text', '.md'];

const isHidden = (name: string) => name.startsWith('.');

const errorItem = (source: string, code: string, message: string): InputItem => ({ kind: 'error', source, error: { code, message } });

/**
 * Files under a folder, recursively, in sorted order; hidden entries skipped, symlink loops cut.
 * A sub-folder that cannot be read becomes an error item; the walk goes on.
 */
async function* walk(dir: string, extensions: string[], seen: Set<string>): AsyncGenerator<InputItem> {
  let entries;
  try {
    const real = await fs.realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    yield errorItem(dir, err.code ?? 'EIO', `cannot read folder: ${err.message}`);
    return;
  }
  entries = entries.filter((e) => !isHidden(e.name)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await fs.stat(full).catch(() => null);
      isDir = target?.isDirectory() ?? false;
      isFile = target?.isFile() ?? false;
    }
    if (isDir) yield* walk(full, extensions, seen);
    else if (isFile && extensions.includes(path.extname(entry.name).toLowerCase())) yield { kind: 'file', source: full };
  }
}

/**
 * Turns command-line paths into documents, in argument order. Each argument is looked up on
 * disk first, so names with spaces, brackets or parentheses are never mistaken for globs.
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
    const stat = await fs.stat(arg).catch((e: NodeJS.ErrnoException) => e);
    if (stat instanceof Error) {
      // fast-glob is loaded only when an argument is not on disk: it costs start-up time. It does not
      // follow symlinked folders, so a link loop cannot make a glob endless.
      const fg = stat.code === 'ENOENT' ? (await import('fast-glob')).default : null;
      if (fg?.isDynamicPattern(arg)) {
        const matches = (await fg(arg, { onlyFiles: true, dot: false, followSymbolicLinks: false })).sort();
        if (matches.length === 0) yield errorItem(arg, 'ENOMATCH', 'no files match this pattern');
        for (const source of matches) yield { kind: 'file', source };
      } else {
        yield errorItem(arg, stat.code ?? 'EIO', stat.code === 'ENOENT' ? 'no such file or directory' : stat.message);
      }
    } else if (stat.isDirectory()) {
      let found = false;
      for await (const item of walk(arg, extensions, new Set())) {
        found = true;
        yield item;
      }
      if (!found) yield errorItem(arg, 'ENOFILES', `no ${extensions.join(', ')} files in this folder`);
    } else {
      yield { kind: 'file', source: arg };
    }
  }
}
