#!/usr/bin/env node
// The hash index of the lexicon's word classes (src/lexicon/generated/word-classes.tsv, written
// by build-lexicon.mjs), built with the compiled hash-index.js, so it runs after tsc. The table
// and its index go to src/ (for the tests) and dist/ (for the CLI), as the knowledge table does.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildHashIndex } from '../dist/knowledge/hash-index.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const table = fs.readFileSync(path.join(root, 'src', 'lexicon', 'generated', 'word-classes.tsv'));
const index = buildHashIndex(table);
for (const dir of [path.join(root, 'src', 'lexicon', 'generated'), path.join(root, 'dist', 'lexicon', 'generated')]) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'word-classes.tsv'), table);
  fs.writeFileSync(path.join(dir, 'word-classes.index'), new Uint8Array(index.buffer, index.byteOffset, index.byteLength));
}
