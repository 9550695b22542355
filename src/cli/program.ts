import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError, Option } from '@commander-js/extra-typings';
import { createRequire } from 'node:module';
import { DEFAULT_EXTENSIONS } from '../input/discover.js';
import { FORMATS } from '../output/index.js';
import { COLOR_CHOICES } from './color.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

/** Said at the end of every usage error. */
export const HELP_HINT = '(see glean --help)';

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return n;
}

function extensionList(value: string): string[] {
  const list = value.split(',').map((e) => e.trim().toLowerCase());
  if (list.some((e) => !/^\.?[\p{L}\p{N}_-]+(\.[\p{L}\p{N}_-]+)*$/u.test(e))) {
    throw new InvalidArgumentError('expected extensions separated by commas, such as .txt,.md');
  }
  return list.map((e) => (e.startsWith('.') ? e : `.${e}`));
}

/**
 * Commander's "error: …" message in glean's one voice: `glean: …` on one line, ending with
 * the hint to --help.
 */
export function usageMessage(commanderMessage: string): string {
  const text = commanderMessage.replace(/^error:\s*/i, '').replace(/\s*\n\s*/g, ' ').trim();
  return `glean: ${text} ${HELP_HINT}\n`;
}

/** The command line of ../shared/SPEC.md. Kept free of heavy imports so --help is instant. */
export function makeProgram() {
  const program = new Command()
    .name('glean')
    .description('Pull people, organizations, countries, counts and quotes out of news articles.')
    .version(version, '-V, --version')
    .argument('[paths...]', 'files, folders (walked recursively) and globs; "-" or piped input reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, jsonl when piped)').choices(FORMATS))
    .addOption(new Option('-j, --jobs <n>', 'worker threads').default(availableParallelism(), 'available cores').argParser(positiveInteger))
    .addOption(new Option('--ext <list>', 'file extensions read inside folders').default(DEFAULT_EXTENSIONS, DEFAULT_EXTENSIONS.join(',')).argParser(extensionList))
    .addOption(new Option('--color <when>', 'colour in tables: auto follows the terminal, NO_COLOR and FORCE_COLOR').choices(COLOR_CHOICES).default('auto' as const))
    .option('-q, --quiet', 'no progress bar (it only shows when stdout is a file and stderr a terminal)')
    .option('--explain', 'every fact carries the id of the rule that decided it (listed by glean rules)')
    .showSuggestionAfterError(true)
    .addHelpText('after', `
Exit status: 0 all inputs processed, 1 some inputs failed (the rest still written), 2 usage error.

Examples:
  glean article.txt                      tables on the terminal
  glean -f jsonl archive/ > facts.jsonl  one JSON record per article
  cat article.txt | glean -f json | jq '.[0].people[].name'
  glean rules                            every rule id with one line on what it does`)
    // Extraction is the default command: execute() runs it once the arguments are parsed.
    .action(() => undefined);
  program.command('rules').description('list every rule id with one line on what it does');
  return program;
}
