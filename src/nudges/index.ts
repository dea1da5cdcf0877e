// The nudge engine: empowerment limits, handoff and can't language, money amounts. Pure TS.

import { spelledAmounts } from './amounts/amount-words';
import { findAmounts as findWrittenAmounts } from './amounts/amounts';
import type { FoundAmount } from './types';
// The bundled Spanish phrase file (the panel fetches it as data instead: src/sidepanel/nudge-engine.ts).
import './spanish/es-data';

/** Every money amount in `text`, spelled-out ones ("forty five dollars") included. */
export function findAmounts(text: string, defaultCurrency = 'USD'): FoundAmount[] {
  return findWrittenAmounts(text, defaultCurrency, spelledAmounts);
}
export { formatMoney } from './amounts/money';
export type { AnalyseOptions } from './analyse';
export { analyse } from './analyse';
export { compileLanguage, type LanguageDetector, languageDetector } from './language/detector';
export { type ExtraPhrases, PHRASE_FILES, type PhraseFile } from './language/phrases';
export { type OpinionPick, opinionNudge } from './opinion/opinion';
export type { AnalyseInput, FoundAmount, Nudge, NudgeKind, NudgeRule } from './types';
export { PRINCIPLES } from './types';
