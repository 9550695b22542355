/**
 * Descriptor phrases that stand for one entity the article described that way: "the
 * 34-year-old" (an age given after a name), "the Ohio Democrat" (a party–state tag), "the
 * minister" (a title). Used by the resolution rules (resolution.ts) and, for a sentence that
 * opens with one, to put that entity in view (salience.ts).
 */
import type { Subject } from './clauses.js';
import type { NameRef, QuoteDoc, SpeakerIndex } from './speakers.js';

type Role = Subject & { kind: 'role' };

/** The age in "the 34-year-old": the number before "-year-old". */
export function ageIn(doc: QuoteDoc, subject: Role): number | null {
  const { tokens } = doc;
  for (let i = subject.from; i < subject.from + 6 && tokens[i]; i++) {
    if (tokens[i]!.norm === 'year-old' && tokens[i - 1]?.text === '-' && tokens[i - 2]?.kind === 'number') return +tokens[i - 2]!.text;
  }
  return null;
}

/** The one entity a definite descriptor ("the ...") stands for, by age, then by title and affiliation; else null. */
export function describedEntity(doc: QuoteDoc, names: SpeakerIndex, subject: Role): NameRef | null {
  const age = ageIn(doc, subject);
  return age ? names.personAged(age) : names.holderOf(subject.role, subject.modifiers, subject.named);
}
