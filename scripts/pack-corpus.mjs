#!/usr/bin/env node
// node scripts/pack-corpus.mjs <jsonl|jsonl.gz|html|warc|warc.gz> FOLDER OUT
// Packs a folder of .txt articles (headline, blank line, paragraphs) the way archives hold them,
// to check glean reads each the same as the folder: one JSON Lines archive ({"id", "text"} per
// line, ids the files' paths in the folder), a folder of HTML pages, or a WARC of HTML responses
// (target URI https://news.example/ + the path). Every page has a navigation bar, a header, a
// footer and a script whose names must never reach extraction (see NAV_NAMES).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';

/** Names only the page furniture carries. */
export const NAV_NAMES = ['Acme Broadcasting Corporation', 'Globex Media Group', 'Quentin Harwick', 'Zenobia Ashdown-Pruitt'];

const [format, folder, out] = process.argv.slice(2);
if (!['jsonl', 'jsonl.gz', 'html', 'warc', 'warc.gz'].includes(format) || !folder || !out) {
  console.error('usage: node scripts/pack-corpus.mjs <jsonl|jsonl.gz|html|warc|warc.gz> FOLDER OUT');
  process.exit(2);
}

function* articles(dir, rel = '') {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.name.startsWith('.')) continue;
    if (e.isDirectory()) yield* articles(path.join(dir, e.name), path.join(rel, e.name));
    else if (e.name.endsWith('.txt')) yield { id: path.join(rel, e.name), text: fs.readFileSync(path.join(dir, e.name), 'utf8') };
  }
}

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function page(text) {
  const [headline, ...paragraphs] = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(headline ?? '')}</title>
<script>window.analytics = { owner: "${NAV_NAMES[1]}", editor: "${NAV_NAMES[2]}" };</script>
<style>nav a { margin: 0 1em }</style></head>
<body>
<header><a href="/">${NAV_NAMES[0]}</a> News</header>
<nav><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/people/harwick">${NAV_NAMES[2]}'s column</a></li></ul></nav>
<main><article>
<h1>${escape(headline ?? '')}</h1>
${paragraphs.map((p) => `<p>${p.split('\n').map((line) => escape(line.trim())).join('<br>\n')}</p>`).join('\n')}
</article>
<aside><h2>Most read</h2><ul><li><a href="/x">${NAV_NAMES[3]} joins ${NAV_NAMES[1]}</a></li></ul></aside></main>
<footer><p>Copyright ${NAV_NAMES[1]}. Contact ${NAV_NAMES[3]}, 200 newsroom staff.</p></footer>
</body></html>
`;
}

async function warc(gzip) {
  const chunks = [];
  for (const { id, text } of articles(folder)) {
    const record = WARCRecord.create(
      { url: `https://news.example/${id.replace(/\.txt$/, '.html')}`, date: '2026-01-01T00:00:00Z', type: 'response', warcVersion: 'WARC/1.1',
        httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' }, statusline: 'HTTP/1.1 200 OK' },
      [new TextEncoder().encode(page(text))],
    );
    chunks.push(await WARCSerializer.serialize(record, { gzip }));
  }
  fs.writeFileSync(out, Buffer.concat(chunks));
}

if (format.startsWith('jsonl')) {
  const lines = [...articles(folder)].map((a) => JSON.stringify(a)).join('\n') + '\n';
  fs.writeFileSync(out, format.endsWith('.gz') ? zlib.gzipSync(lines) : lines);
} else if (format === 'html') {
  for (const { id, text } of articles(folder)) {
    const file = path.join(out, id.replace(/\.txt$/, '.html'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, page(text));
  }
} else await warc(format === 'warc.gz');
