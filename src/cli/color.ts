export const COLOR_CHOICES = ['auto', 'always', 'never'] as const;
export type ColorChoice = (typeof COLOR_CHOICES)[number];
export type ColorLevel = 0 | 1 | 2 | 3;

/** FORCE_COLOR as chalk reads it: '' or 'true' is level 1, a number is that level, anything else 0. */
function forcedLevel(force: string): ColorLevel {
  if (force === '' || force === 'true') return 1;
  const n = Number.parseInt(force, 10);
  return Number.isNaN(n) ? 0 : (Math.max(0, Math.min(n, 3)) as ColorLevel);
}

/**
 * The colour level for stdout. `--color never` and `always` decide outright (always at least
 * 16 colours, more if FORCE_COLOR or the terminal says so); `auto` lets FORCE_COLOR win, then
 * NO_COLOR (https://no-color.org), then no colour off a terminal or on a dumb one, else what
 * the terminal supports.
 */
export async function colorLevel(env: Record<string, string | undefined>, isTTY: boolean | undefined, choice: ColorChoice = 'auto'): Promise<ColorLevel> {
  if (choice === 'never') return 0;
  const force = env.FORCE_COLOR;
  if (choice === 'always') return Math.max(1, force === undefined ? await terminalLevel() : forcedLevel(force)) as ColorLevel;
  if (force !== undefined) return forcedLevel(force);
  if (env.NO_COLOR || !isTTY || env.TERM === 'dumb') return 0;
  return terminalLevel();
}

async function terminalLevel(): Promise<ColorLevel> {
  const { supportsColor } = await import('chalk');
  return supportsColor ? supportsColor.level : 1;
}
