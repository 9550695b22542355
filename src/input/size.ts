/** Byte sizes as people write them on the command line: 64M, 512k, 1.5G (powers of 1024), 1000. */

const UNITS = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 } as const;

/** The longest input glean reads: about the longest text a JavaScript string can hold (2^29 - 24 code units). */
export const MAX_INPUT_SIZE = 512 * 1024 ** 2;

/** The default `--max-size`: generous for news, small enough that a runaway input cannot exhaust memory. */
export const DEFAULT_MAX_SIZE = 64 * 1024 ** 2;

/** "64M" -> 67108864; null for anything that is not a size. */
export function parseSize(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)b?\s*$/i.exec(text);
  if (!m) return null;
  const bytes = Math.floor(Number(m[1]) * UNITS[m[2]!.toLowerCase() as keyof typeof UNITS]);
  return Number.isSafeInteger(bytes) ? bytes : null;
}

/** 67108864 -> "64M", 1536 -> "1.5k": the largest unit that keeps the number short. */
export function formatSize(bytes: number): string {
  for (const unit of ['G', 'M', 'k'] as const) {
    const n = bytes / UNITS[unit.toLowerCase() as 'g' | 'm' | 'k'];
    if (n >= 1) return `${Number(n.toFixed(1))}${unit}`;
  }
  return `${bytes} bytes`;
}
