import type { Writable } from 'node:stream';
import type { InputItem } from '../input/discover.js';

export interface Progress {
  tick(): void;
  stop(): void;
}

/**
 * A progress bar on stderr (documents done, rate, time left). The total comes from a second,
 * cheap walk over the same inputs, so the run itself never holds the file list in memory.
 */
export async function startProgress(stream: Writable, inputs: AsyncIterable<InputItem>): Promise<Progress> {
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar({
    stream,
    format: 'glean {bar} {value}/{total} documents | {rate} docs/s | {eta_formatted} left',
    hideCursor: true,
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
      stopped = true;
      bar.stop();
    },
  };
}
