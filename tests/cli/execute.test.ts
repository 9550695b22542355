import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { execute, type CliIO } from '../../src/cli/execute.js';

/** Runs the CLI in-process on fake streams; returns status and what it wrote. */
async function run(argv: string[], opts: { stdin?: string; stdinTTY?: boolean; stdoutTTY?: boolean; env?: CliIO['env'] } = {}) {
  const stdout = Object.assign(new PassThrough(), { isTTY: opts.stdoutTTY, columns: 80 });
  const stderr = new PassThrough();
  const stdin = Object.assign(Readable.from(opts.stdin ? [Buffer.from(opts.stdin)] : []), { isTTY: opts.stdinTTY });
  const chunks: string[] = [], errors: string[] = [];
  stdout.on('data', (c) => chunks.push(String(c)));
  stderr.on('data', (c) => errors.push(String(c)));
  const status = await execute({ argv, env: opts.env ?? {}, stdin, stdout, stderr });
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
});
