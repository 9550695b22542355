import type { Readable, Writable } from 'node:stream';
import { CommanderError } from '@commander-js/extra-typings';
import { HELP_HINT, makeProgram, usageMessage } from './program.js';
import type { StdoutKind } from './progress.js';

export const EXIT = { ok: 0, inputFailed: 1, usage: 2 } as const;

/** The conventional status of a run stopped by a signal: 128 + its number. */
const SIGNAL_STATUS: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

/** Everything the CLI touches of its process, so tests can run it in-process. */
export interface CliIO {
  argv: string[];
  env: Record<string, string | undefined>;
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean };
  /** What stdout is connected to (default: a terminal if it says so, else a pipe). */
  stdoutKind?: StdoutKind;
  /** Aborted with a signal name (SIGINT, SIGTERM): stop after the record being written. */
  interrupt?: AbortSignal;
}

/** Raised when stdout is gone (closed pipe, full disk): the run stops quietly. */
class OutputClosed extends Error {}

/** Raised when a signal asks the run to stop. */
class Interrupted extends Error {}

/** Writes to a stream, waiting for 'drain' so a slow reader holds the run back instead of memory. */
function writer(stream: Writable) {
  let failure: NodeJS.ErrnoException | null = null;
  stream.on('error', (e: NodeJS.ErrnoException) => { failure ??= e; });
  const write = (text: string): Promise<void> | void => {
    if (failure) throw new OutputClosed(failure.message);
    if (!text || stream.write(text)) return;
    return new Promise((resolve, reject) => {
      const onDrain = () => { stream.off('error', onError); resolve(); };
      const onError = (e: Error) => { stream.off('drain', onDrain); reject(new OutputClosed(e.message)); };
      stream.once('drain', onDrain).once('error', onError);
    });
  };
  return { write, failure: () => failure };
}

/** Parses the command line and runs it; returns the exit status. */
export async function execute(io: CliIO): Promise<number> {
  const program = makeProgram()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(usageMessage(s)),
    });
  let listRules = false;
  for (const command of program.commands) {
    command.exitOverride().configureOutput(program.configureOutput()).action(() => { listRules = true; });
  }
  try {
    program.parse(io.argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw e;
  }
  if (listRules) {
    const { formatRules } = await import('../rules/registry.js');
    try {
      await writer(io.stdout).write(formatRules());
    } catch (e) {
      if (!(e instanceof OutputClosed)) throw e; // `glean rules | head` is normal
    }
    return EXIT.ok;
  }
  const options = program.opts();
  let paths = program.args;
  if (paths.length === 0) {
    if (io.stdin.isTTY) {
      io.stderr.write(`glean: no input: give files, folders or globs, or pipe text to stdin ${HELP_HINT}\n`);
      return EXIT.usage;
    }
    paths = ['-'];
  }

  // The heavy parts load only now, after --help and --version have had their chance.
  const [{ discover }, { runBatch }, { makeFormatter }, { showsProgress, startProgress }, { colorLevel }, { withoutRules }] = await Promise.all([
    import('../input/discover.js'), import('../batch.js'), import('../output/index.js'), import('./progress.js'), import('./color.js'),
    import('../rules/explain.js'),
  ]);
  const format = options.format ?? (io.stdout.isTTY ? 'table' : 'jsonl');
  const formatter = await makeFormatter(format, {
    width: io.stdout.columns || 80,
    colorLevel: format === 'table' ? await colorLevel(io.env, io.stdout.isTTY, options.color) : 0,
  }, { explain: Boolean(options.explain) });

  const progress = showsProgress({
    quiet: Boolean(options.quiet),
    stdout: io.stdoutKind ?? (io.stdout.isTTY ? 'terminal' : 'pipe'),
    stderrIsTTY: Boolean(io.stderr.isTTY),
    readsTerminalStdin: Boolean(io.stdin.isTTY) && paths.includes('-'),
    env: io.env,
  }) ? await startProgress(io.stderr, discover(paths, options.ext)) : null;
  const stopProgress = () => progress?.stop();
  io.interrupt?.addEventListener('abort', stopProgress);

  const out = writer(io.stdout);
  let failed = 0;
  let count = 0;
  try {
    await out.write(formatter.begin());
    const batch = runBatch(discover(paths, options.ext), { jobs: options.jobs, stdin: io.stdin }, (record, index) => {
      if (io.interrupt?.aborted) throw new Interrupted();
      progress?.tick();
      if ('error' in record) {
        failed++;
        io.stderr.write(`glean: ${record.source}: ${record.error.message}\n`);
      }
      count = index + 1;
      return out.write(formatter.record(options.explain ? record : withoutRules(record), index));
    });
    // A signal ends the run at once, even while a document is still being read or processed.
    batch.catch(() => undefined);
    await Promise.race([batch, interrupted(io.interrupt)]);
    await out.write(formatter.end(count));
  } catch (e) {
    if (e instanceof Interrupted) {
      // Whole records only: close what the format opened (a JSON array) and stop.
      try { await out.write(formatter.end(count)); } catch { /* stdout is gone: nothing to close */ }
      return SIGNAL_STATUS[String(io.interrupt?.reason)] ?? EXIT.inputFailed;
    }
    if (!(e instanceof OutputClosed)) throw e;
    const err = out.failure();
    // A reader that stopped early (`glean dir | head -1`) is normal: the run keeps the status it had.
    if (err?.code === 'EPIPE') return failed > 0 ? EXIT.inputFailed : EXIT.ok;
    io.stderr.write(`glean: cannot write output: ${e.message}\n`);
    return EXIT.inputFailed;
  } finally {
    io.interrupt?.removeEventListener('abort', stopProgress);
    stopProgress();
  }
  return failed > 0 ? EXIT.inputFailed : EXIT.ok;
}

/** Rejects with Interrupted when the signal aborts; never settles otherwise. */
function interrupted(signal: AbortSignal | undefined): Promise<never> {
  return new Promise((_, reject) => {
    if (signal?.aborted) reject(new Interrupted());
    signal?.addEventListener('abort', () => reject(new Interrupted()), { once: true });
  });
}
