// The nudge engine: empowerment limits, handoff and can't language, money amounts. Pure TS.

import { spelledAmounts } from './amount-words';
import { findAmounts as findWrittenAmounts } from './amounts';
import type { FoundAmount } from './types';
// The bundled Spanish phrase file (the panel fetches it as data instead: src/sidepanel/nudge-engine.ts).
import './spanish/es-data';

/** Every money amount in `text`, spelled-out ones ("forty five dollars") included. */
export function findAmounts(text: string, defaultCurrency = 'USD'): FoundAmount[] {
  return findWrittenAmounts(text, defaultCurrency, spelledAmounts);
}
export { analyse } from './analyse';
export { formatMoney } from './money';
export { type OpinionPick, opinionNudge } from './opinion';
export type { AnalyseInput, FoundAmount, Nudge, NudgeKind, NudgeRule } from './types';
export { PRINCIPLES } from './types';
