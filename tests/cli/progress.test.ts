import { describe, expect, it } from 'vitest';
import { showsProgress, type ProgressContext } from '../../src/cli/progress.js';

const base: ProgressContext = { quiet: false, stdout: 'file', stderrIsTTY: true, readsTerminalStdin: false, env: { TERM: 'xterm' } };

describe('showsProgress', () => {
  it('shows a bar on stderr when stdout goes to a file or /dev/null', () => {
    expect(showsProgress(base)).toBe(true);
    expect(showsProgress({ ...base, stdout: 'null-device' })).toBe(true);
  });

  it.each<[string, Partial<ProgressContext>]>([
    ['stdout on the terminal', { stdout: 'terminal' }],
    ['stdout into a pipe (it may end in less)', { stdout: 'pipe' }],
    ['stderr not a terminal', { stderrIsTTY: false }],
    ['the user typing into stdin', { readsTerminalStdin: true }],
    ['a dumb terminal', { env: { TERM: 'dumb' } }],
    ['--quiet', { quiet: true }],
  ])('shows none with %s', (_, change) => {
    expect(showsProgress({ ...base, ...change })).toBe(false);
  });
});
