// Words for rules as the options page shows them. Pure.

import { t, uiLanguage } from '../shared/i18n';
import type { EmpowermentRule, RuleAction } from '../shared/model';

const ACTION_KEYS: Record<RuleAction, string> = {
  refund: 'optionsActionRefund',
  credit: 'optionsActionCredit',
  replacement: 'optionsActionReplacement',
  'fee-waiver': 'optionsActionFeeWaiver',
  discount: 'optionsActionDiscount',
  expedite: 'optionsActionExpedite',
  custom: 'optionsActionCustom',
};

const PERIOD_KEYS: Record<EmpowermentRule['per'], string> = {
  order: 'optionsPerOrder',
  customer: 'optionsPerCustomer',
  month: 'optionsPerMonth',
  case: 'optionsPerCase',
};

/** The label of an action as the form offers it; an unknown action shows as it is stored. */
export function actionLabel(action: string): string {
  const key = ACTION_KEYS[action as RuleAction];
  return key ? t(key) : action;
}

/** "per order", "per customer"… */
export function periodLabel(per: EmpowermentRule['per']): string {
  return t(PERIOD_KEYS[per]);
}

/** "Up to $100 per order", "Up to 1 per order", "No set limit (per case)". */
export function describeLimit(rule: Pick<EmpowermentRule, 'limit' | 'per'>): string {
  const per = periodLabel(rule.per);
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
