// A small, realistic support knowledge base for the search tests.
import type { SearchDoc } from '../../../src/search';

function article(id: string, title: string, body: string, extra: Partial<SearchDoc> = {}): SearchDoc {
  return { id, kind: 'article', title, tags: [], keywords: [], body, ...extra };
}

export const REFUND_REQUEST = article(
  'refund-request',
  'Refund request',
  `## When to refund
Orders returned within 30 days are refunded to the original payment method.

## What customers say
- I want my money back
- Can I get a refund for my order?`,
  { tags: ['billing'], keywords: ['money back', 'reimburse'] },
);

export const REFUND_NOT_RECEIVED = article(
  'refund-not-received',
  'Refund not received yet',
  `Refunds take 5-10 business days to show on a statement. Check the refund date in the order history
before escalating to the payments team.`,
  { tags: ['billing'] },
);

export const DOUBLE_CHARGE = article(
  'double-charge',
  'Double charge on card',
  `## What customers say
- I was charged twice for the same order
- There are two identical payments on my statement

## Resolve
A pending authorisation may look like a second payment. If both payments have settled, refund the duplicate.`,
  { tags: ['billing', 'payments'], keywords: ['duplicate payment'] },
);

export const CANCEL_SUBSCRIPTION = article(
  'cancel-subscription',
  'Cancel a subscription',
  `Open Account > Plans and choose **Cancel plan**. The plan stays active until the end of the billing period.
## What customers say
- Please end my plan
- Stop charging me every month`,
  { tags: ['account'] },
);

export const LATE_DELIVERY = article(
  'late-delivery',
  'Late delivery',
  `If the tracking page has not changed for 5 days, open a carrier investigation.
## What customers say
- My parcel hasn't moved in a week
- Where is my order? It still has not arrived`,
  { tags: ['shipping'], keywords: ['parcel delayed', 'where is my order'] },
);

export const PASSWORD_RESET = article(
  'password-reset',
  'Reset your password',
  `Send the reset link from the admin console. Links expire after 24 hours.
## What customers say
- I forgot my password
- The reset email never came`,
  { tags: ['account', 'login'] },
);

export const ACCOUNT_LOCKED = article(
  'account-locked',
  'Account locked after failed sign-in attempts',
  `After five failed attempts the account is locked for 30 minutes. Verify the customer's identity, then unlock.
## What customers say
- I can't log in, it says my account is blocked`,
  { tags: ['account', 'login'] },
);

export const DAMAGED_ITEM = article(
  'damaged-item',
  'Item arrived damaged',
  `Ask for a photo of the damage and the packaging, then offer a replacement or a refund.
## What customers say
- The mug arrived broken
- The screen was cracked when I opened the box`,
  { tags: ['shipping', 'returns'] },
);

export const ANGRY_CUSTOMER_PLAYBOOK: SearchDoc = {
  id: 'pb-angry',
  kind: 'playbook',
  title: 'Calm an upset customer',
  tags: ['escalation'],
  keywords: ['angry', 'complaint', 'furious'],
  body: 'Acknowledge the problem, own it, and say what you will do next and when.',
};

export const SUPPORT_KB: SearchDoc[] = [
  REFUND_REQUEST,
  REFUND_NOT_RECEIVED,
  DOUBLE_CHARGE,
  CANCEL_SUBSCRIPTION,
  LATE_DELIVERY,
  PASSWORD_RESET,
  ACCOUNT_LOCKED,
  DAMAGED_ITEM,
  ANGRY_CUSTOMER_PLAYBOOK,
];

export function ids(hits: { id: string }[]): string[] {
  return hits.map((hit) => hit.id);
}
