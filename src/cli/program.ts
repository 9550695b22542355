import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError, Option } from '@commander-js/extra-typings';
import { createRequire } from 'node:module';
import { DEFAULT_EXTENSIONS } from '../input/discover.js';
import { FORMATS } from '../output/index.js';


const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
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
    .addOption(new Option('-j, --jobs <n>', 'worker threads').default(availableParallelism(), 'available cores').argParser(positiveInteger))
    .option('--ext <list>', 'file extensions read inside folders', extensionList, DEFAULT_EXTENSIONS)
    .option('-q, --quiet', 'no progress bar')
    .option('--lexicon <file>', 'your own names (TSV or JSON Lines, see README), applied before the built-in knowledge; repeatable', (file: string, files: string[]) => [...files, file], [] as string[])
    .addHelpText('after', `
Exit status: 0 all inputs processed, 1 some inputs failed (the rest still written), 2 usage error.

Examples:
  glean article.txt                      tables on the terminal
  glean -f jsonl archive/ > facts.jsonl  one JSON record per article
  cat article.txt | glean -f json | jq '.[0].people[].name'`);
}
