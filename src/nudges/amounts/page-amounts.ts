// The money a page shows, read from what the adapter found (the customer's message and the draft).
// The panel does this on arrival, so the content script carries no money reader and stays small.
import type { PageContext } from '../../shared/model';
import { findAmounts } from './amounts';

export function withPageAmounts(context: PageContext): PageContext {
  const text = [context.customerMessage, context.draft].filter(Boolean).join('\n');
  const amounts = findAmounts(text).map(({ amount, currency, text: written }) => ({
    amount,
    currency,
    text: written,
  }));
  return { ...context, amounts };
}
