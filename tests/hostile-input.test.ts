import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRecord, OutputRecord } from '../src/types.js';
import { schemaErrors } from './schema.js';

// Round two of hostile input, through the built CLI (npm test builds first). Every run has a
// timeout: a hang fails the test instead of stalling the suite.
const bin = fileURLToPath(new URL('../bin/glean.js', import.meta.url));
const TIMEOUT = 15_000;
const glean = (args: string[], options: { cwd?: string; input?: string | Buffer; prefix?: string[] } = {}): SpawnSyncReturns<string> => {
  const [command, ...rest] = [...(options.prefix ?? []), process.execPath, bin, ...args];
  return spawnSync(command!, rest, { encoding: 'utf8', cwd: options.cwd, input: options.input, timeout: TIMEOUT, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 28 });
};
const records = (stdout: string): OutputRecord[] => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
const ARTICLE = 'Dr. Amara Okonkwo said on Friday that 25 fishermen had been rescued off the coast.\n';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'glean-hostile2-'));
  chmodSync(dir, 0o755);
});

describe('a stray byte in a UTF-8 file', () => {
  it('is replaced and reported in `warnings`; the rest of the text stays UTF-8', () => {
    const file = path.join(dir, 'stray.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('José Núñez said it was fine. '), Buffer.from([0x92]), Buffer.from(ARTICLE)]));
    const run = glean(['-f', 'jsonl', file]);
    const [record] = records(run.stdout) as DocumentRecord[];
    expect(schemaErrors(record)).toEqual([]);
    expect(record!.warnings).toEqual(['1 invalid UTF-8 byte sequence replaced by U+FFFD']);
    expect(record!.people.map((p) => p.name)).toContain('José Núñez');
    expect(record!.people.find((p) => p.name === 'José Núñez')!.mentions[0]).toEqual({ start: 0, end: 10, text: 'José Núñez' });
  });
});

const errorCode = (r: OutputRecord | undefined) => (r && 'error' in r ? r.error.code : null);

describe.skipIf(process.platform === 'win32')('inputs that never end or never start', () => {
  const fifo = () => {
    const file = path.join(dir, `fifo-${Math.random().toString(36).slice(2)}`);
    expect(spawnSync('mkfifo', [file]).status).toBe(0);
    return file;
  };
  const article = () => {
    const file = path.join(dir, `article-${Math.random().toString(36).slice(2)}.txt`);
    writeFileSync(file, ARTICLE);
    return file;
  };

  it('gives /dev/zero an ETOOLARGE record at --max-size, and goes on', () => {
    const run = glean(['-f', 'jsonl', '--max-size', '1M', '/dev/zero', article()]);
    expect(run.error).toBeUndefined(); // no timeout
    const recs = records(run.stdout);
    expect(recs.map(errorCode)).toEqual(['ETOOLARGE', null]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('glean: /dev/zero: larger than the --max-size limit of 1M\n');
  });

  it('gives endless stdin (`yes | glean`) an ETOOLARGE record', () => {
    const run = spawnSync('sh', ['-c', `yes | "${process.execPath}" "${bin}" -f jsonl --max-size 1M`], { encoding: 'utf8', timeout: TIMEOUT });
    expect(run.error).toBeUndefined();
    expect(records(run.stdout)).toEqual([{ source: '-', error: { code: 'ETOOLARGE', message: 'larger than the --max-size limit of 1M' } }]);
  });

  it('refuses a regular file over the limit from its size', () => {
    const big = path.join(dir, 'big.txt');
    writeFileSync(big, ARTICLE.repeat(100));
    expect(records(glean(['-f', 'jsonl', '--max-size', '2k', big]).stdout).map(errorCode)).toEqual(['ETOOLARGE']);
    expect(records(glean(['-f', 'jsonl', '--max-size', '1M', big]).stdout).map(errorCode)).toEqual([null]);
  });

  it('reads a FIFO whose writer comes late, beside other files, with one job or several', () => {
    for (const jobs of ['1', '2']) {
      const pipe = fifo();
      spawn('sh', ['-c', `sleep 0.3; cat "${article()}" > "${pipe}"`], { stdio: 'ignore' });
      const run = glean(['-f', 'jsonl', '-j', jobs, pipe, article(), article()]);
      expect(run.error).toBeUndefined();
      const recs = records(run.stdout) as DocumentRecord[];
      expect(recs.map((r) => r.source)).toEqual([pipe, expect.any(String), expect.any(String)]);
      expect(recs.map((r) => r.people.map((p) => p.name))).toEqual([['Amara Okonkwo'], ['Amara Okonkwo'], ['Amara Okonkwo']]);
    }
  });

  it('stops reading a FIFO that floods past the limit', () => {
    const pipe = fifo();
    spawn('sh', ['-c', `yes > "${pipe}"`], { stdio: 'ignore' });
    const run = glean(['-f', 'jsonl', '-j', '2', '--max-size', '1M', pipe, article()]);
    expect(run.error).toBeUndefined();
    expect(records(run.stdout).map(errorCode)).toEqual(['ETOOLARGE', null]);
  });

  it('reads process substitution, glean <(command)', () => {
    const run = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" -f jsonl <(cat "${article()}") "${article()}"`], { encoding: 'utf8', timeout: TIMEOUT });
    expect(run.error).toBeUndefined();
    const recs = records(run.stdout) as DocumentRecord[];
    expect(recs).toHaveLength(2);
    expect(recs[0]!.people.map((p) => p.name)).toEqual(['Amara Okonkwo']);
  });

  it('takes --max-size with k, M and G suffixes and refuses nonsense as a usage error', () => {
    expect(glean(['--max-size', '10x', article()]).status).toBe(2);
    expect(glean(['--max-size', '0', article()]).status).toBe(2);
    expect(glean(['--max-size', '4G', article()]).status).toBe(2);
    expect(glean(['-f', 'jsonl', '--max-size', '1.5k', article()]).status).toBe(0);
  });
});

describe('-j', () => {
  it('is a usage error above its maximum, not an internal error', () => {
    for (const jobs of ['129', '99999999999', '1e3']) {
      const run = glean(['-j', jobs, '-']);
      expect(run.status).toBe(2);
      expect(run.stderr).not.toContain('internal error');
    }
  });
});

// A folder glean may not read: chmod 000 stops everyone but root, so as root glean runs as nobody.
const isRoot = process.getuid?.() === 0;
const asNobody = isRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
const canDropRoot = !isRoot || spawnSync('setpriv', ['--version']).status === 0;
/** As nobody, glean itself must be readable: not so in a checkout under a private folder. */
const nobodyReadsGlean = !isRoot || spawnSync(asNobody[0]!, [...asNobody.slice(1), process.execPath, bin, '--version']).status === 0;
const SKIP_REASON = canDropRoot && nobodyReadsGlean ? '' : ' [skipped: needs setpriv and a checkout the nobody user can read]';

describe.skipIf(process.platform === 'win32' || !canDropRoot || !nobodyReadsGlean)(`globs over a folder that cannot be read${SKIP_REASON}`, () => {
  let tree: string;
  beforeAll(() => {
    tree = path.join(dir, 'tree');
    for (const sub of ['a-open', 'b-locked', 'c-open']) {
      mkdirSync(path.join(tree, sub), { recursive: true });
      writeFileSync(path.join(tree, sub, 'story.txt'), ARTICLE);
    }
    chmodSync(path.join(tree, 'b-locked'), 0);
  });

  it('give an error record for that folder and every other match, in order, in a closed JSON array', () => {
    const run = glean(['-f', 'json', 'tree/**/*.txt', 'tree/a-open/story.txt'], { cwd: dir, prefix: asNobody });
    expect(run.error).toBeUndefined();
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
    const recs = JSON.parse(run.stdout) as OutputRecord[];
    expect(recs.map((r) => [r.source, errorCode(r)])).toEqual([
      ['tree/a-open/story.txt', null],
      ['tree/b-locked', 'EACCES'],
      ['tree/c-open/story.txt', null],
      ['tree/a-open/story.txt', null],
    ]);
    expect(run.status).toBe(1);
  });

  it('behave like a folder walk over the same tree', () => {
    const walked = JSON.parse(glean(['-f', 'json', 'tree'], { cwd: dir, prefix: asNobody }).stdout) as OutputRecord[];
    expect(walked.map((r) => [r.source, errorCode(r)])).toEqual([
      ['tree/a-open/story.txt', null],
      ['tree/b-locked', 'EACCES'],
      ['tree/c-open/story.txt', null],
    ]);
  });
});

describe('brace patterns that explode', () => {
  it('give one EGLOB record each and the run goes on, with every record written', () => {
    const story = path.join(dir, 'brace-story.txt');
    writeFileSync(story, ARTICLE);
    const run = glean(['-f', 'json', `${dir}/x{1..100000}.txt`, `${dir}/y${'{a,b}'.repeat(22)}.txt`, story]);
    expect(run.error).toBeUndefined();
    const recs = JSON.parse(run.stdout) as OutputRecord[];
    expect(recs.map(errorCode)).toEqual(['EGLOB', 'EGLOB', null]);
  });
});

describe('file names that are not UTF-8', () => {
  it('are read, in a folder walk, a glob and as an argument; `source` shows the bad bytes as \\xNN', () => {
    const folder = Buffer.from(path.join(dir, 'latin1-names'));
    mkdirSync(folder);
    const file = Buffer.concat([folder, Buffer.from('/r'), Buffer.from([0xe9]), Buffer.from('sum'), Buffer.from([0xe9]), Buffer.from('.txt')]);
    writeFileSync(file, ARTICLE);
    const shown = `${folder.toString()}/r\\xe9sum\\xe9.txt`;
    // spawnSync takes arguments as strings: the test passes the lossy name, as a shell's argv would reach Node.
    for (const arg of [folder.toString(), `${folder.toString()}/*.txt`, file.toString()]) {
      const recs = records(glean(['-f', 'jsonl', arg]).stdout) as DocumentRecord[];
      expect(recs.map((r) => [r.source, r.chars])).toEqual([[shown, ARTICLE.length]]);
    }
  });
});
