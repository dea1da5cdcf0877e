// The agent's own settings, as rows of the `settings` table. `agentName` is the key the panel's snippets
// already read for {{agent.name}}; the others are read through `loadProfile`.
import { THEMES, type Theme } from '../shared/theme';
import type { OwnItDatabase } from './db';
import { settings } from './repositories';

export const PROFILE_KEYS = {
  agentName: 'agentName',
  team: 'agentTeam',
  timeZone: 'timeZone',
  theme: 'theme',
} as const;

export interface Profile {
  agentName: string;
  /** Team or role, free text ("Billing, tier 2"). */
  team: string;
  /** IANA zone; empty means the browser's own. */
  timeZone: string;
  theme: Theme;
}

export const DEFAULT_PROFILE: Profile = { agentName: '', team: '', timeZone: '', theme: 'system' };

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The stored profile; a missing or damaged value reads as its default. */
export async function loadProfile(db: OwnItDatabase): Promise<Profile> {
  const rows = await db.settings.bulkGet(Object.values(PROFILE_KEYS));
  const [name, team, zone, theme] = rows.map((row) => row?.value);
  return {
    agentName: text(name),
    team: text(team),
    timeZone: text(zone),
    theme: (THEMES as readonly unknown[]).includes(theme) ? (theme as Theme) : 'system',
  };
}

/** Stores every field of the profile at once. */
export async function saveProfile(db: OwnItDatabase, profile: Profile): Promise<void> {
  await db.transaction('rw', [db.settings], async (tx) => {
    for (const field of Object.keys(PROFILE_KEYS) as (keyof Profile)[]) {
      await settings.set(tx, PROFILE_KEYS[field], profile[field]);
    }
  });
}

/** The time zone reminders and due times use: the one chosen in Settings when valid, else the browser's. */
export function effectiveTimeZone(chosen: string): string {
  if (chosen) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: chosen });
      return chosen;
    } catch {
      // An unknown zone (a setting from another browser, say) falls back to the browser's own.
    }
  }
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
