import { describe, expect, it } from 'vitest';
import { decode } from '../../src/input/decode.js';

const bytes = (...parts: Array<number[] | string>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decode', () => {
  it('reads UTF-8 and strips a BOM', async () => {
    expect(await decode(bytes([0xef, 0xbb, 0xbf], 'Jürgen Stock'))).toEqual({ text: 'Jürgen Stock', encoding: 'utf-8' });
    expect(await decode(bytes('plain'))).toEqual({ text: 'plain', encoding: 'utf-8' });
  });

  it('reads UTF-16 with either byte order mark', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Zoë said', 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(await decode(le)).toMatchObject({ text: 'Zoë said' });
    expect(await decode(be)).toMatchObject({ text: 'Zoë said' });
  });

  it('reads legacy Windows-1252 text, curly quotes and accents intact', async () => {
    const latin = Buffer.from([...Buffer.from('Fran'), 0xe7, ...Buffer.from('ois M'), 0xfc, ...Buffer.from('ller said '),
      0x93, ...Buffer.from('the caf'), 0xe9, ...Buffer.from(' is closed'), 0x94, ...Buffer.from(' on Monday.')]);
    expect(await decode(latin)).toMatchObject({ text: 'François Müller said “the café is closed” on Monday.' });
  });

  it('rejects binary content', async () => {
    expect(await decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toEqual({
      error: { code: 'EBINARY', message: 'not a text file (binary content)' },
    });
  });

  it('takes an empty file as empty text', async () => {
    expect(await decode(Buffer.alloc(0))).toEqual({ text: '', encoding: 'utf-8' });
  });
});

describe('decode legacy text', () => {
  it.each([['Caf\xe9'], ['na\xefve \xa3300'], ['Se\xf1or L\xf3pez est\xe1 bien']])('takes short Western text as Windows-1252: %s', async (s) => {
    expect(await decode(Buffer.from(s, 'latin1'))).toEqual({ text: s, encoding: 'windows-1252' });
  });

  it('trusts chardet on another script', async () => {
    const { default: iconv } = await import('iconv-lite');
    const russian = 'Президент России заявил сегодня, что переговоры продолжатся на следующей неделе.';
    expect(await decode(iconv.encode(russian, 'windows-1251'))).toEqual({ text: russian, encoding: 'windows-1251' });
  });
});

describe('decode hostile bytes', () => {
  const stray = (s: string, at: number, byte: number) => Buffer.concat([Buffer.from(s.slice(0, at)), Buffer.from([byte]), Buffer.from(s.slice(at))]);
  const article = 'José Núñez, the mayor of Málaga, said on Monday that 40 families had been moved. '.repeat(20);

  it('reads UTF-8 with a stray byte as UTF-8, the byte replaced and a warning given', async () => {
    const decoded = await decode(stray(article, 200, 0x92));
    expect(decoded).toMatchObject({ encoding: 'utf-8', warnings: ['1 invalid UTF-8 byte sequence replaced by U+FFFD'] });
    if ('text' in decoded) {
      expect(decoded.text).toContain('José Núñez');
      expect(decoded.text).not.toContain('Ã');
      expect(decoded.text.replace('\ufffd', '')).toBe(article);
    }
  });

  it('keeps offsets when a BOM starts a file with a stray byte', async () => {
    const decoded = await decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), stray(article, 10, 0xff)]));
    expect('text' in decoded && decoded.text.replace('\ufffd', '')).toBe(article);
  });

  it('keeps offsets when a BOM starts a legacy file', async () => {
    const decoded = await decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Caf\xe9 cr\xe8me, na\xefve', 'latin1')]));
    expect(decoded).toMatchObject({ text: 'Café crème, naïve', encoding: 'windows-1252' });
  });

  it('still reads text with no valid UTF-8 sequence at all as a legacy encoding', async () => {
    expect(await decode(Buffer.from('Se\xf1or L\xf3pez est\xe1 bien, \x93dijo\x94.', 'latin1'))).toEqual({ text: 'Señor López está bien, “dijo”.', encoding: 'windows-1252' });
  });

  it('rejects a NUL byte anywhere, not only in the first 64 KB', async () => {
    const late = Buffer.concat([Buffer.from('a'.repeat(100_000)), Buffer.from([0]), Buffer.from('b')]);
    expect(await decode(late)).toMatchObject({ error: { code: 'EBINARY' } });
  });

  it('reads UTF-16 without a byte order mark', async () => {
    const text = 'Zoë Adeyemi said 30 people were rescued.\n';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(await decode(le)).toEqual({ text, encoding: 'utf-16le' });
    expect(await decode(be)).toEqual({ text, encoding: 'utf-16be' });
  });

  it('asks chardet about a bounded sample only, so a large legacy file decodes in linear time', async () => {
    const { default: chardet } = await import('chardet');
    const sizes: number[] = [];
    const analyse = chardet.analyse;
    chardet.analyse = (b: Uint8Array) => (sizes.push(b.length), analyse(b));
    try {
      const big = Buffer.from('Caf\xe9 cr\xe8me au march\xe9. '.repeat(200_000), 'latin1');
      expect((await decode(big) as { text: string }).text.length).toBe(big.length);
    } finally {
      chardet.analyse = analyse;
    }
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(65536);
  });
});
