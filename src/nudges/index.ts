// The nudge engine: empowerment limits, handoff and can't language, money amounts. Pure TS.

export { findAmounts } from './amounts';
export { analyse } from './analyse';
export { formatMoney } from './money';
export type { AnalyseInput, FoundAmount, Nudge, NudgeKind, NudgeRule } from './types';
export { PRINCIPLES } from './types';
