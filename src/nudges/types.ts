// Public types of the nudge engine. Pure, no runtime.
import type { EmpowermentRule } from '../shared/model';

/**
 * `rule-note`: what a rule with no money limit (a count, or none: replacements, return-window
 * extensions) allows for an ask, shown quietly after the others. It is not a limit alarm: with no
 * amount there is nothing to be within or over.
 */
export type NudgeKind = 'handoff' | 'cant' | 'within-limit' | 'over-limit' | 'rule-note';

export interface Nudge {
  kind: NudgeKind;
  message: string;
  /** Why, linking to the principle: e.g. 'Handoffs hurt the customer'. */
  principle: string;
  /** For within-limit / over-limit / rule-note: the matched rule's id. */
  rule?: string;
  amount?: number;
  currency?: string;
  /** For a rule-note: the ask goes past the rule's count (a second replacement on one order). */
  beyond?: boolean;
  /** For handoff / cant: the offending sentence's [start, end) in the draft… */
  range?: [number, number];
  /** …and the sentence the panel can insert in its place. */
  rewrite?: string;
  /**
   * Who found it: the phrases (absent), the learned second opinion over sentence meaning (English), or the
   * learned Spanish opinion over the sentence's words and the phrases' partial matches (src/nudges/spanish/opinion.ts).
   */
  source?: 'meaning' | 'learned';
}

/** The parts of an empowerment rule the engine reads. */
export type NudgeRule = Pick<
  EmpowermentRule,
  'id' | 'action' | 'label' | 'limit' | 'per' | 'period' | 'above' | 'keywords' | 'guidance' | 'escalation'
>;

export interface AnalyseInput {
  /** The customer's message (or what the page shows of the conversation). */
  text?: string;
  /** The agent's reply draft. */
  draft?: string;
}

export interface FoundAmount {
  amount: number;
  /** ISO 4217 code. */
  currency: string;
  /** The amount as written, e.g. "€45,50". */
  text: string;
  /** Offset of `text` in the scanned string. */
  index: number;
}

/** The titles of the principles in shared/PRINCIPLES.md that nudges point to. */
export const PRINCIPLES = {
  handoff: 'Handoffs hurt the customer',
  cant: 'Say what you can do',
  withinLimit: 'Empowered to say yes',
  overLimit: 'Fast execution with clear escalation, and you keep ownership',
} as const;
