/**
 * Which documents a run processes: a shard of them (`--shard I/N`), and those an earlier,
 * interrupted run has not yet written (`--resume`). Both count documents, after archives are
 * opened, so one large archive is shared between machines and resumed mid-way like a folder.
 */
import type { InputItem } from './discover.js';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/**
 * The I-th of N shares: the documents at positions I-1, I-1+N, I-1+2N, … of the input order.
 * Every machine given the same paths sees the same order, so N shards cover every document once;
 * and line k of shard I is document (k-1)·N + I-1 of a single run, so the shards' outputs
 * interleaved line by line are that run's output.
 */
export async function* takeShard(items: AsyncIterable<InputItem>, { index, count }: Shard): AsyncGenerator<InputItem> {
  let position = 0;
  for await (const item of items) {
    if (position++ % count === index - 1) yield item;
  }
}

/**
 * The documents whose records are not yet written: `written` counts the records per source
 * already in the output, so that many first occurrences of each source are passed over.
 */
export async function* skipWritten(items: AsyncIterable<InputItem>, written: Map<string, number>): AsyncGenerator<InputItem> {
  for await (const item of items) {
    const left = written.get(item.source) ?? 0;
    if (left > 0) written.set(item.source, left - 1);
    else yield item;
  }
}

/** Parses `I/N` (1 <= I <= N); null when it is not one. */
export function parseShard(value: string): Shard | null {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return Number.isSafeInteger(count) && index >= 1 && index <= count ? { index, count } : null;
}
