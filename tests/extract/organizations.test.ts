import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/index.js';

const orgs = (text: string) => extractFacts(text).organizations;
const names = (text: string) => orgs(text).map((o) => o.name);

describe('organizations', () => {
  it.each([
    ['He works for the Ministry of Defence in London.', 'Ministry of Defence'],
    ['Profits at Northwind Holdings rose sharply.', 'Northwind Holdings'],
    ['The Bank of Japan left rates unchanged.', 'Bank of Japan'],
    ['The bill now goes to Congress.', 'Congress'],
    ['A spokesman for the Florida School for the Deaf said so.', 'Florida School for the Deaf'],
    ['Filings with the Securities and Exchange Commission showed the loss.', 'Securities and Exchange Commission'],
    ['The gig moved to the Welsh Exhibition and Conference Centre.', 'Welsh Exhibition and Conference Centre'],
    ['Late on Friday Greater Lonsdale Police said the road was open.', 'Greater Lonsdale Police'],
    ['The advice came from Tenant Rights Watch, which backs renters.', 'Tenant Rights Watch'],
    ['The figures come from analysts Quorvant, who track the market.', 'Quorvant'],
    ['Sales rose. NFRB chief economist Ada Lind said so.', 'NFRB'],
    ['He left the former Driftwood singer to go solo.', 'Driftwood'],
  ])('finds %j', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it('merges "Full Name (ACR)" and later uses of ACR', () => {
    const found = orgs('The World Health Organization (WHO) warned on Monday. WHO experts agreed.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ name: 'World Health Organization', acronym: 'WHO' });
    expect(found[0]!.mentions.map((m) => m.text)).toEqual(['World Health Organization', 'WHO', 'WHO']);
  });

  it('joins an undefined acronym or a first-word short form to the full name in the same text', () => {
    const found = orgs('The Northern Retail Consortium said sales fell. Later the NRC blamed the weather. The Zorbix Trading Exchange opened. Analysts said Zorbix shares would rise.');
    expect(found.map((o) => [o.name, o.acronym, o.mentions.length])).toEqual([
      ['Northern Retail Consortium', 'NRC', 2],
      ['Zorbix Trading Exchange', undefined, 2],
    ]);
    expect(names('Sales of the Sony PSP rose, Sony said.')).toContain('Sony'); // a product's maker stays apart
  });

  it('takes a described name before an acronym that starts with its initials', () => {
    const found = orgs('The World Food agency (WFPX) sent aid. WFPX trucks arrived.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ name: 'World Food agency', acronym: 'WFPX' });
  });

  it('reads "ACR (Full Name in support of ...)" up to the words the letters spell', () => {
    const found = orgs('Partners included NDC (National Drugs Council in support of the Lagos Plan).');
    expect(found.find((o) => o.acronym === 'NDC')?.name).toBe('National Drugs Council');
  });

  it('merges a name with its head word dropped', () => {
    const found = orgs('Shares in Brantwell Resources fell. Brantwell said it would appeal.');
    expect(found.map((o) => o.name)).toEqual(['Brantwell Resources']);
  });

  it('merges party nicknames into one entry', () => {
    const found = orgs('The Conservative Party met. Senior Tories were unhappy.');
    expect(found).toHaveLength(1);
    expect(found[0]!.name).toBe('Conservative Party');
  });

  it.each([
    ['Customers in Norbury and NTL subscribers complained.', 'Norbury'],
    ['He told the BBC Michael Howard was wrong.', 'BBC Michael Howard'],
    ['Staff at the Home Office and Oakridge National Laboratories were told.', 'Home Office and Oakridge National Laboratories'],
  ])('keeps %j apart', (text, wrong) => {
    expect(names(text)).not.toContain(wrong);
  });

  it.each([
    ['Most households now own a PVR and two PCs.'],
    ['She spent R&D money on a new TV.'],
    ['Talks were held in the West Bank and Cape Town.'],
    ['Heritage Affairs Minister Joan Pike opened the museum.'],
    ['Cases of foot rot disease (FRD) rose. FRD spreads fast.'],
    ['The show was a hit with Danish TV audiences.'],
  ])('finds no organization in %j', (text) => {
    expect(orgs(text)).toEqual([]);
  });

  it.each([
    ['Lakeport chairman Ian Dove said the club was safe.', 'Lakeport'],
    ['Westvale drew with Eastmoor at home; Westvale later lost to Hillcrest.', 'Eastmoor'],
  ])('reads clubs from roles and results in %j', (text, name) => {
    const withCues = `${text} The league season has many games and points to play for, and every goal counts.`;
    expect(names(withCues)).toContain(name);
  });

  it('reads a list of places in a sports report as teams when one of them is a team', () => {
    const text = 'Cricket: on the last day of the season Fenshire, Dalshire and Marshire beat their rivals by eight wickets; the league and its points race go on.';
    expect(names(text)).toEqual(expect.arrayContaining(['Fenshire', 'Dalshire', 'Marshire']));
  });

  it('treats places in sports results as teams', () => {
    const text = 'Cricket: Loamshire beat Wealdshire by eight wickets. The match was the last of the season and points were shared in the league.';
    expect(names(text)).toEqual(expect.arrayContaining(['Loamshire', 'Wealdshire']));
  });

  it.each([
    ['Shares in cable firm Brantwell rose.', 'Brantwell'],
    ['The bid from London-based Quarrix was rejected.', 'Quarrix'],
    ['Analysts at MarketPulse disagreed.', 'MarketPulse'],
    ['The Finance and Economy Ministry said so.', 'Finance and Economy Ministry'],
    ['It was shown on Radio 4 and BBC News 24.', 'BBC News 24'],
    ['He signed for Lundby FF in June.', 'Lundby FF'],
    ['It bought the drug from its maker, Harlan Weiss.', 'Harlan Weiss'],
    ['The match is on BBC Two tonight.', 'BBC Two'],
    ['Rival surveys from NTL and Brantwell agreed.', 'Brantwell'],
    ["Members of the Drivers' Union walked out.", "Drivers' Union"],
  ])('finds the company or body in %j', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it('reads teams in result lines, and not datelines', () => {
    const text = 'SOCCER - LEAGUE RESULTS\nLONDON 1996-08-30\nResults of league matches on Friday:\nBarford 2 Calder 1\nDunmore 0 Eastwick 3';
    expect(names(text).sort()).toEqual(['Barford', 'Calder', 'Dunmore', 'Eastwick']);
  });
});

