import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { visible } from '../../src/output/escape.js';
import { tableFormatter } from '../../src/output/table.js';
import { failure, record } from './sample.js';

// A terminal takes ESC (and the one-byte C1 introducer U+009B) as the start of a command:
// "\x1b]0;…\x07" retitles the window, "\x1b[2J" clears the screen.
const RETITLE = '\x1b]0;owned\x07';
const CLEAR = '\x1b[2J\u009b2J';

describe('visible', () => {
  it('writes C0, DEL and C1 control characters as \\xNN and leaves other text alone', () => {
    expect(visible(`a${RETITLE}b`)).toBe('a\\x1b]0;owned\\x07b');
    expect(visible('x\u009b2J\x7f')).toBe('x\\x9b2J\\x7f');
    expect(visible('line\nbreak\ttab')).toBe('line\\x0abreak\\x09tab');
    expect(visible('Zoë “said” 😀 ‏rtl')).toBe('Zoë “said” 😀 ‏rtl');
  });
});

describe('table output of hostile names and text', () => {
  const plain = tableFormatter({ width: 80, chalk: new Chalk({ level: 0 }) });
  const hostile = {
    ...record,
    source: `news/${RETITLE}.txt`,
    people: [{ ...record.people[0]!, name: `Ada${CLEAR}Lovelace`, title: `Count${RETITLE}ess` }],
    organizations: [{ ...record.organizations[0]!, acronym: `A${CLEAR}S` }],
    counts: [{ ...record.counts[0]!, text: `over 1,000${CLEAR} engines` }],
    quotes: [{ ...record.quotes[0]!, text: `The engine${RETITLE} weaves`, speaker: `Ada${CLEAR}`, verb: `wro${CLEAR}te` }],
  };

  it('prints no raw control character, with or without colour', () => {
    expect(plain.record(hostile, 0)).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
    // With colour, the only escapes are chalk's own colour codes (ESC [ … m).
    const coloured = tableFormatter({ width: 80, chalk: new Chalk({ level: 1 }) }).record(hostile, 0);
    expect(coloured.replace(/\x1b\[[0-9;]*m/g, '')).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
  });

  it('shows the escaped form instead', () => {
    const out = plain.record(hostile, 0);
    expect(out).toContain('news/\\x1b]0;owned\\x07.txt');
    expect(out).toContain('Ada\\x1b[2J\\x9b2JLovelace');
  });

  it('escapes an error record, whose source and message may come from a file name', () => {
    const out = plain.record({ source: `bad${CLEAR}.txt`, error: { ...failure.error, message: `cannot read ${CLEAR}` } }, 0);
    expect(out).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
  });
});
