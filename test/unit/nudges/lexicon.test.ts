// The phrase files the handoff and can't frames are built over (src/nudges/lang/*.json): their format,
// and what the one builder makes of a phrase.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  alternation,
  compileLexicon,
  compileParties,
  EN,
  LIST_NAMES,
  PHRASE,
  PHRASE_FILES,
  phrasePattern,
} from '../../../src/nudges/language/phrases';

const LISTS = LIST_NAMES;

describe('phrase files', () => {
  it('every file in src/nudges/lang is registered under its language', () => {
    const files = readdirSync(new URL('../../../src/nudges/lang/', import.meta.url)).filter((f) =>
      f.endsWith('.json'),
    );
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual(Object.keys(PHRASE_FILES).sort());
    for (const [code, file] of Object.entries(PHRASE_FILES)) expect(file.language).toBe(code);
  });

  for (const [code, file] of Object.entries(PHRASE_FILES)) {
    it(`${code}: has every list, each non-empty, of well-formed phrases without repeats`, () => {
      expect(Object.keys(file).sort()).toEqual(['language', ...LISTS].sort());
      for (const list of LISTS) {
        const phrases = file[list];
        expect(phrases.length, list).toBeGreaterThan(0);
        for (const phrase of phrases) expect(phrase, `${list}: "${phrase}"`).toMatch(PHRASE);
        expect(new Set(phrases).size, `${list} repeats a phrase`).toBe(phrases.length);
      }
    });

    it(`${code}: compiles into patterns that name the parties in it`, () => {
      const parties = compileParties(file);
      const whole = (pattern: string) => new RegExp(`^${pattern}$`);
      for (const phrase of [
        'team',
        'teams',
        'specialist',
        'specialists',
        'someone else',
        'a partner company',
      ])
        expect(phrase.replace(/^a /, '')).toMatch(whole(parties.teamNoun));
      for (const phrase of ['courier', 'card issuer', 'point of sale', 'parcel service', 'booking site'])
        expect(phrase).toMatch(whole(parties.outside));
      expect('customer service').not.toMatch(whole(parties.outside));
      for (const phrase of ['billing', 'retention', 'retentions', 'fulfilment', 'fulfillment'])
        expect(phrase).toMatch(whole(parties.teamNames));
      for (const phrase of ['neighbour', 'neighbor', 'kid', 'kids', 'parent'])
        expect(phrase).toMatch(whole(parties.household));
      for (const phrase of ['during', 'asap']) expect(phrase).toMatch(whole(parties.notAPartyStart));
    });
  }
});

describe('the engine source', () => {
  it('has no line over 200 characters: long word lists are data or are split into parts', () => {
    const root = new URL('../../../src/nudges/', import.meta.url);
    const long = readdirSync(root, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) =>
        readFileSync(new URL(f, root), 'utf8')
          .split('\n')
          .flatMap((line, i) => (line.length > 200 ? [`${f}:${i + 1} (${line.length})`] : [])),
      );
    expect(long).toEqual([]);
  });
});

describe('the English grammar lists', () => {
  const whole = (pattern: string) => new RegExp(`^${pattern}$`);

  it('every list of the English file is read by the engine (no list is dead data)', () => {
    const root = new URL('../../../src/nudges/', import.meta.url);
    const source = readdirSync(root, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(new URL(f, root), 'utf8'))
      .join('\n');
    const data = JSON.stringify(PHRASE_FILES.en);
    // A list read by name from the file (`import { list } from '../lang/en.json'`), so a build takes it alone.
    const imported = new Set(
      [...source.matchAll(/import \{([^}]*)\} from '[./]*lang\/en\.json'/g)].flatMap((m) =>
        m[1]!.split(',').map((name) => name.trim()),
      ),
    );
    for (const list of LISTS)
      expect(
        source.includes(`.${list}`) || imported.has(list) || data.includes(`{${list}}`),
        `${list} is not read`,
      ).toBe(true);
  });

  it('compiles the verb, participle and noun lists with their optional letters and spellings', () => {
    for (const word of ['refunded', 'cancelled', 'canceled', 'honored', 'honoured'])
      expect(word).toMatch(whole(EN.refusedPassives));
    expect('charged').not.toMatch(whole(EN.refusedPassives));
    for (const word of ['transferable', 'transferrable', 'cancellable', 'cancelable'])
      expect(word).toMatch(whole(EN.nonWords));
    for (const word of ['penalised', 'penalized', 'locked out'])
      expect(word).toMatch(whole(EN.harmsToCustomer));
    for (const word of ['terms and conditions', 't&cs', 'returns window'])
      expect(word).toMatch(whole(EN.policyNouns));
    for (const word of ['question', 'questions', 'queries', 'outage'])
      expect(word).toMatch(whole(EN.questionNouns));
    for (const word of ['advisor', 'adviser', 'team lead']) expect(word).toMatch(whole(EN.colleagueRoles));
    for (const word of ['has to come', 'can only come']) expect(word).toMatch(whole(EN.comesFrom));
    expect('honor').toMatch(whole(EN.grantedActs));
    expect('honour').toMatch(whole(EN.grantedActs));
  });

  it('keeps the idiom exceptions apart from the refusals they guard', () => {
    for (const word of ['happier', 'prouder']) expect(word).toMatch(whole(EN.idiomFeelings));
    for (const word of ['smiling', 'thinking']) expect(word).toMatch(whole(EN.idiomDoings));
    for (const word of ['beaten', 'kept waiting']) expect(word).toMatch(whole(EN.notPassiveRefusals));
    expect('refunded').not.toMatch(whole(EN.notPassiveRefusals));
  });
});

describe('the phrase builder', () => {
  it('makes a part in parentheses optional and escapes everything else', () => {
    expect(phrasePattern('partner(s)')).toBe('partner(?:s)?');
    expect(phrasePattern('someone( else)')).toBe('someone(?: else)?');
    expect(new RegExp(`^${phrasePattern('st. john')}$`).test('stxjohn')).toBe(false);
    expect(alternation(['a', 'b(c)'])).toBe('(?:a|b(?:c)?)');
  });

  it('fills a {frame} from the code, and refuses one it does not know', () => {
    expect(phrasePattern('{any}', { any: '\\w+' })).toBe('\\w+');
    expect(() => phrasePattern('{missing}')).toThrow(/missing/);
  });

  it('takes only the phrase syntax', () => {
    for (const good of [
      'team',
      'team lead(s)',
      'fulfil(l)ment',
      'third-party',
      "o'brien",
      'at&t',
      '{any company}',
    ])
      expect(good).toMatch(PHRASE);
    for (const bad of ['Team', 'team  lead', ' team', 'teams?', '(?:a|b)', 'a|b', '[ab]', 'team\\b', '{Any}'])
      expect(bad).not.toMatch(PHRASE);
  });

  it('reads options in brackets, optional options in parentheses and slots inside a phrase', () => {
    for (const good of [
      '[can|may] reach',
      'please( just| also)',
      '[our|the] {some words}[support|care] team',
      'señal',
    ])
      expect(good).toMatch(PHRASE);
    const whole = (phrase: string) => new RegExp(`^${phrasePattern(phrase, { party: '(?:the bank)' })}$`);
    expect('you may reach').toMatch(whole('you [can|may] reach'));
    expect('you must reach').not.toMatch(whole('you [can|may] reach'));
    expect('please call').toMatch(whole('please( just| also) call'));
    expect('please also call').toMatch(whole('please( just| also) call'));
    expect('call the bank').toMatch(whole('call {party}'));
  });

  it("adds a team's extra phrases to a list, and a list can name an earlier one in a slot", () => {
    const file = PHRASE_FILES.en!;
    const plain = compileLexicon(file);
    const extended = compileLexicon(file, { teamNames: ['Northwind Logistics'] });
    const whole = (pattern: string) => new RegExp(`^${pattern}$`, 'u');
    expect('northwind logistics').not.toMatch(whole(plain.teamNames));
    expect('northwind logistics').toMatch(whole(extended.teamNames));
    expect('northwind logistics').toMatch(whole(extended.supportChannels));
    expect('the courier').toMatch(whole(plain.supportChannels));
  });
});
