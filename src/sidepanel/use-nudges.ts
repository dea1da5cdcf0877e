// The nudges on the open ticket's draft: the phrase layer at once (the engine loads after first paint, so
// search is usable before it arrives), with the team's own words followed live, then the learned second
// opinion from the meaning host, which may add a handoff or can't nudge the phrases missed.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Nudge } from '../nudges';
import type { TeamPhrases } from '../nudges/team-phrases';
import type { PageContext } from '../shared/model';
import type { Knowledge } from './knowledge';
import { mutesReadEarly, readMutesEarly } from './nudge-mutes';

type NudgeEngine = import('./nudge-engine').NudgeEngine;

export interface PageNudges {
  nudges: Nudge[];
  /**
   * Whether the page's nudges are known: the engine is in (or failed to load) and the dismissed ones are
   * read. The second opinion may add some later.
   */
  settled: boolean;
}

export function useNudges(kb: Knowledge | undefined, context: PageContext | undefined): PageNudges {
  const [engine, failed] = useNudgeEngine();
  const [mutesRead, setMutesRead] = useState(() => mutesReadEarly() !== null);
  useEffect(() => {
    if (mutesRead) return;
    void readMutesEarly()
      .catch(() => undefined)
      .then(() => setMutesRead(true));
  }, []);
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
  const nudges = useMemo(
    () => (opinion?.draft === draft && opinion.added.length > 0 ? [...found, ...opinion.added] : found),
    [found, opinion, draft],
  );
  return { nudges, settled: (engine !== null || failed) && mutesRead };
}

function useNudgeEngine(): [NudgeEngine | null, boolean] {
  const [engine, setEngine] = useState<NudgeEngine | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const start = performance.now();
    import('./nudge-engine')
      .then((module) => module.loadNudgeEngine())
      .then((loaded) => {
        performance.measure('ownit:nudge-engine', { start });
        setEngine(loaded);
      })
      .catch((error: unknown) => {
        setFailed(true);
        console.error('Own It: the nudge engine failed to load', error);
      });
  }, []);
  return [engine, failed];
}
