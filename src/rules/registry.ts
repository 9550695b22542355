/**
 * Every rule glean can name as the reason for a fact, table by table, for `glean rules` and
 * for checking that each `rule` printed by --explain is listed. A new decision table registers
 * here with its `{id, description}` list.
 */
import { COUNTRY_RULES } from '../extract/countries.js';
import { RULES as COUNT_RULES } from '../extract/counts.js';
import { RULES as KNOWLEDGE_RULES } from '../extract/entities/known-names.js';
import { KIND_RULE_INFO } from '../extract/entities/kind-rules.js';
import { LAYOUT_RULES } from '../extract/entities/layout-passes.js';
import { ORGANIZATION_RULES } from '../extract/organizations.js';
import { SAME_NAME_RULES } from '../extract/people.js';
import { QUOTE_RULES } from '../extract/quotes/attribution.js';
import { BOILERPLATE_RULES } from '../extract/quotes/boilerplate.js';
import { SPEAKER_RULES } from '../extract/quotes/resolution.js';
import { describe, type RuleInfo } from './rule.js';

export interface RuleTable {
  /** What the table decides. */
  title: string;
  rules: readonly RuleInfo[];
}

export const RULE_TABLES: readonly RuleTable[] = [
  { title: 'What the knowledge of names decides (the user\'s lexicon, then known names, then cues for ambiguous ones)', rules: describe(KNOWLEDGE_RULES) },
  { title: 'What a proper name names (first rule that applies)', rules: describe(KIND_RULE_INFO) },
  { title: 'Document-level rules on names (in this order)', rules: describe(LAYOUT_RULES) },
  { title: 'Organizations', rules: describe([...ORGANIZATION_RULES, ...SAME_NAME_RULES]) },
  { title: 'Countries', rules: describe(COUNTRY_RULES) },
  { title: 'Counts', rules: describe(COUNT_RULES) },
  { title: 'Who said a quote (clause rules in this order)', rules: describe(QUOTE_RULES) },
  { title: 'What a speech clause\'s subject stands for (first rule that applies; a quote whose subject is no name shows this rule)', rules: describe(SPEAKER_RULES) },
  { title: 'Lines that are not the story, kept out of attribution (first rule that applies)', rules: describe(BOILERPLATE_RULES) },
];

/** Every rule id. */
export const ruleIds = (): Set<string> => new Set(RULE_TABLES.flatMap((t) => t.rules.map((r) => r.id)));

/** `glean rules`: each table's title, then one line per rule, id and description. */
export function formatRules(): string {
  const width = Math.max(...RULE_TABLES.flatMap((t) => t.rules.map((r) => r.id.length))) + 2;
  return RULE_TABLES.map((t) => `${t.title}\n${t.rules.map((r) => `  ${r.id.padEnd(width)}${r.description}`).join('\n')}\n`).join('\n');
}
