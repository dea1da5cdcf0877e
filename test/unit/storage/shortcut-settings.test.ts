import { beforeEach, describe, expect, it } from 'vitest';
import type { OwnItDatabase } from '../../../src/storage/db';
import { settings } from '../../../src/storage/repositories';
import {
  isValidPrefix,
  loadShortcutSettings,
  setShortcutPrefix,
  setShortcutSite,
  siteOf,
} from '../../../src/storage/shortcut-settings';
import { freshDatabase } from './helpers';

let db: OwnItDatabase;
beforeEach(() => {
  db = freshDatabase();
});

describe('shortcut settings', () => {
  it('are off on every site with the ; prefix until the agent changes them', async () => {
    expect(await loadShortcutSettings(db)).toEqual({ prefix: ';', sites: [] });
  });

  it('turn a site on and off by host name, once each', async () => {
    expect(await setShortcutSite(db, 'Acme.Zendesk.com', true)).toEqual(['acme.zendesk.com']);
    expect(await setShortcutSite(db, 'acme.zendesk.com', true)).toEqual(['acme.zendesk.com']);
    expect(await setShortcutSite(db, '127.0.0.1', true)).toEqual(['127.0.0.1', 'acme.zendesk.com']);
    expect(await setShortcutSite(db, 'acme.zendesk.com', false)).toEqual(['127.0.0.1']);
    expect(await setShortcutSite(db, 'https://x.example/path', true)).toEqual(['127.0.0.1']);
  });

  it('keep a valid prefix and read a damaged value as the default', async () => {
    await setShortcutPrefix(db, '//');
    expect((await loadShortcutSettings(db)).prefix).toBe('//');
    await expect(setShortcutPrefix(db, 'ab')).rejects.toThrow();
    await settings.set(db, 'shortcutPrefix', 42);
    await settings.set(db, 'shortcutSites', ['ok.example', 7, '../x']);
    expect(await loadShortcutSettings(db)).toEqual({ prefix: ';', sites: ['ok.example'] });
  });

  it('accept 1 to 3 marks as a prefix and only host names as sites', () => {
    expect([';', '//', '!!!', ':'].every(isValidPrefix)).toBe(true);
    expect(['', 'a', '1', ' ', ';;;;', '; '].some(isValidPrefix)).toBe(false);
    expect(siteOf(' Support.Example.com ')).toBe('support.example.com');
    expect(siteOf('support.example.com:8080')).toBe('');
    expect(siteOf('.example.com')).toBe('');
  });
});
