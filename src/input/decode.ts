export type Decoded =
  | { text: string; encoding: string; warnings?: string[] }
  | { error: { code: string; message: string } };

// Control characters that never occur in text (NUL and the C0 set except tab, newlines, form feed, escape).
const BINARY_BYTE = /[\x00-\x08\x0e-\x1a\x1c-\x1f]/;

/** Bytes looked at to tell binary from text, UTF-16 byte order, and (by chardet) a legacy encoding. */
const SAMPLE_BYTES = 65536;

const decoder = (encoding: string) => new TextDecoder(encoding, { fatal: true });
const utf8 = decoder('utf-8');
const lenientUtf8 = new TextDecoder('utf-8');

const BINARY = { error: { code: 'EBINARY', message: 'not a text file (binary content)' } } as const;

// Western single-byte encodings that differ from Windows-1252 only in a few letters; short English
// text cannot tell them apart, and Windows-1252 is what old English-language archives use.
const WESTERN = /^(iso-8859-(1|9|15)|windows-1252|utf-.*|ascii)$/i;

const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Legacy text: chardet names the encoding from a sample (Windows-1252 unless it is sure of another), iconv-lite decodes. */
async function decodeLegacy(bytes: Uint8Array): Promise<Decoded> {
  const [{ default: chardet }, { default: iconv }] = await Promise.all([import('chardet'), import('iconv-lite')]);
  const guess = chardet.analyse(bytes.subarray(0, SAMPLE_BYTES)).find((c) => !/^utf-/i.test(c.name));
  const encoding = guess && guess.confidence >= 30 && !WESTERN.test(guess.name) && iconv.encodingExists(guess.name) ? guess.name : 'windows-1252';
  return { text: iconv.decode(asBuffer(bytes), encoding), encoding };
}

/**
 * UTF-16 without a byte order mark, from the sample: Latin-script UTF-16 has a zero in nearly
 * every other byte, on the odd positions (little-endian) or the even ones (big-endian), and
 * almost none on the others.
 */
function unmarkedUtf16(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2) return null;
  let evenZeros = 0, oddZeros = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const most = pairs * 0.9, few = pairs * 0.1;
  if (oddZeros >= most && evenZeros <= few) return 'utf-16le';
  if (evenZeros >= most && oddZeros <= few) return 'utf-16be';
  return null;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  let text: string;
  try {
    text = decoder(encoding).decode(bytes);
  } catch {
    return { error: { code: 'EDECODE', message: `invalid ${encoding.toUpperCase()} text` } };
  }
  return BINARY_BYTE.test(text.slice(0, SAMPLE_BYTES / 2)) ? BINARY : { text, encoding };
}

/**
 * Bytes that are UTF-8 but for a few invalid sequences (a stray Windows-1252 quote pasted into an
 * article): read as UTF-8 with U+FFFD in their place, when the valid non-ASCII characters are at
 * least as many as the invalid sequences (legacy text almost never holds a valid UTF-8 sequence);
 * null when the bytes look like a legacy encoding instead.
 */
function repairedUtf8(bytes: Uint8Array): Decoded | null {
  const text = lenientUtf8.decode(bytes);
  let replaced = 0, valid = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) replaced++;
    else if (c >= 0x80) valid++;
  }
  // Replacement characters that were in the file as such are not repairs.
  const literal = asBuffer(bytes).toString('latin1').split('\xef\xbf\xbd').length - 1;
  const invalid = replaced - literal;
  valid += literal;
  if (valid === 0 || valid < invalid) return null;
  return { text, encoding: 'utf-8', warnings: [`${invalid} invalid UTF-8 byte sequence${invalid === 1 ? '' : 's'} replaced by U+FFFD`] };
}

/**
 * Bytes -> text. UTF-16 with a BOM, or unmistakably UTF-16 without one, is taken as such. A UTF-8
 * BOM is removed first, whatever follows, so it never shifts offsets. Bytes with control
 * characters, or a NUL anywhere, are binary. Then UTF-8; UTF-8 with a few invalid sequences
 * repaired (and a warning); otherwise legacy text (mostly Windows-1252 / Latin-1 in old archives).
 */
export async function decode(bytes: Uint8Array): Promise<Decoded> {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return decodeUtf16(bytes, bytes[0] === 0xff ? 'utf-16le' : 'utf-16be');
  }
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  const sample = body.subarray(0, SAMPLE_BYTES);
  const utf16 = unmarkedUtf16(sample);
  if (utf16) return decodeUtf16(body, utf16);
  if (BINARY_BYTE.test(asBuffer(sample).toString('latin1')) || body.indexOf(0) >= 0) return BINARY;
  try {
    return { text: utf8.decode(body), encoding: 'utf-8' };
  } catch {
    return repairedUtf8(body) ?? decodeLegacy(body);
  }
}
