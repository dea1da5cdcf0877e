import { describe, expect, it } from 'vitest';
import { settings } from '../../../src/storage/repositories';
import { DEFAULT_PROFILE, loadProfile, saveProfile } from '../../../src/storage/settings-profile';
import { freshDatabase } from './helpers';

describe('the agent’s settings', () => {
  it('reads defaults before anything was saved', async () => {
    expect(await loadProfile(freshDatabase())).toEqual(DEFAULT_PROFILE);
  });

  it('saves and reads back every field', async () => {
    const db = freshDatabase();
    const profile = {
      agentName: 'Sam',
      team: 'Billing, tier 2',
      timeZone: 'Europe/Paris',
      theme: 'dark' as const,
    };
    await saveProfile(db, profile);
    expect(await loadProfile(db)).toEqual(profile);
  });

  it('shares the name the panel’s snippets remember under agentName', async () => {
    const db = freshDatabase();
    await settings.set(db, 'agentName', 'Robin');
    expect((await loadProfile(db)).agentName).toBe('Robin');
    await saveProfile(db, { ...DEFAULT_PROFILE, agentName: 'Robin B.' });
    expect(await settings.get(db, 'agentName', '')).toBe('Robin B.');
  });

  it('reads a damaged value as its default', async () => {
    const db = freshDatabase();
    await settings.set(db, 'theme', 'purple');
    await settings.set(db, 'agentName', 42);
    expect(await loadProfile(db)).toMatchObject({ theme: 'system', agentName: '' });
  });
});
