import type { Writable } from 'node:stream';
import type { InputItem } from '../input/discover.js';

/** What stdout is connected to; decides whether a progress bar could share its screen. */
export type StdoutKind = 'terminal' | 'pipe' | 'file' | 'null-device';

export interface ProgressContext {
  quiet: boolean;
  stdout: StdoutKind;
  stderrIsTTY: boolean;
  /** glean reads stdin and stdin is the terminal the user types into. */
  readsTerminalStdin: boolean;
  env: Record<string, string | undefined>;
}

/**
 * The bar goes to stderr only when nothing else can be on that screen: stdout written to a file
 * (or /dev/null), never a terminal or a pipe (a pipe may end in `less` or print there), no typing
 * into stdin, and a terminal that understands cursor movement.
 */
export function showsProgress(c: ProgressContext): boolean {
  return !c.quiet && c.stderrIsTTY && (c.stdout === 'file' || c.stdout === 'null-device') && !c.readsTerminalStdin && c.env.TERM !== 'dumb';
}

export interface Progress {
  tick(): void;
  /** Clears the bar's line, leaving the terminal as it was. Safe to call twice. */
  stop(): void;
}

/**
 * A progress bar on stderr (documents done, rate, time left). The total comes from a second,
 * cheap walk over the same inputs, so the run itself never holds the file list in memory.
 * The cursor stays visible and line wrapping on, so an interrupted run leaves nothing to repair.
 */
export async function startProgress(stream: Writable, inputs: AsyncIterable<InputItem>): Promise<Progress> {
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar({
    stream,
    format: 'glean {bar} {value}/{total} documents | {rate} docs/s | {eta_formatted} left',
    hideCursor: false,
    // true: keep wrapping on (the terminal's normal state) and cut the bar to the width instead.
    linewrap: true,
    clearOnComplete: true,
    etaBuffer: 200,
    fps: 5,
  }, cliProgress.Presets.shades_classic);
  const started = Date.now();
  let done = 0;
  let total = 0;
  let stopped = false;
  bar.start(0, 0, { rate: '0' });
  void (async () => {
    for await (const _ of inputs) {
      if (stopped) return;
      total++;
      if (total % 500 === 0) bar.setTotal(total);
    }
    if (!stopped) bar.setTotal(total);
  })();
  return {
    tick() {
      done++;
      if (done > total) bar.setTotal((total = done));
      bar.update(done, { rate: (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(0) });
    },
    stop() {
      if (stopped) return;
      stopped = true;
      bar.stop();
    },
  };
}
