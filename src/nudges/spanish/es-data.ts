// The bundled Spanish phrase file, given to the engine on import. `src/nudges/index.ts` imports this, so
// `ownit nudge`, the eval and the tests read Spanish drafts; the panel imports the engine without it and
// fetches the same file as data (src/sidepanel/nudge-engine.ts), which keeps it out of the panel's JS.
import es from './es.json';
import { joinedPhrases, type SpanishPhraseSource, type SpanishPhrases, useSpanishPhrases } from './phrases';

export const SPANISH_FILE: SpanishPhrases = joinedPhrases(es as SpanishPhraseSource);
useSpanishPhrases(SPANISH_FILE);
