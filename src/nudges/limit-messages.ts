// The words of within-limit and over-limit nudges: what is the agent's to approve, and, above the
// limit, the escalation path worded so the agent keeps ownership.
import { formatMoney } from './money';
import type { NudgeRule } from './types';

const PLURAL: Record<string, [string, string]> = {
  refund: ['refund', 'refunds'],
  credit: ['goodwill credit', 'goodwill credit or vouchers'],
  replacement: ['replacement', 'replacements'],
  'fee-waiver': ['fee waiver', 'fee waivers'],
  discount: ['discount', 'discounts'],
  expedite: ['free shipping upgrade', 'free expedited shipping'],
};

const PER: Record<NudgeRule['per'], string> = {
  order: 'per order',
  customer: 'per customer',
  month: 'per month',
  case: 'per case',
};

function nouns(rule: NudgeRule): [string, string] {
  const known = PLURAL[rule.action];
  if (known) return known;
  const label = rule.label.trim() || rule.id;
  const lower = label.charAt(0).toLowerCase() + label.slice(1);
  return [lower, lower];
}

function per(rule: NudgeRule): string {
  return PER[rule.per] ?? `per ${rule.per}`;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];

export interface LimitFacts {
  rule: NudgeRule;
  amount?: number;
  currency?: string;
  /** How many are asked for, for a rule limited by count. */
  count?: number;
  /** The draft refuses, hands off or seeks approval for something the agent may approve. */
  boosted?: boolean;
}

/** "Yours to approve: refunds up to $100 per order ($45 here). No approval needed." */
export function withinMessage({ rule, amount, currency, count, boosted }: LimitFacts): string {
  const [one, many] = nouns(rule);
  const limit = rule.limit;
  const end = boosted ? 'No approval or handoff needed: you can say yes now.' : 'No approval needed.';
  if (!limit) {
    const guidance = rule.guidance.trim();
    return `Yours to decide: ${one}. ${boosted ? end : guidance || end}`;
  }
  if ('count' in limit) {
    const what = limit.count === 1 ? `one ${one}` : `${limit.count} ${many}`;
    const here = count && count > 1 ? ` (this is the ${ORDINALS[count - 1] ?? `${count}th`})` : '';
    return `Yours to approve: ${what} ${per(rule)}${here}. ${end}`;
  }
  const here = amount !== undefined ? ` (${formatMoney(amount, currency ?? limit.currency)} here)` : '';
  return `Yours to approve: ${many} up to ${formatMoney(limit.amount, limit.currency)} ${per(rule)}${here}. ${end}`;
}

function ownership(rule: NudgeRule): string {
  const who = rule.above.trim();
  const approval = who ? `${who.replace(/\s+/g, '-')} approval` : 'approval';
  const steps = rule.escalation.map((step) => step.trim()).filter(Boolean);
  const path = steps.length ? ` Escalation: ${steps.map((step, i) => `${i + 1}. ${step}`).join(' ')}` : '';
  return `Get ${approval} behind the scenes, stay the customer's contact, and tell them when you'll be back.${path}`;
}

/** "$150 is above your $100 limit for refunds per order. Get team-lead approval, …" */
export function overMessage({ rule, amount, currency, count }: LimitFacts): string {
  const [one, many] = nouns(rule);
  const limit = rule.limit;
  if (limit && 'count' in limit) {
    const nth = ORDINALS[(count ?? 2) - 1] ?? `${count}th`;
    return `A ${nth} ${one} is above your limit of ${limit.count} ${per(rule)}. ${ownership(rule)}`;
  }
  if (limit && amount !== undefined) {
    const asked = formatMoney(amount, currency ?? limit.currency);
    return `${asked} is above your ${formatMoney(limit.amount, limit.currency)} limit for ${many} ${per(rule)}. ${ownership(rule)}`;
  }
  return `This is above your limit for ${many}. ${ownership(rule)}`;
}
