// The bundled Spanish phrase file and the learned Spanish opinion's weights, given to the engine on import.
// `src/nudges/index.ts` imports this, so `ownit nudge`, the eval and the tests read Spanish drafts; the panel
// imports the engine without it and fetches the same files as data (src/sidepanel/nudge-analysis.ts), which
// keeps them out of the panel's JS.
import es from './es.json';
import { type SpanishOpinionModel, useSpanishOpinion } from './opinion';
import opinionModel from './opinion-model.json';
import { joinedPhrases, type SpanishPhraseSource, type SpanishPhrases, useSpanishPhrases } from './phrases';

export const SPANISH_FILE: SpanishPhrases = joinedPhrases(es as SpanishPhraseSource);
useSpanishPhrases(SPANISH_FILE);
useSpanishOpinion(opinionModel as SpanishOpinionModel);
