// The team's words kept on the options page: saved only when valid, and merged with every subscribed
// pack's last applied copy, which is what the panel follows.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Pack, PackSubscription } from '../../../src/shared/model';
import { allTeamPhrases, loadLocalPhrases } from '../../../src/storage/team-phrases';
import { saveLocalPhrases } from '../../../src/storage/team-phrases-save';
import { freshDatabase } from './helpers';

const pack = { format: 'ownit-pack', formatVersion: 1, id: 'team', name: 'Team', version: '1', rules: [] };

describe('team phrases in storage', () => {
  it('are saved from the options page and merged with a subscribed pack’s', async () => {
    const db = freshDatabase();
    expect(await saveLocalPhrases(db, { en: { parties: ['Acme Logistics'] } })).toEqual({ ok: true });
    expect(await loadLocalPhrases(db)).toEqual({ en: { parties: ['Acme Logistics'] } });
    const bad = await saveLocalPhrases(db, { en: { parties: [''] } });
    expect(bad.ok).toBe(false);
    expect(await loadLocalPhrases(db)).toEqual({ en: { parties: ['Acme Logistics'] } });

    const subscription: PackSubscription = {
      id: 'sub-1',
      url: 'https://packs.example/team.json',
      status: 'ok',
      applied: {
        ...pack,
        articles: [],
        playbooks: [],
        phrases: { en: { departments: ['Billing Ops'] } },
      } as Pack,
    };
    await db.packs.put(subscription);
    expect(await allTeamPhrases(db)).toEqual({
      en: { parties: ['Acme Logistics'], departments: ['Billing Ops'] },
    });
  });
});
