/**
 * The colour level for stdout: FORCE_COLOR wins (as chalk reads it), then NO_COLOR
 * (https://no-color.org), then no colour off a terminal or on a dumb one, else what the
 * terminal supports.
 */
export async function colorLevel(env: Record<string, string | undefined>, isTTY: boolean | undefined): Promise<0 | 1 | 2 | 3> {
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '' || force === 'true') return 1;
    const n = Number.parseInt(force, 10);
    return Number.isNaN(n) ? 0 : (Math.max(0, Math.min(n, 3)) as 0 | 1 | 2 | 3);
  }
  if (env.NO_COLOR || !isTTY || env.TERM === 'dumb') return 0;
  const { supportsColor } = await import('chalk');
  return supportsColor ? supportsColor.level : 1;
}
