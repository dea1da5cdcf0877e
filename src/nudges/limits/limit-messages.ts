// The words of within-limit and over-limit nudges: what is the agent's to approve, and, above the
// limit, the escalation path worded so the agent keeps ownership. Each message is one whole sentence
// in messages.json (the `nudge…` keys), so a language can order its words its own way.
import { t } from '../../shared/i18n';
import { formatMoney } from '../amounts/money';
import type { NudgeRule } from '../types';

/** The message keys for one and for many of each known action. */
const NOUNS: Record<string, [string, string]> = {
  refund: ['nudgeActionRefundOne', 'nudgeActionRefundMany'],
  credit: ['nudgeActionCreditOne', 'nudgeActionCreditMany'],
  replacement: ['nudgeActionReplacementOne', 'nudgeActionReplacementMany'],
  'fee-waiver': ['nudgeActionFeeWaiverOne', 'nudgeActionFeeWaiverMany'],
  discount: ['nudgeActionDiscountOne', 'nudgeActionDiscountMany'],
  expedite: ['nudgeActionExpediteOne', 'nudgeActionExpediteMany'],
};

const PER: Record<string, string> = {
  order: 'nudgePerOrder',
  customer: 'nudgePerCustomer',
  account: 'nudgePerAccount',
  month: 'nudgePerMonth',
  case: 'nudgePerCase',
};

/** How often the limit starts again, after its scope: "per customer per month". */
const PERIOD: Record<string, string> = {
  day: 'nudgePeriodDay',
  week: 'nudgePeriodWeek',
  month: 'nudgePeriodMonth',
  year: 'nudgePeriodYear',
};

function nouns(rule: NudgeRule): [string, string] {
  const known = NOUNS[rule.action];
  if (known) return [t(known[0]), t(known[1])];
  const label = rule.label.trim() || rule.id;
  const lower = label.charAt(0).toLowerCase() + label.slice(1);
  return [lower, lower];
}

function per(rule: NudgeRule): string {
  const key = PER[rule.per];
  const scope = key ? t(key) : t('nudgePerOther', rule.per);
  const period = rule.period && PERIOD[rule.period];
  // A rule of the older form "per month" says it once.
  return period && rule.per !== rule.period ? t('nudgeScopeAndPeriod', scope, t(period)) : scope;
}

const ORDINALS = ['nudgeOrdinal1', 'nudgeOrdinal2', 'nudgeOrdinal3', 'nudgeOrdinal4', 'nudgeOrdinal5'];

function ordinal(n: number): string {
  const key = ORDINALS[n - 1];
  return key ? t(key) : t('nudgeOrdinalN', n);
}

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
  const end = boosted ? t('nudgeWithinEndBoosted') : t('nudgeWithinEnd');
  if (!limit) {
    const guidance = rule.guidance.trim();
    return t('nudgeWithinDecide', one, boosted ? end : guidance || end);
  }
  if ('count' in limit) {
    const here = count && count > 1 ? ` ${t('nudgeWithinCountHere', ordinal(count), count)}` : '';
    return limit.count === 1
      ? t('nudgeWithinCountOne', one, per(rule), here, end)
      : t('nudgeWithinCountMany', limit.count, many, per(rule), here, end);
  }
  const here =
    amount !== undefined
      ? ` ${t('nudgeWithinAmountHere', formatMoney(amount, currency ?? limit.currency))}`
      : '';
  return t('nudgeWithinAmount', many, formatMoney(limit.amount, limit.currency), per(rule), here, end);
}

function ownership(rule: NudgeRule): string {
  const who = rule.above.trim();
  // English joins the approver into one word ("team-lead approval"); other languages may use it as written.
  const get = who ? t('nudgeOwnershipWho', who.replace(/\s+/g, '-'), who) : t('nudgeOwnership');
  const steps = rule.escalation.map((step) => step.trim()).filter(Boolean);
  if (steps.length === 0) return get;
  return `${get} ${t('nudgeEscalation', steps.map((step, i) => `${i + 1}. ${step}`).join(' '))}`;
}

/** "$150 is above your $100 limit for refunds per order. Get team-lead approval, …" */
export function overMessage({ rule, amount, currency, count }: LimitFacts): string {
  const [one, many] = nouns(rule);
  const limit = rule.limit;
  if (limit && 'count' in limit) {
    const asked = count ?? 2;
    return t('nudgeOverCount', ordinal(asked), one, limit.count, per(rule), ownership(rule), asked);
  }
  if (limit && amount !== undefined) {
    const asked = formatMoney(amount, currency ?? limit.currency);
    return t(
      'nudgeOverAmount',
      asked,
      formatMoney(limit.amount, limit.currency),
      many,
      per(rule),
      ownership(rule),
    );
  }
  return t('nudgeOverOther', many, ownership(rule));
}
