/**
 * File names that are not valid UTF-8 (old Latin-1 archives, say). Node reads such a name as a
 * string with U+FFFD in place of its bad bytes, which names no file on disk; glean keeps the name's
 * bytes to open the file, and shows it in `source` with each bad byte written as \xNN.
 */
import { isUtf8 } from 'node:buffer';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** A name's bytes as text: valid UTF-8 as it is, each byte of an invalid sequence as \xNN. */
export function escapedName(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isUtf8(buffer)) return buffer.toString('utf8');
  let out = '';
  for (let i = 0; i < buffer.length; ) {
    const lead = buffer[i]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length > 0 && i + length <= buffer.length && isUtf8(buffer.subarray(i, i + length))) {
      out += buffer.toString('utf8', i, i + length);
      i += length;
    } else {
      out += `\\x${lead.toString(16).padStart(2, '0')}`;
      i++;
    }
  }
  return out;
}

/** The name as text when its bytes are UTF-8, else null. */
export const utf8Name = (bytes: Buffer): string | null => (isUtf8(bytes) ? bytes.toString('utf8') : null);

const LOSSY = /\uFFFD+/g;
const sameLossy = (bytes: Buffer, lossy: string) => bytes.toString('utf8').replace(LOSSY, '\uFFFD') === lossy;

/** Paths tried at most for one lossy name: each bad component may match several names on disk. */
const MAX_CANDIDATES = 64;

/**
 * The paths on disk (as bytes) that a name Node decoded lossily could have come from: every
 * component holding U+FFFD is matched against the bytes of the names in its folder. For command-line
 * arguments and glob matches; [] when nothing matches.
 */
export async function rawPaths(lossy: string): Promise<Buffer[]> {
  const absolute = lossy.startsWith(path.sep);
  const sep = Buffer.from(path.sep);
  // An empty buffer stands for the current folder.
  let candidates: Buffer[] = [absolute ? sep : Buffer.alloc(0)];
  for (const part of lossy.split(path.sep).slice(absolute ? 1 : 0)) {
    const next: Buffer[] = [];
    for (const dir of candidates) {
      const join = (name: Buffer) => (dir.length === 0 ? name : dir.at(-1) === sep[0] ? Buffer.concat([dir, name]) : Buffer.concat([dir, sep, name]));
      if (!part.includes('\uFFFD')) {
        next.push(join(Buffer.from(part)));
        continue;
      }
      const wanted = part.replace(LOSSY, '\uFFFD');
      const names = await fs.readdir(dir.length ? dir : '.', { encoding: 'buffer' }).catch(() => [] as Buffer[]);
      for (const name of names) if (sameLossy(name, wanted)) next.push(join(name));
    }
    candidates = next.slice(0, MAX_CANDIDATES);
  }
  return candidates;
}
