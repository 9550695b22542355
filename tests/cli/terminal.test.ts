import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// glean as a person sees it: run under a pseudo-terminal of 80 columns by util-linux `script`,
// which records every byte the terminal receives.
const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(root, 'bin', 'glean.js');
const fixtures = path.join(root, 'fixtures', 'articles');
const hasScript = spawnSync('script', ['--version']).status === 0;
const SKIP_REASON = hasScript ? '' : ' [skipped: needs util-linux `script` for a pseudo-terminal]';

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
const env = (extra: Record<string, string> = {}) => {
  const e: Record<string, string | undefined> = { ...process.env, TERM: 'xterm-256color', ...extra };
  delete e.NO_COLOR;
  delete e.FORCE_COLOR;
  return e as NodeJS.ProcessEnv;
};

/** The bytes a terminal receives while `command` runs in it. */
function screen(command: string, extraEnv: Record<string, string> = {}) {
  const run = spawnSync('script', ['-qec', `stty cols 80 rows 24; ${command}`, '/dev/null'], { encoding: 'utf8', env: env(extraEnv), stdio: ['ignore', 'pipe', 'pipe'] });
  return { status: run.status, bytes: run.stdout };
}

const glean = (args: string) => `${quote(process.execPath)} ${quote(bin)} ${args}`;
/** Escape sequences that change terminal state beyond the current line. */
const STATE_CHANGES = /\x1b\[\?(25l|7l)/;

describe.skipIf(!hasScript)(`glean in a terminal${SKIP_REASON}`, () => {
  it.each(['ocean-rescue.txt', 'budget-vote.txt', 'cup-final.txt'])('leaves the same screen as with -q: %s', (name) => {
    const file = quote(path.join(fixtures, name));
    const plain = screen(glean(file));
    expect(plain.status).toBe(0);
    expect(plain.bytes).toContain('People');
    expect(plain.bytes).toBe(screen(glean(`-q ${file}`)).bytes);
  });

  it('draws no progress on the screen stdout is on, even for a folder', () => {
    const folder = quote(fixtures);
    expect(screen(glean(`-f jsonl ${folder}`)).bytes).toBe(screen(glean(`-q -f jsonl ${folder}`)).bytes);
  });

  it('shows progress while stdout goes to a file, never hides the cursor or turns wrapping off, and clears it', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'glean-tty-')), 'out.jsonl');
    const folders = Array(40).fill(quote(fixtures)).join(' ');
    const run = screen(`${glean(`-f jsonl -j 1 ${folders}`)} > ${quote(out)}`);
    expect(run.status).toBe(0);
    expect(run.bytes).toContain('documents');
    expect(run.bytes).not.toMatch(STATE_CHANGES);
    expect(run.bytes).toMatch(/\x1b\[2K$/);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(120);
  });

  it('sends no control codes to TERM=dumb', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'glean-tty-')), 'out.jsonl');
    expect(screen(glean(quote(path.join(fixtures, 'cup-final.txt'))), { TERM: 'dumb' }).bytes).not.toContain('\x1b');
    expect(screen(`${glean(`-f jsonl ${quote(fixtures)}`)} > ${quote(out)}`, { TERM: 'dumb' }).bytes).not.toContain('\x1b');
  });

  it('on SIGINT leaves the terminal as it was and only whole records in the output', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'glean-int-'));
    const out = path.join(dir, 'out.jsonl');
    const pidFile = path.join(dir, 'pid');
    const folders = Array(3000).fill(quote(fixtures)).join(' ');
    writeFileSync(path.join(dir, 'run.sh'), `stty cols 80 rows 24\necho $$ > ${quote(pidFile)}\nexec ${glean(`-f jsonl -j 2 ${folders}`)} > ${quote(out)}\n`);
    const child = spawn('script', ['-qec', `sh ${quote(path.join(dir, 'run.sh'))}`, '/dev/null'], { env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
    let bytes = '';
    child.stdout.on('data', (c) => { bytes += String(c); });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    // Interrupt once the run is under way: some records written, most not.
    for (let i = 0; i < 600 && !(existsSync(out) && readFileSync(out, 'utf8').includes('\n')); i++) await new Promise((r) => setTimeout(r, 25));
    process.kill(Number(readFileSync(pidFile, 'utf8')), 'SIGINT');
    expect(await exited).toBe(130);
    const lines = readFileSync(out, 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThan(9000);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(bytes).not.toMatch(STATE_CHANGES);
    expect(bytes).toMatch(/\x1b\[2K$/);
  });
});
