// The nudges on the open ticket's draft: the phrase layer at once (the engine loads once the index's bytes
// are in, so search is usable before it arrives), with the team's own words followed live, then the learned second
// opinion from the meaning host, which may add a handoff or can't nudge the phrases missed.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Nudge } from '../nudges';
import type { TeamPhrases } from '../nudges/team-phrases';
import type { PageContext } from '../shared/model';
import { indexBytesIn, type Knowledge } from './knowledge';

type NudgeEngine = import('./nudge-engine').NudgeEngine;

/** User Timing mark: the nudge engine began to load (timing.ts). */
const NUDGE_ENGINE_MARK = 'ownit:nudge-engine';

export function useNudges(kb: Knowledge | undefined, context: PageContext | undefined): Nudge[] {
  const engine = useNudgeEngine();
  // The team's words (options page, packs) are followed live: a change applies to the next analysis.
  const [phrases, setPhrases] = useState<TeamPhrases | undefined>(undefined);
  useEffect(() => engine?.followTeamPhrases(setPhrases), [engine]);
  const found = useMemo(
    () =>
      engine && kb && context
        ? engine.analyse({ text: context.customerMessage, draft: context.draft }, kb.rules, { phrases })
        : [],
    [engine, kb, context, phrases],
  );
  const draft = context?.draft ?? '';
  const [opinion, setOpinion] = useState<{ draft: string; added: Nudge[] } | null>(null);
  useEffect(() => {
    if (!engine || !draft) return;
    return engine.requestOpinion(draft, found, (added) => setOpinion({ draft, added }));
  }, [engine, draft, found]);
  return opinion?.draft === draft && opinion.added.length > 0 ? [...found, ...opinion.added] : found;
}

/** The engine (its code, its phrase files and their compiling) runs on the main thread the index's bytes
 * arrive on, so it loads once they are in: with a small knowledge base at once, with a large one while
 * the index is unpacked. */
function useNudgeEngine(): NudgeEngine | null {
  const [engine, setEngine] = useState<NudgeEngine | null>(null);
  useEffect(() => {
    indexBytesIn()
      .then(() => {
        performance.mark(NUDGE_ENGINE_MARK);
        return import('./nudge-engine');
      })
      .then((module) => module.loadNudgeEngine())
      .then(setEngine)
      .catch((error: unknown) => console.error('Own It: the nudge engine failed to load', error));
  }, []);
  return engine;
}
