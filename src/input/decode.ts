export type Decoded = { text: string; encoding: string } | { error: { code: string; message: string } };

// Control characters that never occur in text (NUL and the C0 set except tab, newlines, form feed, escape).
const BINARY_BYTE = /[\x00-\x08\x0e-\x1a\x1c-\x1f]/;

const decoder = (encoding: string) => new TextDecoder(encoding, { fatal: true });
const utf8 = decoder('utf-8');

// Western single-byte encodings that differ from Windows-1252 only in a few letters; short English
// text cannot tell them apart, and Windows-1252 is what old English-language archives use.
const WESTERN = /^(iso-8859-(1|9|15)|windows-1252|utf-.*|ascii)$/i;

/** Legacy text: chardet names the encoding (Windows-1252 unless it is sure of another), iconv-lite decodes. */
async function decodeLegacy(bytes: Uint8Array): Promise<Decoded> {
  const [{ default: chardet }, { default: iconv }] = await Promise.all([import('chardet'), import('iconv-lite')]);
  const guess = chardet.analyse(bytes).find((c) => !/^utf-/i.test(c.name));
  const encoding = guess && guess.confidence >= 30 && !WESTERN.test(guess.name) && iconv.encodingExists(guess.name) ? guess.name : 'windows-1252';
  return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding), encoding };
}

/**
 * Bytes -> text. UTF-8 (BOM stripped) and UTF-16 with a BOM are taken as declared; bytes that are
 * not valid UTF-8 are legacy text (mostly Windows-1252 / Latin-1 in old archives). Bytes with
 * control characters are binary, not text.
 */
export async function decode(bytes: Uint8Array): Promise<Decoded> {
  const bom16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (bom16) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      return { text: decoder(encoding).decode(bytes), encoding };
    } catch {
      return { error: { code: 'EDECODE', message: `invalid ${encoding.toUpperCase()} text` } };
    }
  }
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 65536)).toString('latin1');
  if (BINARY_BYTE.test(sample)) return { error: { code: 'EBINARY', message: 'not a text file (binary content)' } };
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return decodeLegacy(bytes);
  }
}
