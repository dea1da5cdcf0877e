// The nudge engine as the panel loads it (through nudge-engine.ts, once the English phrase file is in):
// the phrase engine, the team's own words, and the way to ask the meaning host for the second opinion.
import spanishPhrasesUrl from '../nudges/spanish/es.json?url';
import { type SpanishOpinionModel, useSpanishOpinion } from '../nudges/spanish/opinion';
import spanishOpinionUrl from '../nudges/spanish/opinion-model.json?url&no-inline';
import { type SpanishPhraseSource, useSpanishPhrases } from '../nudges/spanish/phrases';
import type { TeamPhrases } from '../nudges/team-phrases';
import { database } from '../storage/db';
import { followTeamPhrases as follow } from '../storage/team-phrases';

// The engine without its bundled Spanish phrase file and opinion weights (src/nudges/index.ts imports them):
// here they are fetched as data, so Spanish drafts are read once `ready` has settled.
export { analyse } from '../nudges/analyse';
export { requestOpinion } from './second-opinion';

/** Settles when the Spanish phrase file is in (or could not be read: English nudges work without it). */
const phrasesIn: Promise<void> = fetch(spanishPhrasesUrl)
  .then((response) => response.json() as Promise<SpanishPhraseSource>)
  .then(useSpanishPhrases)
  .catch((error: unknown) => console.error('Own It: the Spanish phrases failed to load', error));

/** The learned Spanish opinion's weights, fetched beside the phrase file (without them, the phrases alone). */
const opinionIn: Promise<void> = fetch(spanishOpinionUrl)
  .then((response) => response.json() as Promise<SpanishOpinionModel>)
  .then(useSpanishOpinion)
  .catch((error: unknown) => console.error("Own It: the Spanish opinion's weights failed to load", error));

/** Settles when the Spanish files are in (or could not be read). */
export const ready: Promise<void> = Promise.all([phrasesIn, opinionIn]).then(() => undefined);

/** The team's own words (options page and packs), now and whenever they change. */
export function followTeamPhrases(onChange: (phrases: TeamPhrases) => void): () => void {
  return follow(database(), onChange);
}
