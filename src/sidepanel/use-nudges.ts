// The nudges on the open ticket's draft: the phrase layer at once (the engine loads after first paint, so
// search is usable before it arrives), with the team's own words followed live, then the learned second
// opinion from the meaning host, which may add a handoff or can't nudge the phrases missed.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Nudge } from '../nudges';
import type { TeamPhrases } from '../nudges/team-phrases';
import type { PageContext } from '../shared/model';
import type { Knowledge } from './knowledge';

type NudgeEngine = import('./nudge-engine').NudgeEngine;

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

function useNudgeEngine(): NudgeEngine | null {
  const [engine, setEngine] = useState<NudgeEngine | null>(null);
  useEffect(() => {
    import('./nudge-engine')
      .then((module) => module.loadNudgeEngine())
      .then(setEngine)
      .catch((error: unknown) => console.error('Own It: the nudge engine failed to load', error));
  }, []);
  return engine;
}
