/** The documents a run reads, in input order: paths discovered, archives opened, the share and the rest selected. */
import type { Readable } from 'node:stream';
import { discover, type InputItem } from './discover.js';
import { expandArchives } from './archives/index.js';
import { skipWritten, takeShard, type Shard } from './select.js';

export interface DocumentOptions {
  ext: string[];
  maxSize: number;
  stdin: Readable;
  textField: string;
  idField?: string;
  shard?: Shard;
  /** Records already written, per source (--resume). */
  written?: Map<string, number>;
}

export function documents(paths: string[], options: DocumentOptions): AsyncIterable<InputItem> {
  let items: AsyncIterable<InputItem> = expandArchives(discover(paths, options.ext), options);
  if (options.shard) items = takeShard(items, options.shard);
  if (options.written) items = skipWritten(items, options.written);
  return items;
}
