/**
 * What the input readers take unless told otherwise, in a module of its own so the CLI's option
 * table (and --help) can show them without loading the readers.
 */

/** Extensions a folder walk reads (`--ext`): plain text, HTML pages and archives; each may also be gzipped (`.txt.gz`, `.warc.gz`). */
export const DEFAULT_EXTENSIONS = ['.txt', '.text', '.md', '.html', '.htm', '.jsonl', '.ndjson', '.warc'];

/** Where a JSON Lines document keeps its text (`--text-field`). */
export const DEFAULT_TEXT_FIELD = 'text';
