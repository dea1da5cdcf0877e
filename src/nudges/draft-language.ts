// Handoff and can't nudges by the draft's language: a Spanish draft is read by the Spanish frames, any
// other by the English phrase layer; the team's words for that language are added either way (their
// handoffs where the phrases found none, and no handoff where the team's ownership phrasing says the
// agent keeps the case).
import { draftLanguage } from './detect-language';
import { handoffMessage, handoffRewrite } from './language/rewrites';
import { spanishNudges } from './spanish/index';
import { spanishTeamWords, type TeamPhrases, teamFrames } from './team-phrases';
import type { Doc } from './text/document';
import { type Nudge, PRINCIPLES } from './types';

export type LanguageNudges = { nudges: Nudge[]; flagged: Set<number> };

export function draftLanguageNudges(
  draft: Doc,
  phrases: TeamPhrases | undefined,
  english: (draft: Doc) => LanguageNudges,
): LanguageNudges {
  if (draftLanguage(draft.raw) === 'es') return spanishNudges(draft, spanishTeamWords(phrases));
  const found = english(draft);
  const team = teamFrames(phrases, 'en');
  if (!team) return found;
  const handoffAt = new Set(found.nudges.filter((n) => n.kind === 'handoff').map((n) => n.range?.[0]));
  const owned = new Set<number>();
  const added: Nudge[] = [];
  for (const sentence of draft.sentences) {
    const raw = draft.raw.slice(sentence.start, sentence.end);
    if (team.owns(raw)) {
      owned.add(sentence.start);
      continue;
    }
    if (handoffAt.has(sentence.start)) continue;
    const hit = team.handoff(raw);
    if (!hit) continue;
    found.flagged.add(sentence.index);
    const engineHit = { type: hit.type, target: hit.target?.toLowerCase(), index: 0 };
    added.push({
      kind: 'handoff',
      message: handoffMessage(engineHit, raw),
      principle: PRINCIPLES.handoff,
      range: [sentence.start, sentence.end],
      rewrite: handoffRewrite(engineHit, raw),
    });
  }
  const kept = found.nudges.filter((n) => !(n.kind === 'handoff' && owned.has(n.range?.[0] ?? -1)));
  for (const sentence of draft.sentences) {
    if (owned.has(sentence.start) && !kept.some((n) => n.range?.[0] === sentence.start))
      found.flagged.delete(sentence.index);
  }
  const firstCant = kept.findIndex((n) => n.kind !== 'handoff');
  const at = firstCant < 0 ? kept.length : firstCant;
  return { nudges: [...kept.slice(0, at), ...added, ...kept.slice(at)], flagged: found.flagged };
}
