import { describe, expect, it } from 'vitest';
import { colorLevel } from '../../src/cli/color.js';

describe('colorLevel', () => {
  it.each([
    [{}, false, 0],
    [{ NO_COLOR: '1' }, true, 0],
    [{ TERM: 'dumb' }, true, 0],
    [{ FORCE_COLOR: '1' }, false, 1],
    [{ FORCE_COLOR: '3', NO_COLOR: '1' }, false, 3],
    [{ FORCE_COLOR: '' }, false, 1],
    [{ FORCE_COLOR: 'false' }, true, 0],
    [{ FORCE_COLOR: '0' }, true, 0],
  ] as const)('%j on a terminal: %s -> %i', async (env, tty, level) => {
    expect(await colorLevel(env, tty)).toBe(level);
  });

  it('colours a terminal', async () => {
    expect(await colorLevel({}, true)).toBeGreaterThan(0);
  });
});
