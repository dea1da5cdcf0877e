// Where snippet shortcuts work and how they start: the sites the agent turned them on for (host names;
// none by default) and the prefix typed before a shortcut (`;` by default). Rows of `settings`.
import type { OwnItDatabase } from './db';
import { settings } from './repositories';

export const SHORTCUT_KEYS = { sites: 'shortcutSites', prefix: 'shortcutPrefix' } as const;
export const DEFAULT_PREFIX = ';';

export interface ShortcutSettings {
  prefix: string;
  /** Host names (`acme.zendesk.com`), lowercase, sorted. */
  sites: string[];
}

/** 1 to 3 marks that are not letters, digits or spaces (`;`, `//`, `!!`). */
export function isValidPrefix(prefix: string): boolean {
  return /^[^\p{L}\p{N}\s]{1,3}$/u.test(prefix);
}

/** A host name as stored, or '' when it is not one (a port, a path or a scheme is not part of it). */
export function siteOf(host: string): string {
  const name = host.trim().toLowerCase();
  return /^[a-z0-9.-]{1,253}$/.test(name) && !name.startsWith('.') ? name : '';
}

export async function loadShortcutSettings(db: OwnItDatabase): Promise<ShortcutSettings> {
  const [sites, prefix] = await Promise.all([
    settings.get<unknown>(db, SHORTCUT_KEYS.sites, []),
    settings.get<unknown>(db, SHORTCUT_KEYS.prefix, DEFAULT_PREFIX),
  ]);
  const list = Array.isArray(sites)
    ? sites.filter((s): s is string => typeof s === 'string' && siteOf(s) !== '')
    : [];
  return {
    prefix: typeof prefix === 'string' && isValidPrefix(prefix) ? prefix : DEFAULT_PREFIX,
    sites: [...new Set(list)].sort(),
  };
}

/** Turns shortcuts on or off for one site; returns the sites they are on for. */
export async function setShortcutSite(db: OwnItDatabase, host: string, on: boolean): Promise<string[]> {
  const site = siteOf(host);
  return db.transaction('rw', [db.settings], async (tx) => {
    const { sites } = await loadShortcutSettings(tx);
    const next =
      site === '' ? sites : on ? [...new Set([...sites, site])].sort() : sites.filter((s) => s !== site);
    await settings.set(tx, SHORTCUT_KEYS.sites, next);
    return next;
  });
}

export async function setShortcutPrefix(db: OwnItDatabase, prefix: string): Promise<void> {
  if (!isValidPrefix(prefix)) throw new Error(`not a shortcut prefix: ${prefix}`);
  await settings.set(db, SHORTCUT_KEYS.prefix, prefix);
}
