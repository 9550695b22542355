import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/index.js';
import { setUserLexicon } from '../../src/knowledge/index.js';

// The names come from glean's generated knowledge table (built from the sources in data/ and
// name-suggestion-index), never typed here; the sentences around them are invented.
interface Row { key: string; type: string; name: string; wikidata: string; ambiguity: string }
const rows: Row[] = readFileSync(new URL('../../src/knowledge/generated/knowledge.tsv', import.meta.url), 'utf8')
  .trim().split('\n').map((l) => l.split('\t')).map(([key, type, name, wikidata, ambiguity]) => ({ key: key!, type: type!, name: name!, wikidata: wikidata!, ambiguity: ambiguity! }));

/** Every `step`-th plainly written name of a kind, so the sample spreads over the table. */
function sample(test: (r: Row) => boolean, count: number): Row[] {
  const fit = rows.filter((r) => test(r) && r.key === r.name.toLowerCase() && /^\p{Lu}\p{Ll}{3,}(?: \p{Lu}\p{Ll}{3,})?$/u.test(r.name));
  const step = Math.max(1, Math.floor(fit.length / count));
  return fit.filter((_, i) => i % step === 0).slice(0, count);
}

const orgs = (text: string) => extractFacts(text).organizations;

afterEach(() => setUserLexicon([]));

describe('knowledge of names', () => {
  const clear = (type: string) => (r: Row) => r.type === type && !r.ambiguity;
  it.each([
    ...sample(clear('company'), 4), ...sample(clear('media'), 2), ...sample(clear('club'), 3), ...sample(clear('band'), 2),
  ].map((r) => [r.type, r.name, r]))('finds the %s %s with no cue word around it, with its Wikidata id', (_type, name, row) => {
    const found = orgs(`The figures show that ${name} did well again this year.`).find((o) => o.name === name);
    expect(found).toBeDefined();
    if ((row as Row).wikidata) expect(found!.wikidata).toBe((row as Row).wikidata);
  });

  const [common] = sample((r) => r.type === 'company' && r.ambiguity === 'common' && !r.name.includes(' '), 1);
  it(`counts a company that is also a common word (${common?.name}) only with a cue`, () => {
    const name = common!.name;
    expect(orgs(`We watched and ${name} was everywhere that week.`).map((o) => o.name)).not.toContain(name);
    expect(orgs(`Profits at the retailer ${name} rose this year.`).map((o) => o.name)).toContain(name);
    expect(orgs(`Shares fell at ${name}, the retailer, after a warning.`).map((o) => o.name)).toContain(name);
  });

  const [town] = sample((r) => r.type === 'club' && r.ambiguity === 'place' && !r.name.includes(' '), 1);
  it(`takes a club named like its town (${town?.name}) for the club in a result, for the town elsewhere`, () => {
    const name = town!.name;
    expect(orgs(`Harlowe Athletic beat ${name} in the rain on Saturday.`).map((o) => o.name)).toContain(name);
    expect(orgs(`Harlowe Athletic 2 ${name} 1`).map((o) => o.name)).toContain(name);
    expect(orgs(`My aunt has lived in ${name} for years, she said.`).map((o) => o.name)).not.toContain(name);
  });

  const products = sample((r) => r.type === 'product', 3);
  it.each(products.map((r) => [r.name]))('never takes the product %s for an organization', (name) => {
    expect(orgs(`Shoppers queued for the new ${name} outside Orvex Holdings on Friday.`).map((o) => o.name)).not.toContain(name);
  });

  it("applies the user's lexicon before the built-in knowledge", () => {
    const [company] = sample(clear('company'), 1);
    const text = `They said ${company!.name} arrived late.`;
    expect(orgs(text).map((o) => o.name)).toContain(company!.name);
    setUserLexicon([{ name: company!.name, type: 'person', aliases: [], id: 'staff-1' }]);
    const facts = extractFacts(text);
    expect(facts.organizations.map((o) => o.name)).not.toContain(company!.name);
    expect(facts.people).toContainEqual(expect.objectContaining({ name: company!.name, id: 'staff-1' }));
  });

  it('keeps a title before a name a person, whatever organization shares the name', () => {
    const [company] = sample((r) => clear('company')(r) && !r.name.includes(' '), 1);
    const facts = extractFacts(`Mrs ${company!.name} said the plan would work.`);
    expect(facts.people.map((p) => p.name)).toContain(company!.name);
    expect(facts.organizations).toEqual([]);
  });

  it("finds the user's countries by name and adjective, and keeps the user's products out of organizations", () => {
    setUserLexicon([
      { name: 'Ruritania', type: 'country', aliases: ['Ruritanian'], id: 'XR' },
      { name: 'Zentrix Pad', type: 'product', aliases: [] },
    ]);
    const facts = extractFacts('Ruritanian officials praised the Zentrix Pad. Ruritania will buy more. Zentrix Pad sales rose.');
    expect(facts.countries).toEqual([expect.objectContaining({ name: 'Ruritania', code: 'XR' })]);
    expect(facts.countries[0]!.mentions.map((m) => m.text)).toEqual(['Ruritanian', 'Ruritania']);
    expect(facts.organizations.map((o) => o.name)).not.toContain('Zentrix Pad');
  });

  it('merges an alias with its full name into one organization', () => {
    setUserLexicon([{ name: 'Quillon Freight Partners', type: 'company', aliases: ['QFP Group'] }]);
    const found = orgs('Quillon Freight Partners grew fast. Last year QFP Group hired 40 drivers.');
    expect(found).toHaveLength(1);
    expect(found[0]!.mentions.map((m) => m.text)).toEqual(['Quillon Freight Partners', 'QFP Group']);
  });
});
