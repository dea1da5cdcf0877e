// The team's own words for the handoff nudges: those kept on the options page (one `settings` row, no
// schema change; saved through `team-phrases-save.ts`, checked as a pack's) merged with those of every subscribed pack's last applied copy. The panel follows
// them live, so a change on the options page or a pack sync takes effect without a reload.

import { mergeTeamPhrases, type TeamPhrases } from '../nudges/team-phrases';
import type { TeamPhraseLists } from '../shared/model';
import type { OwnItDatabase } from './db';
import { liveQuery } from './idb/live';
import { settings } from './repositories';

export const TEAM_PHRASES_KEY = 'teamPhrases';

/** The words kept on the options page; what is not a list of phrases reads as none (no validator here: the panel loads this). */
export async function loadLocalPhrases(db: OwnItDatabase): Promise<TeamPhraseLists> {
  const stored = await settings.get<unknown>(db, TEAM_PHRASES_KEY, {});
  return mergeTeamPhrases(stored as TeamPhrases) as TeamPhraseLists;
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
