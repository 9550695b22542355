import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { execute, type CliIO } from '../../src/cli/execute.js';

/** Runs the CLI in-process on fake streams; returns status and what it wrote. */
async function run(argv: string[], opts: { stdin?: string; stdinTTY?: boolean; stdoutTTY?: boolean; env?: CliIO['env']; interrupt?: AbortController } = {}) {
  const stdout = Object.assign(new PassThrough(), { isTTY: opts.stdoutTTY, columns: 80 });
  const stderr = new PassThrough();
  const stdin = Object.assign(Readable.from(opts.stdin ? [Buffer.from(opts.stdin)] : []), { isTTY: opts.stdinTTY });
  const chunks: string[] = [], errors: string[] = [];
  stdout.on('data', (c) => {
    chunks.push(String(c));
    // Interrupt once the first record is out.
    if (chunks.join('').includes('source')) opts.interrupt?.abort('SIGINT');
  });
  stderr.on('data', (c) => errors.push(String(c)));
  const status = await execute({ argv, env: opts.env ?? {}, stdin, stdout, stderr, interrupt: opts.interrupt?.signal });
  return { status, stdout: chunks.join(''), stderr: errors.join('') };
}

describe('execute', () => {
  it('reads piped stdin when no path is given', async () => {
    const r = await run(['-f', 'jsonl'], { stdin: 'Ghana and Mali signed the deal.' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).source).toBe('-');
  });

  it('is a usage error to give no path on an interactive terminal', async () => {
    const r = await run([], { stdinTTY: true });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no input');
  });

  it('writes a table on a terminal and JSON Lines into a pipe by default', async () => {
    expect((await run([], { stdin: 'Text.', stdoutTTY: true })).stdout).toContain('People');
    expect(JSON.parse((await run([], { stdin: 'Text.' })).stdout)).toMatchObject({ source: '-' });
  });

  it('honours NO_COLOR, and FORCE_COLOR over it', async () => {
    const tty = { stdin: 'Text.', stdoutTTY: true };
    expect((await run([], { ...tty, env: { NO_COLOR: '1' } })).stdout).not.toMatch(/\x1b\[/);
    expect((await run([], { ...tty, env: { NO_COLOR: '1', FORCE_COLOR: '1' } })).stdout).toMatch(/\x1b\[/);
  });

  it('colours by --color: never beats FORCE_COLOR, always colours a pipe', async () => {
    expect((await run(['--color', 'never'], { stdin: 'Text.', stdoutTTY: true, env: { FORCE_COLOR: '3' } })).stdout).not.toMatch(/\x1b\[/);
    expect((await run(['-f', 'table', '--color', 'always'], { stdin: 'Text.', env: { NO_COLOR: '1' } })).stdout).toMatch(/\x1b\[/);
  });

  it.each([[['--ext', '']], [['--ext', ',']], [['--jobs', '']], [['--jobs', '2x']], [['--color', 'sometimes']], [['--bogus']]])(
    'answers %j with one usage line ending in the --help hint, exit 2',
    async (argv) => {
      const r = await run([...argv, 'x.txt']);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^glean: [^\n]+ \(see glean --help\)\n$/);
    },
  );

  it('stops at a signal after whole records, closing the JSON array, with status 128 + the signal', async () => {
    const folder = new URL('../../fixtures/articles/', import.meta.url).pathname;
    const r = await run(['-f', 'json', '-j', '1', ...Array(50).fill(folder)], { interrupt: new AbortController() });
    expect(r.status).toBe(130);
    const records = JSON.parse(r.stdout);
    expect(records.length).toBeGreaterThan(0);
    expect(records.length).toBeLessThan(150);
  });
});
