/**
 * Decisions as ordered tables of named rules (in the spirit of compromise's `{match, tag,
 * reason}` and CoreNLP's TokensRegex files): the first rule whose `when` holds decides, and the
 * fact it produces records the rule's `id`, which `--explain` prints and `glean rules` lists.
 */

/** What `glean rules` lists of a rule. */
export interface RuleInfo {
  /** Dotted, lower-case, kebab: `person.title-cue`. */
  id: string;
  /** One line on what the rule does. */
  description: string;
}

/** A rule of a decision table: when `when` holds (and no rule before it held), `then` is the decision. */
export interface Rule<Context, Decision> extends RuleInfo {
  when: (c: Context) => boolean;
  then: Decision;
}

/**
 * The first rule of the table that applies, or undefined. An indexed loop, not `find` or for-of:
 * no callback or iterator between the table and each rule, in code V8 may never optimise.
 */
export function firstRule<C, D>(table: ReadonlyArray<Rule<C, D>>, c: C): Rule<C, D> | undefined {
  for (let k = 0; k < table.length; k++) if (table[k]!.when(c)) return table[k];
  return undefined;
}

/** The ids and descriptions of a table's rules, for the registry. */
export const describe = (table: ReadonlyArray<RuleInfo>): RuleInfo[] => table.map(({ id, description }) => ({ id, description }));
