// Drafts as a pack for the team: the pack export with only the chosen drafts (a published article that
// slipped into the selection is left out; they are shared through the ordinary export).
import { kbToPack } from '../export/pack-export';
import type { Article, Pack } from '../shared/model';

export const DRAFTS_PACK_ID = 'shared-drafts';

export function draftsPack(selected: readonly Article[], name: string, day: string): Pack {
  const drafts = selected.filter((article) => article.status === 'draft');
  return kbToPack({ articles: drafts, playbooks: [], rules: [] }, { id: DRAFTS_PACK_ID, name, version: day });
}
