// Handoff and can't nudges by the draft's language: a Spanish draft is read by the Spanish frames, any
// other by the English phrase layer; the team's words for that language are added either way (their
// handoffs where the phrases found none, and no handoff where the team's ownership phrasing says the
// agent keeps the case). In a mixed draft, a sentence clearly written in the other language is read by
// that language's frames: the sentence that carries a nudge picks its language.
import { type DraftLanguage, draftLanguage, sentenceLanguage } from './detect-language';
import { handoffMessage, handoffRewrite } from './language/rewrites';
import { spanishNudges, spanishOpinionNudges } from './spanish/index';
import { spanishTeamWords, type TeamPhrases, teamFrames } from './team-phrases';
import type { Doc } from './text/document';
import { type Nudge, PRINCIPLES } from './types';

export type LanguageNudges = { nudges: Nudge[]; flagged: Set<number> };

export function draftLanguageNudges(
  draft: Doc,
  phrases: TeamPhrases | undefined,
  english: (draft: Doc) => LanguageNudges,
  learned = true,
): LanguageNudges {
  const language = draftLanguage(draft.raw);
  const read = (lang: DraftLanguage, doc: Doc) =>
    lang === 'es' ? spanishNudges(doc, spanishTeamWords(phrases)) : englishNudges(doc, phrases, english);
  const other: DraftLanguage = language === 'es' ? 'en' : 'es';
  const apart = draft.sentences.filter((s) => sentenceLanguage(draft.raw.slice(s.start, s.end)) === other);
  const found =
    apart.length === 0 || apart.length === draft.sentences.length
      ? read(language, draft)
      : mixed(draft, language, apart, read);
  // A Spanish draft: the learned Spanish opinion may add a kind the phrases missed (never on an English sentence).
  if (language !== 'es' || !learned) return found;
  const kinds = new Set<string>(found.nudges.map((n) => n.kind));
  const skip = new Set(apart.map((s) => s.index));
  const added = spanishOpinionNudges(draft, kinds, skip, spanishTeamWords(phrases));
  if (added.length === 0) return found;
  for (const nudge of added) {
    const sentence = draft.sentences.find((s) => s.start === at(nudge));
    if (sentence) found.flagged.add(sentence.index);
  }
  return { nudges: inOrder([...found.nudges, ...added]), flagged: found.flagged };
}

/** Where a nudge starts in the draft. */
const at = (n: Nudge) => n.range?.[0] ?? 0;

/** Handoffs first, then the rest, each in the order of the draft. */
function inOrder(nudges: Nudge[]): Nudge[] {
  const handoffs = nudges.filter((n) => n.kind === 'handoff').sort((a, b) => at(a) - at(b));
  const rest = nudges.filter((n) => n.kind !== 'handoff').sort((a, b) => at(a) - at(b));
  return [...handoffs, ...rest];
}

/** A mixed draft: the sentences clearly in the other language (`apart`) are read by that language's frames. */
function mixed(
  draft: Doc,
  language: DraftLanguage,
  apart: Doc['sentences'],
  read: (lang: DraftLanguage, doc: Doc) => LanguageNudges,
): LanguageNudges {
  const other: DraftLanguage = language === 'es' ? 'en' : 'es';
  // The draft's own language reads the whole draft (its frames look at the sentences around), but its
  // nudges on the other language's sentences give way to that language's.
  const whole = read(language, draft);
  const side = read(other, { ...draft, sentences: apart });
  const starts = new Set(apart.map((s) => s.start));
  const flagged = new Set([...whole.flagged].filter((i) => !apart.some((s) => s.index === i)));
  for (const i of side.flagged) flagged.add(i);
  const nudges = [...whole.nudges.filter((n) => !starts.has(n.range?.[0] ?? -1)), ...side.nudges];
  return { nudges: inOrder(nudges), flagged };
}

/** The English phrase layer's nudges, with the team's English words. */
function englishNudges(
  draft: Doc,
  phrases: TeamPhrases | undefined,
  english: (draft: Doc) => LanguageNudges,
): LanguageNudges {
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
