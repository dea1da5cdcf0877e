// The panel's side of the learned second opinion on handoff and can't language (src/meaning/
// second-opinion.ts). Loaded with the nudge engine after first paint; the model runs in the meaning host,
// never in the panel. The panel shows the phrases' nudges at once; when the draft has settled (the page
// pushes it about 400 ms after the last keystroke), it asks the host, and adds what the host's answer adds.
import type { Nudge } from '../nudges';
import { opinionNudge } from '../nudges/opinion/opinion';
import { draftPartials } from '../nudges/opinion/partials';
import { askOpinion, listen } from './meaning-client';

/**
 * Asks the meaning host for the second opinion on `draft` beside the phrases' `found` nudges; `done`
 * gets the nudges to add (none when the host could not run the model). Returns a cancel function: a
 * newer draft makes an older answer moot.
 */
export function requestOpinion(
  draft: string,
  found: readonly Nudge[],
  done: (added: Nudge[]) => void,
): () => void {
  const kinds = [...new Set(found.map((n) => n.kind))];
  if (!draft.trim() || (kinds.includes('handoff') && kinds.includes('cant'))) return () => undefined;
  const request = crypto.randomUUID();
  let live = true;
  performance.mark(`ownit:opinion-ask:${request}`);
  const stop = listen((message) => {
    if (!live || message.type !== 'opinion' || message.request !== request) return;
    stop();
    // For the in-browser benchmark: how long after the draft settled the second opinion came.
    performance.measure('ownit:opinion', `ownit:opinion-ask:${request}`);
    done((message.picks ?? []).map(opinionNudge));
  });
  // The phrase layer runs here, not in the host: the panel reads its partial hits and sends them along.
  void askOpinion({ type: 'opinion', request, draft, found: kinds, partials: draftPartials(draft) });
  return () => {
    live = false;
    stop();
  };
}
