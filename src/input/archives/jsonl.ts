/**
 * JSON Lines archives: one document per line, its text at `--text-field` (default `text`, a
 * dotted path such as `body.text`), its name at `--id-field` when given. A document's `source` is
 * `FILE:LINE` (1-based) or `FILE#ID`; a line that is not a JSON object with text there becomes an
 * error record for that line, and the lines after it go on.
 */
import { formatSize } from '../size.js';
import type { InputItem } from '../discover.js';
import { parseRecordLine } from '../records.js';
import { cappedLines } from './lines.js';

export interface JsonlFields {
  /** Dotted path to the document's text. */
  textField: string;
  /** Dotted path to the document's id, if any. */
  idField?: string;
}

/** The value at a dotted path ("body.text") of a parsed line. */
export function atPath(value: unknown, dotted: string): unknown {
  let v = value;
  for (const key of dotted.split('.')) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/** A parsed line that is a document: an object with a string at the text field. */
export const isDocumentLine = (value: unknown, textField: string) => typeof atPath(value, textField) === 'string';

export async function* jsonlDocuments(file: string, input: AsyncIterable<Uint8Array | string>, fields: JsonlFields, maxSize: number): AsyncGenerator<InputItem> {
  let n = 0;
  const error = (code: string, message: string): InputItem => ({ kind: 'error', source: `${file}:${n}`, error: { code, message } });
  for await (const bytes of cappedLines(input, maxSize)) {
    n++;
    if (bytes === null) {
      yield error('ETOOLARGE', `line longer than the --max-size limit of ${formatSize(maxSize)}`);
      continue;
    }
    const line = bytes.toString('utf8');
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      yield error('EJSON', `not JSON: ${(e as Error).message}`);
      continue;
    }
    const text = atPath(value, fields.textField);
    if (typeof text !== 'string') {
      if (n === 1 && parseRecordLine(line)) {
        yield { kind: 'error', source: file, error: { code: 'ERECORDS', message: 'holds glean records, not documents (read them with glean summary)' } };
        return;
      }
      yield error('ENOTEXT', `no text at field "${fields.textField}"`);
      continue;
    }
    const id = fields.idField === undefined ? undefined : atPath(value, fields.idField);
    const named = typeof id === 'string' || typeof id === 'number';
    yield { kind: 'document', source: named ? `${file}#${id}` : `${file}:${n}`, content: text };
  }
}
