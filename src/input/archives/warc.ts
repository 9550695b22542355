/**
 * WARC web archives (ISO 28500), read by warcio (the Webrecorder project's reader; it unpacks a
 * record-by-record gzipped `.warc.gz` itself): one document per HTML or plain-text response or
 * resource record, its `source` `FILE#` + the record's target URI. Requests, metadata, redirects,
 * images and the like are passed over. A record over the size limit gives an error record and the
 * next goes on; a broken archive gives one error record where it breaks.
 */
import { WARCParser } from 'warcio';
import type { InputItem } from '../discover.js';
import { formatSize } from '../size.js';

/** The media types read as documents, and whether each is HTML. */
const MEDIA: Record<string, boolean> = { 'text/html': true, 'application/xhtml+xml': true, 'text/plain': false };

const mediaType = (contentType: string | null | undefined) => (contentType ?? '').split(';', 1)[0]!.trim().toLowerCase();

export async function* warcDocuments(file: string, input: AsyncIterable<Uint8Array>, maxSize: number): AsyncGenerator<InputItem> {
  let records = 0;
  try {
    for await (const record of WARCParser.iterRecords(input)) {
      records++;
      const uri = record.warcTargetURI ?? `record ${records}`;
      const source = `${file}#${uri}`;
      let type: string;
      if (record.warcType === 'response') {
        const info = record.getResponseInfo();
        const status = Number(info?.status);
        if (!(status >= 200 && status < 300)) continue;
        type = mediaType(info?.headers.get('content-type'));
      } else if (record.warcType === 'resource') {
        type = mediaType(record.warcContentType);
      } else continue;
      if (!(type in MEDIA)) continue;
      if (record.warcContentLength > maxSize) {
        yield { kind: 'error', source, error: { code: 'ETOOLARGE', message: `larger than the --max-size limit of ${formatSize(maxSize)}` } };
        continue;
      }
      yield { kind: 'document', source, content: await record.readFully(true), html: MEDIA[type] };
    }
  } catch (e) {
    yield { kind: 'error', source: file, error: { code: 'EWARC', message: `not a readable WARC archive after ${records} records: ${(e as Error).message}` } };
  }
}
