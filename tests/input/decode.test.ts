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
