import { describe, expect, it } from 'vitest';
import { INVERTING_VERBS, PHRASAL_SPEECH_VERBS, SPEECH_VERBS } from '../../src/lexicon/speech-verbs.js';

describe('speech verbs conjugated at build time', () => {
  it.each([
    ['retort', ['retort', 'retorts', 'retorted', 'retorting']],
    ['scold', ['scold', 'scolds', 'scolded', 'scolding']],
    ['mention', ['mentions', 'mentioned', 'mentioning']],
    ['write', ['write', 'writes', 'wrote', 'written', 'writing']],
    ['concede', ['concede', 'concedes', 'conceded', 'conceding']],
    ['quip', ['quips', 'quipped', 'quipping']],
  ])('%s in its tense forms', (_base, forms) => {
    for (const f of forms) expect(SPEECH_VERBS.has(f)).toBe(true);
  });

  it('has irregular and doubled forms', () => {
    for (const f of ['wrote', 'written', 'told', 'said', 'quipped', 'scolded', 'crowed', 'retorted', 'echoed', 'mentioned']) expect(INVERTING_VERBS.has(f)).toBe(true);
  });

  it('leaves out base forms news uses as nouns, keeping their verb forms', () => {
    for (const noun of ['note', 'reply', 'state', 'joke']) expect(SPEECH_VERBS.has(noun)).toBe(false);
    for (const verb of ['noted', 'replied', 'stated', 'joked', 'tell', 'ask']) expect(SPEECH_VERBS.has(verb)).toBe(true);
  });

  it('lets participles introduce speech but not invert', () => {
    for (const f of ['saying', 'writing', 'retorting']) {
      expect(SPEECH_VERBS.has(f)).toBe(true);
      expect(INVERTING_VERBS.has(f)).toBe(false);
    }
  });

  it('has phrasal verbs in their tense forms, by first word', () => {
    expect(PHRASAL_SPEECH_VERBS.get('shot')?.has('back')).toBe(true);
    expect(PHRASAL_SPEECH_VERBS.get('fired')?.has('back')).toBe(true);
    expect(PHRASAL_SPEECH_VERBS.get('pointing')?.has('out')).toBe(true);
  });
});
