// Words for rules as the options page shows them. Pure.

import { t, uiLanguage } from './i18n';
import type { EmpowermentRule, RuleAction, RulePeriod } from './model';

const ACTION_KEYS: Record<RuleAction, string> = {
  refund: 'optionsActionRefund',
  credit: 'optionsActionCredit',
  replacement: 'optionsActionReplacement',
  'fee-waiver': 'optionsActionFeeWaiver',
  discount: 'optionsActionDiscount',
  expedite: 'optionsActionExpedite',
  custom: 'optionsActionCustom',
};

const SCOPE_KEYS: Record<EmpowermentRule['per'], string> = {
  order: 'optionsPerOrder',
  customer: 'optionsPerCustomer',
  account: 'optionsPerAccount',
  month: 'optionsPerMonth',
  case: 'optionsPerCase',
};

const PERIOD_KEYS: Record<RulePeriod, string> = {
  day: 'optionsPeriodDay',
  week: 'optionsPeriodWeek',
  month: 'optionsPeriodMonth',
  year: 'optionsPeriodYear',
};

/** The label of an action as the form offers it; an unknown action shows as it is stored. */
export function actionLabel(action: string): string {
  const key = ACTION_KEYS[action as RuleAction];
  return key ? t(key) : action;
}

/** "per order", "per customer"… */
export function scopeLabel(per: EmpowermentRule['per']): string {
  return t(SCOPE_KEYS[per]);
}

/** "per day", "per month"… */
export function periodLabel(period: RulePeriod): string {
  return t(PERIOD_KEYS[period]);
}

/** "per customer", "per customer per month" (the older "per month" says it once). */
export function scopeAndPeriod(rule: Pick<EmpowermentRule, 'per' | 'period'>): string {
  const scope = scopeLabel(rule.per);
  if (!rule.period || rule.period === rule.per) return scope;
  return t('optionsScopeAndPeriod', scope, periodLabel(rule.period));
}

/** "Up to $100 per order", "Up to $50 per customer per month", "No set limit (per case)". */
export function describeLimit(rule: Pick<EmpowermentRule, 'limit' | 'per' | 'period'>): string {
  const per = scopeAndPeriod(rule);
  const limit = rule.limit;
  if (limit === null) return t('optionsLimitNoneFor', per);
  if ('count' in limit)
    return t('optionsLimitUpTo', new Intl.NumberFormat(uiLanguage()).format(limit.count), per);
  return t('optionsLimitUpTo', formatMoney(limit.amount, limit.currency), per);
}

function formatMoney(amount: number, currency: string): string {
  try {
    const cents = Number.isInteger(amount) ? 0 : 2;
    return new Intl.NumberFormat(uiLanguage(), {
      style: 'currency',
      currency,
      minimumFractionDigits: cents,
      maximumFractionDigits: 2,
    }).format(amount);
  } catch {
    return `${currency} ${amount}`;
  }
}
