// Words for rules as the options page shows them. Pure.
import type { EmpowermentRule, RuleAction } from '../shared/model';

/** Labels for the choices the form offers. */
export const ACTION_LABELS: Record<RuleAction, string> = {
  refund: 'Refund',
  credit: 'Credit or voucher',
  replacement: 'Replacement or exchange',
  'fee-waiver': 'Fee waiver',
  discount: 'Discount',
  expedite: 'Expedited shipping',
  custom: 'Other (custom)',
};

export const PERIOD_LABELS: Record<EmpowermentRule['per'], string> = {
  order: 'per order',
  customer: 'per customer',
  month: 'per month',
  case: 'per case',
};

/** "USD 100 per order", "1 per order", "No limit, per case". */
export function describeLimit(rule: Pick<EmpowermentRule, 'limit' | 'per'>): string {
  const per = PERIOD_LABELS[rule.per];
  const limit = rule.limit;
  if (limit === null) return `No set limit (${per})`;
  if ('count' in limit) return `Up to ${limit.count} ${per}`;
  return `Up to ${formatMoney(limit.amount, limit.currency)} ${per}`;
}

function formatMoney(amount: number, currency: string): string {
  try {
    const cents = Number.isInteger(amount) ? 0 : 2;
    return new Intl.NumberFormat('en', {
      style: 'currency',
      currency,
      minimumFractionDigits: cents,
      maximumFractionDigits: 2,
    }).format(amount);
  } catch {
    return `${currency} ${amount}`;
  }
}
