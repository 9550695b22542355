#!/usr/bin/env node
// The country gazetteer's forms (src/extract/entities/country-forms.ts), keyed with the compiled
// tokenizer, so it runs after tsc; written to src/ (for the tests) and dist/ (for the CLI), as
// the word-class table is.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCountryForms } from '../dist/extract/entities/country-forms.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const table = buildCountryForms();
for (const dir of [path.join(root, 'src', 'lexicon', 'generated'), path.join(root, 'dist', 'lexicon', 'generated')]) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'country-forms.json'), `${JSON.stringify(table)}\n`);
}
console.log(`country forms: ${table.forms.length} keys, the longest ${table.longest} tokens -> src/lexicon/generated`);
