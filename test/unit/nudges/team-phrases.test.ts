// The team's own words: compiled into a few frames, they turn sentences naming the team's departments and
// outside parties into handoff nudges (English and Spanish), an ownership phrasing keeps a sentence free
// of one, and the same words arrive from the options page's storage, from a team pack and through
// `ownit nudge --rules <pack>` (storage: test/unit/storage/team-phrases.test.ts).
import { describe, expect, it } from 'vitest';
import { packPhrases, readRules } from '../../../src/cli/nudge-command';
import { analyse } from '../../../src/nudges/index';
import { mergeTeamPhrases, type TeamPhrases } from '../../../src/nudges/team-phrases';
import { parsePack } from '../../../src/shared/pack-schema';

const TEAM: TeamPhrases = {
  en: {
    departments: ['the Accounts Receivable team'],
    parties: ['Acme Logistics'],
    handoff: ['raise it at the hub'],
    ownership: ['I will chase Acme myself'],
  },
  es: { departments: ['Cuentas por Cobrar'], parties: ['Acme Logística'] },
};

const handoffs = (draft: string, phrases?: TeamPhrases) =>
  analyse({ draft }, [], { phrases }).filter((n) => n.kind === 'handoff');

// The English phrase layer compiles its patterns on first use: on a busy machine that takes seconds.
describe('team phrases in the nudges', { timeout: 120_000 }, () => {
  it('makes a handoff of sentences the built-in phrases do not read, only with the team’s words', () => {
    for (const draft of [
      'Acme Logistics will sort out the delivery.',
      'Accounts Receivable will sort out the invoice for you.',
      'Acme Logistics handles all deliveries now.',
      // In lower case: the built-in frames read a party asked by a name written with capitals.
      'ask acme logistics about the delivery.',
      'For that one, raise it at the hub.',
    ]) {
      expect(handoffs(draft), `without: ${draft}`).toHaveLength(0);
      expect(handoffs(draft, TEAM), `with: ${draft}`).toHaveLength(1);
    }
  });

  it('names the party in the advice and the rewrite, as the agent wrote it', () => {
    const [nudge] = handoffs('Acme Logistics will sort out the delivery.', TEAM);
    expect(nudge?.message).toContain('Acme Logistics');
    expect(nudge?.rewrite).toContain('Acme Logistics');
    const [asked] = handoffs('please contact Acme Logistics about the delivery', TEAM);
    expect(asked?.rewrite).toBe(
      "I'll contact Acme Logistics for you and get back to you by [time] with what they say.",
    );
  });

  it('leaves the agent’s own legwork alone', () => {
    for (const draft of [
      "I'll contact Acme Logistics and get back to you by 3pm.",
      'Let me ask the Accounts Receivable team and I will update you today.',
      'No need to contact Acme Logistics, the parcel is already on its way.',
    ])
      expect(handoffs(draft, TEAM), draft).toHaveLength(0);
  });

  it('drops the handoff nudge on a sentence with the team’s ownership phrasing', () => {
    const draft = 'Please contact Acme about the delivery, and I will chase Acme myself too.';
    expect(handoffs(draft)).toHaveLength(1);
    expect(handoffs(draft, TEAM)).toHaveLength(0);
  });

  it('adds Spanish parties and departments to the Spanish frames', () => {
    const draft = 'Eso lo gestiona directamente Cuentas por Cobrar, escríbales hoy.';
    const [nudge] = handoffs('Tendrá que hablar con Acme Logística sobre la entrega.', TEAM);
    expect(nudge?.rewrite).toContain('Acme Logística');
    expect(handoffs(draft, TEAM)).toHaveLength(1);
    // English words do not leak into Spanish drafts, or Spanish ones into English drafts.
    expect(handoffs('Acme Logistics se encargará de la entrega mañana.', { en: TEAM.en! })).toHaveLength(0);
  });

  it('merges the options page’s words with every pack’s, each phrase once', () => {
    const merged = mergeTeamPhrases(
      { en: { parties: ['Acme Logistics', ' acme logistics '] } },
      { en: { parties: ['Globex'], departments: ['Billing Ops'] }, es: { parties: ['Acme Logística'] } },
      undefined,
    );
    expect(merged).toEqual({
      en: { parties: ['Acme Logistics', 'Globex'], departments: ['Billing Ops'] },
      es: { parties: ['Acme Logística'] },
    });
  });
});

describe('team phrases in packs, storage and the command line', () => {
  const pack = {
    format: 'ownit-pack',
    formatVersion: 1,
    id: 'team',
    name: 'Team',
    version: '1',
    rules: [],
    phrases: TEAM,
  };

  it('are part of the pack format, checked like the rest of a pack', () => {
    const parsed = parsePack(pack);
    expect(parsed.ok && parsed.pack.phrases).toEqual(TEAM);
    const long = parsePack({ ...pack, phrases: { en: { parties: Array(101).fill('x') } } });
    expect(long.ok ? [] : long.errors).toEqual(['phrases.en.parties: must have at most 100 phrases']);
    const language = parsePack({ ...pack, phrases: { fr: { parties: ['x'] } } });
    expect(language.ok).toBe(false);
    const list = parsePack({ ...pack, phrases: { en: { teams: ['x'] } } });
    expect(list.ok).toBe(false);
  });

  it('reach `ownit nudge --rules <pack>`', () => {
    expect(readRules(pack, 'team.json')).toEqual([]);
    const phrases = packPhrases(pack);
    expect(analyse({ draft: 'Acme Logistics will sort out the delivery.' }, [], { phrases })[0]?.kind).toBe(
      'handoff',
    );
    expect(packPhrases([])).toBeUndefined();
  });
});
