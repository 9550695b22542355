import type { Readable, Writable } from 'node:stream';
import { CommanderError } from '@commander-js/extra-typings';
import type { LexiconEntry } from '../knowledge/lexicon-file.js';
import { makeProgram } from './program.js';

export const EXIT = { ok: 0, inputFailed: 1, usage: 2 } as const;

/** Everything the CLI touches of its process, so tests can run it in-process. */
export interface CliIO {
  argv: string[];
  env: Record<string, string | undefined>;
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean };
}

/** Raised when stdout is gone (closed pipe, full disk): the run stops quietly. */
class OutputClosed extends Error {}

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

/**
 * Reads and validates the --lexicon files and installs their entries for this thread; null
 * (after a `glean: FILE:LINE: reason` message) when one cannot be read or has a bad line.
 */
async function loadLexicons(files: string[], stderr: Writable): Promise<LexiconEntry[] | null> {
  const [{ readFile }, { parseLexicon }, { setUserLexicon }] = await Promise.all([
    import('node:fs/promises'), import('../knowledge/lexicon-file.js'), import('../knowledge/index.js'),
  ]);
  const entries: LexiconEntry[] = [];
  for (const file of files) {
    try {
      entries.push(...parseLexicon(await readFile(file, 'utf8'), file));
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      stderr.write(`glean: ${err.code ? `${file}: cannot read the lexicon (${err.code})` : err.message} (see glean --help)\n`);
      return null;
    }
  }
  setUserLexicon(entries);
  return entries;
}

/** Parses the command line and runs it; returns the exit status. */
export async function execute(io: CliIO): Promise<number> {
  const program = makeProgram()
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  try {
    program.parse(io.argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw e;
  }
  const options = program.opts();
  let paths = program.args;
  if (paths.length === 0) {
    if (io.stdin.isTTY) {
      io.stderr.write('glean: no input: give files, folders or globs, or pipe text to stdin (see glean --help)\n');
      return EXIT.usage;
    }
    paths = ['-'];
  }

  // The heavy parts load only now, after --help and --version have had their chance.
  const [{ discover }, { runBatch }, { makeFormatter }, { startProgress }, { colorLevel }] = await Promise.all([
    import('../input/discover.js'), import('../batch.js'), import('../output/index.js'), import('./progress.js'), import('./color.js'),
  ]);
  const lexicon = await loadLexicons(options.lexicon, io.stderr);
  if (!lexicon) return EXIT.usage;
  const format = options.format ?? (io.stdout.isTTY ? 'table' : 'jsonl');
  const formatter = await makeFormatter(format, {
    width: io.stdout.columns ?? 80,
    colorLevel: format === 'table' ? await colorLevel(io.env, io.stdout.isTTY) : 0,
  });

  const progress = io.stderr.isTTY && !options.quiet ? await startProgress(io.stderr, discover(paths, options.ext)) : null;
  const out = writer(io.stdout);
  let failed = 0;
  let count = 0;
  try {
    await out.write(formatter.begin());
    count = await runBatch(discover(paths, options.ext), { jobs: options.jobs, stdin: io.stdin, lexicon }, (record, index) => {
      progress?.tick();
      if ('error' in record) {
        failed++;
        io.stderr.write(`glean: ${record.source}: ${record.error.message}\n`);
      }
      return out.write(formatter.record(record, index));
    });
    await out.write(formatter.end(count));
  } catch (e) {
    if (!(e instanceof OutputClosed)) throw e;
    const err = out.failure();
    // A reader that stopped early (`glean dir | head -1`) is normal; anything else is worth a word.
    if (err?.code !== 'EPIPE') io.stderr.write(`glean: cannot write output: ${e.message}\n`);
    return EXIT.inputFailed;
  } finally {
    progress?.stop();
  }
  return failed > 0 ? EXIT.inputFailed : EXIT.ok;
}
