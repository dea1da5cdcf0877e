// What the panel loads after first paint for nudges: the phrase engine, the team's own words, and the
// way to ask the meaning host for the learned second opinion.
import type { TeamPhrases } from '../nudges/team-phrases';
import { database } from '../storage/db';
import { followTeamPhrases as follow } from '../storage/team-phrases';

export { analyse } from '../nudges';
export { requestOpinion } from './second-opinion';

/** The team's own words (options page and packs), now and whenever they change. */
export function followTeamPhrases(onChange: (phrases: TeamPhrases) => void): () => void {
  return follow(database(), onChange);
}
