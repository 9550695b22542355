import type { Readable, Writable } from 'node:stream';
import { CommanderError } from '@commander-js/extra-typings';
import type { Emit, Rendered } from '../batch.js';
import { isErrorRecord, type ErrorRecord, type OutputRecord } from '../types.js';
import { visible } from '../output/escape.js';
import { HELP_HINT, makeProgram, usageMessage, type InputOptions, type Invocation } from './program.js';
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
type Writer = ReturnType<typeof writer>;

/** Parses the command line and runs it; returns the exit status. */
export async function execute(io: CliIO): Promise<number> {
  let invocation: Invocation | undefined;
  const program = makeProgram((i) => { invocation = i; });
  for (const command of [program, ...program.commands]) {
    command.exitOverride().configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(usageMessage(s)),
    });
  }
  try {
    program.parse(io.argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw e;
  }
  if (!invocation) return EXIT.ok;
  if (invocation.command === 'rules') return listRules(io);
  if (invocation.paths.length === 0) {
    if (io.stdin.isTTY) {
      io.stderr.write(`glean: no input: give files, folders or globs, or pipe text to stdin ${HELP_HINT}\n`);
      return EXIT.usage;
    }
    invocation.paths = ['-'];
  }
  if (!(await installLexicons(invocation.options.lexicon, io.stderr))) return EXIT.usage;
  const { output } = invocation.options;
  if (invocation.command === 'extract' && invocation.options.resume) {
    const format = invocation.options.format ?? 'jsonl';
    if (!output || format !== 'jsonl') {
      io.stderr.write(`glean: --resume needs -o FILE and the jsonl format ${HELP_HINT}\n`);
      return EXIT.usage;
    }
  }
  if (!output) return invocation.command === 'summary' ? summarize(io, invocation) : extract(io, invocation);
  return toFile(io, output, invocation);
}

/** The run with -o FILE: written there (appended to with --resume), the file closed before the status is returned. */
async function toFile(io: CliIO, output: string, invocation: Exclude<Invocation, { command: 'rules' }>): Promise<number> {
  const [{ createWriteStream }, { takeWritten }] = await Promise.all([import('node:fs'), import('../input/resume.js')]);
  let written: Map<string, number> | undefined;
  if (invocation.command === 'extract' && invocation.options.resume) {
    try {
      written = (await takeWritten(output)).sources;
    } catch (e) {
      io.stderr.write(`glean: ${visible(`cannot resume ${output}: ${(e as Error).message}`)}\n`);
      return EXIT.inputFailed;
    }
  }
  const file = createWriteStream(output, { flags: written ? 'a' : 'w' });
  const opened = await new Promise<Error | null>((resolve) => file.once('open', () => resolve(null)).once('error', resolve));
  if (opened) {
    io.stderr.write(`glean: ${visible(`cannot write ${output}: ${opened.message}`)}\n`);
    return EXIT.inputFailed;
  }
  const fileIO: CliIO = { ...io, stdout: file, stdoutKind: 'file' };
  const formats = { format: invocation.options.format ?? (invocation.command === 'summary' ? 'json' : 'jsonl') };
  const status = invocation.command === 'summary'
    ? await summarize(fileIO, { ...invocation, options: { ...invocation.options, ...formats } as typeof invocation.options })
    : await extract(fileIO, { ...invocation, options: { ...invocation.options, ...formats } as typeof invocation.options }, written);
  await new Promise<void>((resolve) => file.end(resolve));
  return status;
}

/** `glean rules`: every rule id with one line on what it does. */
async function listRules(io: CliIO): Promise<number> {
  const { formatRules } = await import('../rules/registry.js');
  try {
    await writer(io.stdout).write(formatRules());
  } catch (e) {
    if (!(e instanceof OutputClosed)) throw e; // `glean rules | head` is normal
  }
  return EXIT.ok;
}

/**
 * Reads and validates the --lexicon files and installs their entries (worker threads get them
 * from the batch runner); false, after a `glean: FILE:LINE: reason` message, when one cannot
 * be read or has a bad line.
 */
async function installLexicons(files: string[], stderr: Writable): Promise<boolean> {
  const [{ readFile }, { parseLexicon }, { setUserLexicon }] = await Promise.all([
    import('node:fs/promises'), import('../knowledge/lexicon-file.js'), import('../knowledge/index.js'),
  ]);
  const entries = [];
  for (const file of files) {
    try {
      entries.push(...parseLexicon(await readFile(file, 'utf8'), file));
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      stderr.write(`glean: ${err.code ? `${file}: cannot read the lexicon (${err.code})` : err.message} ${HELP_HINT}\n`);
      return false;
    }
  }
  setUserLexicon(entries);
  return true;
}

/** `glean [paths]`: one record per document, streamed in input order. */
async function extract(io: CliIO, { paths, options }: Extract<Invocation, { command: 'extract' }>, written?: Map<string, number>): Promise<number> {
  const [{ documents }, { runBatch, rendered }, { makeFormatter, recordWriter }, { colorLevel }] = await Promise.all([
    import('../input/documents.js'), import('../batch.js'), import('../output/index.js'), import('./color.js'),
  ]);
  const format = options.format ?? (io.stdout.isTTY ? 'table' : 'jsonl');
  const formatOptions = {
    width: io.stdout.columns || 80,
    colorLevel: format === 'table' ? await colorLevel(io.env, io.stdout.isTTY, options.color) : 0,
    only: options.only,
    explain: Boolean(options.explain),
  } as const;
  const formatter = await makeFormatter(format, formatOptions);
  const inputs = documents(paths, { ...options, stdin: io.stdin, written });
  const batch = { jobs: options.jobs, maxSize: options.maxSize, stdin: io.stdin, withText: format === 'html' || Boolean(options.withText) };
  return run<Rendered>(io, paths, options, {
    begin: formatter.begin(),
    // The HTML report folds every record into its summary, so its records are written here; every
    // other format's are written by the thread that made them.
    produce: async (emit) => {
      if (format !== 'html') return runBatch(inputs, { ...batch, render: { format, ...formatOptions } }, emit);
      const text = await recordWriter(formatter, options.explain);
      return runBatch(inputs, batch, (record, index) => emit(rendered(record, text(record, index)), index));
    },
    failure: (done) => done.error,
    record: (done) => done.text,
    end: (count) => formatter.end(count),
  });
}

/** `glean summary [paths]`: the documents' facts folded together, written once at the end. */
async function summarize(io: CliIO, { paths, options }: Extract<Invocation, { command: 'summary' }>): Promise<number> {
  const [{ SummaryBuilder }, { summaryInputs }, { summaryCsv, summaryJson, summaryTable }, { colorLevel }, { Chalk }] = await Promise.all([
    import('../summary/aggregate.js'), import('../summary/inputs.js'), import('../summary/format.js'), import('./color.js'), import('chalk'),
  ]);
  const format = options.format ?? (io.stdout.isTTY ? 'table' : 'json');
  const chalk = new Chalk({ level: format === 'table' ? await colorLevel(io.env, io.stdout.isTTY, options.color) : 0 });
  const summary = new SummaryBuilder();
  return run<OutputRecord>(io, paths, options, {
    begin: '',
    produce: (emit) => summaryInputs(paths, { ...options, stdin: io.stdin }, emit),
    failure: (record) => (isErrorRecord(record) ? record : undefined),
    record: (record) => { summary.add(record); return ''; },
    end: () => {
      const s = summary.result();
      return format === 'json' ? summaryJson(s) : format === 'csv' ? summaryCsv(s) : summaryTable(s, { width: io.stdout.columns || 80, chalk });
    },
  });
}

interface RunPlan<T> {
  begin: string;
  /** Produces every input's result in input order through `emit`. */
  produce: (emit: Emit<T>) => Promise<unknown>;
  /** The error record of an input that failed. */
  failure: (result: T) => ErrorRecord | undefined;
  /** The text to write for a result. */
  record: (result: T, index: number) => string;
  end: (count: number) => string;
}

/**
 * What extraction and summary share: progress, error messages, the exit status, closed pipes
 * and signals. Each record's text is written as soon as it is ready.
 */
async function run<T>(io: CliIO, paths: string[], options: InputOptions, plan: RunPlan<T>): Promise<number> {
  const [{ discover }, { showsProgress, startProgress }] = await Promise.all([import('../input/discover.js'), import('./progress.js')]);
  const progress = showsProgress({
    quiet: Boolean(options.quiet),
    stdout: io.stdoutKind ?? (io.stdout.isTTY ? 'terminal' : 'pipe'),
    stderrIsTTY: Boolean(io.stderr.isTTY),
    readsTerminalStdin: Boolean(io.stdin.isTTY) && paths.includes('-'),
    env: io.env,
  }) ? await startProgress(io.stderr, discover(paths, options.ext)) : null;
  const stopProgress = () => progress?.stop();
  io.interrupt?.addEventListener('abort', stopProgress);

  const out: Writer = writer(io.stdout);
  let failed = 0;
  let count = 0;
  try {
    await out.write(plan.begin);
    const produced = plan.produce((result, index) => {
      if (io.interrupt?.aborted) throw new Interrupted();
      progress?.tick();
      const failure = plan.failure(result);
      if (failure) {
        failed++;
        io.stderr.write(`glean: ${visible(`${failure.source}: ${failure.error.message}`)}\n`);
      }
      count = index + 1;
      return out.write(plan.record(result, index));
    });
    // A signal ends the run at once, even while a document is still being read or processed.
    produced.catch(() => undefined);
    await Promise.race([produced, interrupted(io.interrupt)]);
    progress?.stop();
    await out.write(plan.end(count));
  } catch (e) {
    if (e instanceof Interrupted) {
      // Whole records only: close what the format opened (a JSON array) and stop.
      try { await out.write(plan.end(count)); } catch { /* stdout is gone: nothing to close */ }
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
