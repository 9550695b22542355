import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError, Option } from '@commander-js/extra-typings';
import { createRequire } from 'node:module';
import { DEFAULT_EXTENSIONS, DEFAULT_TEXT_FIELD } from '../input/defaults.js';
import { parseShard, type Shard } from '../input/select.js';
import { DEFAULT_MAX_SIZE, formatSize, MAX_INPUT_SIZE, parseSize } from '../input/size.js';
import { FORMATS, SUMMARY_FORMATS } from '../output/index.js';
import { FACT_FIELDS, type FactField } from '../types.js';
import { COLOR_CHOICES } from './color.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

/** Said at the end of every usage error. */
export const HELP_HINT = '(see glean --help)';

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
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
  const list = value.split(',').map((e) => e.trim().toLowerCase());
  if (list.some((e) => !/^\.?[\p{L}\p{N}_-]+(\.[\p{L}\p{N}_-]+)*$/u.test(e))) {
    throw new InvalidArgumentError('expected extensions separated by commas, such as .txt,.md');
  }
  return list.map((e) => (e.startsWith('.') ? e : `.${e}`));
}

function shard(value: string): Shard {
  const parsed = parseShard(value);
  if (!parsed) throw new InvalidArgumentError('expected I/N with 1 <= I <= N, such as 2/8');
  return parsed;
}

function fieldPath(value: string): string {
  if (!/^[^.\s]+(\.[^.\s]+)*$/.test(value)) throw new InvalidArgumentError('expected a field name or a dotted path such as body.text');
  return value;
}

function factFields(value: string): Set<FactField> {
  const fields = value.split(',').map((f) => f.trim());
  const unknown = fields.filter((f) => !(FACT_FIELDS as readonly string[]).includes(f));
  if (unknown.length || !value.trim()) throw new InvalidArgumentError(`expected some of ${FACT_FIELDS.join(',')}`);
  return new Set(fields as FactField[]);
}

/**
 * Commander's "error: …" message in glean's one voice: `glean: …` on one line, ending with
 * the hint to --help.
 */
export function usageMessage(commanderMessage: string): string {
  const text = commanderMessage.replace(/^error:\s*/i, '').replace(/\s*\n\s*/g, ' ').trim();
  return `glean: ${text} ${HELP_HINT}\n`;
}

/** Options every command that reads documents has. */
export interface InputOptions {
  jobs: number;
  maxSize: number;
  ext: string[];
  /** The user's --lexicon files. */
  lexicon: string[];
  color: (typeof COLOR_CHOICES)[number];
  quiet?: true;
  textField: string;
  idField?: string;
  output?: string;
}

/** What the command line asks for, once parsed. */
export type Invocation =
  | { command: 'extract'; paths: string[]; options: InputOptions & { format?: (typeof FORMATS)[number]; only?: Set<FactField>; withText?: true; explain?: true; shard?: Shard; resume?: true } }
  | { command: 'summary'; paths: string[]; options: InputOptions & { format?: (typeof SUMMARY_FORMATS)[number] } }
  | { command: 'rules' };

function inputOptions<C extends Command<[string[]]>>(command: C) {
  return command
    .addOption(new Option('-j, --jobs <n>', `worker threads (at most ${MAX_JOBS})`).default(Math.min(availableParallelism(), MAX_JOBS), 'available cores').argParser(jobCount))
    .addOption(new Option('--max-size <size>', `inputs larger than this give an ETOOLARGE error record (k, M, G suffixes; at most ${formatSize(MAX_INPUT_SIZE)})`).default(DEFAULT_MAX_SIZE, formatSize(DEFAULT_MAX_SIZE)).argParser(byteSize))
    .addOption(new Option('--ext <list>', 'file extensions read inside folders').default(DEFAULT_EXTENSIONS, DEFAULT_EXTENSIONS.join(',')).argParser(extensionList))
    .addOption(new Option('--color <when>', 'colour in tables: auto follows the terminal, NO_COLOR and FORCE_COLOR').choices(COLOR_CHOICES).default('auto' as const))
    .option('-q, --quiet', 'no progress bar (it only shows when stdout is a file and stderr a terminal)')
    .option('--lexicon <file>', 'your own names (TSV or JSON Lines, see README), applied before the built-in knowledge; repeatable', (file: string, files: string[]) => [...files, file], [] as string[])
    .addOption(new Option('--text-field <path>', 'where a JSON Lines document keeps its text (a dotted path)').default(DEFAULT_TEXT_FIELD).argParser(fieldPath))
    .addOption(new Option('--id-field <path>', 'where a JSON Lines document keeps its id: its source is then FILE#ID').argParser(fieldPath))
    .option('-o, --output <file>', 'write to this file instead of stdout');
}

/**
 * The command line of ../shared/SPEC.md: extraction by default, `summary` across documents, `rules`.
 * Kept free of heavy imports so --help is instant; `invoke` receives what was asked for.
 */
export function makeProgram(invoke: (invocation: Invocation) => void) {
  const program = new Command()
    .name('glean')
    .description('Pull people, organizations, countries, counts and quotes out of news articles.')
    .version(version, '-V, --version')
    .enablePositionalOptions()
    .showSuggestionAfterError(true)
    .argument('[paths...]', 'files, folders (walked recursively) and globs; "-" or piped input reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, jsonl when piped)').choices(FORMATS))
    .option('--only <fields>', `keep only these fact lists: some of ${FACT_FIELDS.join(',')}`, factFields)
    .option('--with-text', 'json/jsonl records carry the text their offsets point into')
    .option('--explain', 'every fact carries the id of the rule that decided it (listed by glean rules)')
    .addOption(new Option('--shard <I/N>', 'process only the I-th of N shares of the documents (every N-th, from the I-th)').argParser(shard))
    .option('--resume', 'with -o FILE and jsonl: keep the records already in FILE and process only the rest');
  inputOptions(program)
    .addHelpText('after', `
Exit status: 0 all inputs processed, 1 some inputs failed (the rest still written), 2 usage error.

Examples:
  glean article.txt                      tables on the terminal
  glean -f jsonl archive/ > facts.jsonl  one JSON record per article
  glean summary facts.jsonl              who and what the whole archive is about
  cat article.txt | glean -f json | jq '.[0].people[].name'
  glean rules                            every rule id with one line on what it does`)
    .action((paths, options) => invoke({ command: 'extract', paths, options }));

  inputOptions(program.command('summary')
    .description('facts across documents: names ranked and merged, most quoted, totals, pairs, failures')
    .argument('[paths...]', "files, folders and globs, glean's own JSON Lines output, or - for either on stdin")
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, json when piped)').choices(SUMMARY_FORMATS)))
    .action((paths, options) => invoke({ command: 'summary', paths, options }));

  program.command('rules')
    .description('list every rule id with one line on what it does')
    .action(() => invoke({ command: 'rules' }));
  return program;
}
