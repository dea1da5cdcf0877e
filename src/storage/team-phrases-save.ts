// Saving the options page's team phrases, checked with the pack format's validator (kept apart from
// `team-phrases.ts`, which the panel loads, so the validator stays out of the panel).
import * as v from 'valibot';
import { PhrasesSchema } from '../shared/pack-schema';
import type { OwnItDatabase } from './db';
import { settings } from './repositories';
import { TEAM_PHRASES_KEY } from './team-phrases';

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
