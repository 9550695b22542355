import { fstatSync } from 'node:fs';
import { execute } from './execute.js';
import type { StdoutKind } from './progress.js';

/** What file descriptor 1 is: decides whether a progress bar could share the user's screen. */
function stdoutKind(): StdoutKind {
  if (process.stdout.isTTY) return 'terminal';
  try {
    const stat = fstatSync(1);
    if (stat.isFile()) return 'file';
    if (stat.isCharacterDevice()) return 'null-device';
  } catch {
    // A closed descriptor: treat it as a pipe, the case that never shows progress.
  }
  return 'pipe';
}

/**
 * The process boundary: real streams in, exit status out. The status is set, never forced, so
 * output is not cut off — except after SIGINT or SIGTERM, where the run has already written its
 * last whole record and the process ends as soon as that is flushed.
 */
export async function main(): Promise<void> {
  // A closed pipe or full disk surfaces as an 'error' event; execute() reads it from the stream
  // it writes to. Without a listener Node would throw it as an uncaught exception.
  process.stdout.on('error', () => undefined);
  process.stderr.on('error', () => undefined);
  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => stop.abort(signal);
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  let status: number;
  try {
    status = await execute({
      argv: process.argv.slice(2),
      env: process.env,
      // Node makes process.stdin on first use, loading the stream modules for it: --help, a
      // usage error or a run over files never needs it.
      get stdin() {
        return process.stdin;
      },
      stdout: process.stdout,
      stderr: process.stderr,
      stdoutKind: stdoutKind(),
      interrupt: stop.signal,
    });
  } catch (e) {
    process.stderr.write(`glean: internal error: ${(e as Error).message}\n`);
    status = 1;
  }
  process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
  if (stop.signal.aborted) process.stdout.write('', () => process.exit(status));
  else process.exitCode = status;
}
