#!/usr/bin/env node
// The reference glean is measured against: plain compromise on every document of a folder,
// nlp(text) then .people(), .organizations(), .places(), .quotations(), .numbers().
import fs from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';

function* walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(full);
    else if (/\.(txt|text|md)$/.test(e.name)) yield full;
  }
}

for (const file of walk(process.argv[2])) {
  const doc = nlp(fs.readFileSync(file, 'utf8'));
  const record = {
    source: file,
    people: doc.people().out('array'),
    organizations: doc.organizations().out('array'),
    places: doc.places().out('array'),
    quotes: doc.quotations().out('array'),
    numbers: doc.numbers().out('array'),
  };
  process.stdout.write(JSON.stringify(record) + '\n');
}
