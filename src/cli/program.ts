import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError, Option } from '@commander-js/extra-typings';
import { createRequire } from 'node:module';
import { DEFAULT_EXTENSIONS } from '../input/discover.js';
import { DEFAULT_MAX_SIZE, formatSize, MAX_INPUT_SIZE, parseSize } from '../input/size.js';
import { FORMATS } from '../output/index.js';


const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return n;
}

/** The most worker threads -j takes: each costs memory, and far more threads than cores only adds overhead. */
export const MAX_JOBS = 128;

function jobCount(value: string): number {
  const n = positiveInteger(value);
  if (n > MAX_JOBS) throw new InvalidArgumentError(`expected at most ${MAX_JOBS}`);
  return n;
}

function byteSize(value: string): number {
  const n = parseSize(value);
  if (n === null || n < 1) throw new InvalidArgumentError('expected a size such as 64M, 500k or 1G');
  if (n > MAX_INPUT_SIZE) throw new InvalidArgumentError(`expected at most ${formatSize(MAX_INPUT_SIZE)}`);
  return n;
}

function extensionList(value: string): string[] {
  return value.split(',').map((e) => e.trim().toLowerCase()).filter(Boolean).map((e) => (e.startsWith('.') ? e : `.${e}`));
}

/** The command line of ../shared/SPEC.md. Kept free of heavy imports so --help is instant. */
export function makeProgram() {
  return new Command()
    .name('glean')
    .description('Pull people, organizations, countries, counts and quotes out of news articles.')
    .version(version, '-V, --version')
    .argument('[paths...]', 'files, folders (walked recursively) and globs; "-" or piped input reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, jsonl when piped)').choices(FORMATS))
    .addOption(new Option('-j, --jobs <n>', `worker threads (at most ${MAX_JOBS})`).default(Math.min(availableParallelism(), MAX_JOBS), 'available cores').argParser(jobCount))
    .addOption(new Option('--max-size <size>', `inputs larger than this give an ETOOLARGE error record (k, M, G suffixes; at most ${formatSize(MAX_INPUT_SIZE)})`).default(DEFAULT_MAX_SIZE, formatSize(DEFAULT_MAX_SIZE)).argParser(byteSize))
    .option('--ext <list>', 'file extensions read inside folders', extensionList, DEFAULT_EXTENSIONS)
    .option('-q, --quiet', 'no progress bar')
    .addHelpText('after', `
Exit status: 0 all inputs processed, 1 some inputs failed (the rest still written), 2 usage error.

Examples:
  glean article.txt                      tables on the terminal
  glean -f jsonl archive/ > facts.jsonl  one JSON record per article
  cat article.txt | glean -f json | jq '.[0].people[].name'`);
}
