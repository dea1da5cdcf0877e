// The team's own words for the handoff nudges: those kept on the options page (one `settings` row, no
// schema change) merged with those of every subscribed pack's last applied copy. The panel follows
// them live, so a change on the options page or a pack sync takes effect without a reload.
import { liveQuery } from 'dexie';
import * as v from 'valibot';
import { mergeTeamPhrases, type TeamPhrases } from '../nudges/team-phrases';
import type { TeamPhraseLists } from '../shared/model';
import { PhrasesSchema } from '../shared/pack-schema';
import type { OwnItDatabase } from './db';
import { settings } from './repositories';

export const TEAM_PHRASES_KEY = 'teamPhrases';

/** The words kept on the options page; a damaged value reads as none. */
export async function loadLocalPhrases(db: OwnItDatabase): Promise<TeamPhraseLists> {
  const stored = await settings.get<unknown>(db, TEAM_PHRASES_KEY, {});
  const parsed = v.safeParse(PhrasesSchema, stored);
  return parsed.success ? (parsed.output as TeamPhraseLists) : {};
}

export type SavePhrasesResult = { ok: true } | { ok: false; errors: string[] };

/** Stores the options page's words, checked as a pack's are; nothing is written when they are not valid. */
export async function saveLocalPhrases(db: OwnItDatabase, phrases: unknown): Promise<SavePhrasesResult> {
  const parsed = v.safeParse(PhrasesSchema, phrases);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.issues.map((issue) => {
        const path = (issue.path ?? []).map((item) => String((item as { key?: unknown }).key)).join('.');
        return path ? `${path}: ${issue.message}` : issue.message;
      }),
    };
  }
  await settings.set(db, TEAM_PHRASES_KEY, parsed.output);
  return { ok: true };
}

/** The options page's words first, then each subscribed pack's, merged (each phrase once). */
export async function allTeamPhrases(db: OwnItDatabase): Promise<TeamPhrases> {
  const [local, subscriptions] = await Promise.all([loadLocalPhrases(db), db.packs.toArray()]);
  return mergeTeamPhrases(
    local as TeamPhrases,
    ...subscriptions.map((subscription) => subscription.applied?.phrases as TeamPhrases | undefined),
  );
}

/** Calls `onChange` with the merged words now and whenever they change; returns the unsubscribe. */
export function followTeamPhrases(db: OwnItDatabase, onChange: (phrases: TeamPhrases) => void): () => void {
  const subscription = liveQuery(() => allTeamPhrases(db)).subscribe({
    next: onChange,
    error: () => onChange({}),
  });
  return () => subscription.unsubscribe();
}
