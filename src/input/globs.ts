/**
 * Glob arguments (fast-glob), made safe for hostile patterns: braces that would expand to more
 * patterns than MAX_BRACE_EXPANSION are refused before fast-glob sees them, a folder that cannot be
 * read becomes an error item and the walk goes on, and any other failure is an error item for the
 * pattern. fast-glob is loaded only when an argument is not on disk: it costs start-up time.
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { InputItem } from './discover.js';
import { errorItem } from './discover.js';
import { escapedName, rawPaths } from './raw-path.js';

/** The most patterns the braces of one glob may expand to (fast-glob's brace library refuses ranges longer than this too). */
export const MAX_BRACE_EXPANSION = 1000;

/**
 * How many patterns the braces of `glob` expand to, as bash and fast-glob expand them: `{a,b}` is
 * the sum of its alternatives, `{1..20}` and `{a..e}` the length of the range, neighbours multiply.
 * Counting stops just past `cap`, so a 22-fold `{a,b}{a,b}…` costs nothing to refuse.
 */
export function braceExpansions(glob: string, cap = MAX_BRACE_EXPANSION): number {
  let i = 0;
  const limit = (n: number) => Math.min(n, cap + 1);
  const range = (inner: string): number | null => {
    const m = /^(-?\d+|[a-zA-Z])\.\.(-?\d+|[a-zA-Z])(?:\.\.(-?\d+))?$/.exec(inner);
    if (!m) return null;
    const value = (s: string) => (/^-?\d+$/.test(s) ? Number(s) : s.charCodeAt(0));
    const step = Math.abs(Number(m[3] ?? 1)) || 1;
    return limit(Math.floor(Math.abs(value(m[2]!) - value(m[1]!)) / step) + 1);
  };
  // A run of text and brace groups up to an unescaped ',' or '}' (inside a group) or the end.
  const sequence = (inGroup: boolean): number => {
    let total = 1;
    while (i < glob.length) {
      const c = glob[i]!;
      if (c === '\\') i += 2;
      else if (inGroup && (c === ',' || c === '}')) break;
      else if (c === '{') total = limit(total * group());
      else i++;
    }
    return total;
  };
  const group = (): number => {
    const open = i++;
    const alternatives = [sequence(true)];
    while (glob[i] === ',') {
      i++;
      alternatives.push(sequence(true));
    }
    if (glob[i] !== '}') {
      i = open + 1; // an unclosed brace is a literal character
      return 1;
    }
    i++;
    if (alternatives.length > 1) return limit(alternatives.reduce((a, b) => a + b, 0));
    return range(glob.slice(open + 1, i - 1)) ?? alternatives[0]!;
  };
  return sequence(false);
}

/**
 * readdir for fast-glob. A folder it cannot read (EACCES, EIO) is noted and the walk goes on; a
 * folder whose name is not UTF-8 (fast-glob asks for it by its lossy name) is read by its bytes.
 */
function forgivingReaddir(unreadable: Map<string, NodeJS.ErrnoException>) {
  return (dir: string, ...rest: unknown[]) => {
    const callback = rest.pop() as (err: NodeJS.ErrnoException | null, entries?: unknown[]) => void;
    const options = rest[0] as { withFileTypes: true } | undefined;
    const list = (p: string | Buffer) => (options ? fsp.readdir(p, options) : fsp.readdir(p));
    list(dir)
      .catch(async (err: NodeJS.ErrnoException) => {
        if (err.code === 'ENOENT' && dir.includes('\uFFFD')) return (await Promise.all((await rawPaths(dir)).map((raw) => list(raw).catch(() => [])))).flat();
        if (err.code === 'ENOENT') throw err;
        if (err.code !== 'ENOTDIR') unreadable.set(dir, err); // a file where a folder was expected: no match
        return [];
      })
      .then((entries) => callback(null, entries), (err: NodeJS.ErrnoException) => callback(err));
  };
}

/** Looks like a glob to fast-glob (unquoted *, ?, [...], {...}, extglobs). */
export async function isGlob(arg: string): Promise<boolean> {
  const fg = (await import('fast-glob')).default;
  return fg.isDynamicPattern(arg);
}

/**
 * The files a glob matches, in sorted order, with an error item in sorted place for each folder
 * that could not be read; one error item for the pattern when it cannot be expanded at all.
 */
export async function* expandGlob(pattern: string): AsyncGenerator<InputItem> {
  if (braceExpansions(pattern) > MAX_BRACE_EXPANSION) {
    yield errorItem(pattern, 'EGLOB', `the braces of this pattern expand to more than ${MAX_BRACE_EXPANSION} patterns`);
    return;
  }
  const fg = (await import('fast-glob')).default;
  const unreadable = new Map<string, NodeJS.ErrnoException>();
  let matches: string[];
  try {
    // Symlinked folders are not followed, so a link loop cannot make a glob endless.
    matches = await fg(pattern, { onlyFiles: true, dot: false, followSymbolicLinks: false, fs: { readdir: forgivingReaddir(unreadable) } as never });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    yield errorItem(pattern, 'EGLOB', `cannot expand this pattern: ${err.message}`);
    return;
  }
  const found: Array<{ key: string; item: InputItem }> = [];
  for (const [dir, err] of unreadable) {
    // fast-glob asks for folders by absolute path; show them as the matches are shown.
    const shown = path.isAbsolute(pattern) ? dir : path.relative(process.cwd(), dir);
    found.push({ key: shown, item: errorItem(shown, err.code ?? 'EIO', `cannot read folder: ${err.message}`) });
  }
  for (const match of new Set(matches)) {
    if (!match.includes('\uFFFD')) {
      found.push({ key: match, item: { kind: 'file', source: match } });
      continue;
    }
    // A name that is not UTF-8 came back lossy: find its bytes on disk.
    for (const raw of await rawPaths(match)) found.push({ key: match, item: { kind: 'file', source: escapedName(raw), path: raw } });
  }
  if (found.length === 0) yield errorItem(pattern, 'ENOMATCH', 'no files match this pattern');
  found.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const { item } of found) yield item;
}
