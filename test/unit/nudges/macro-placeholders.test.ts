// A saved reply's slots ("{{brand}}", "{first_name}", "[Company]", "%CARRIER%") read as one neutral word: a
// handoff or a can't written in a macro is found as it would be with the slot filled in, and a slot that may
// be our own brand is not taken for someone else. Sentences written for these tests, apart from the labelled sets.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/nudges/index';
import { normalise } from '../../../src/nudges/text/normalize';
import { starterRules } from './helpers';

const kinds = (draft: string) => [...new Set(analyse({ draft }, starterRules).map((n) => n.kind))].sort();
const canonical = (text: string) => normalise(text, 0, text.length, []).text;

describe('macro slots in the canonical form', () => {
  it.each([
    ['contact {{brand}} support', 'contact acme support'],
    ['contact {{ brand_name }} support', 'contact acme support'],
    ['Hi {first_name}, thanks', 'hi acme, thanks'],
    ['ask [Company Name] directly', 'ask acme directly'],
    ['%CARRIER% will call you', 'acme will call you'],
  ])('"%s" reads as "%s"', (text, expected) => {
    expect(canonical(text)).toBe(expected);
  });

  it.each([
    ['a link written in brackets', 'Click [here](https://help.example.com/reset) to reset it.'],
    ['percentages', 'We took 20% off and 10% more at checkout.'],
    ['a footnote number', 'It ships in two days [1].'],
  ])('%s are no slot', (_what, text) => {
    expect(canonical(text)).not.toContain('acme');
  });
});

describe('handoffs and can\u2019ts written in macros', () => {
  it.each([
    ['their support, as a slot', 'For help with the warranty, please contact {{brand}} support.'],
    [
      'a carrier, as a slot, directly',
      'You will need to reach out to {{carrier_name}} directly about the delivery.',
    ],
    ['a bank, in single braces', 'Please check with {bank_name} directly, as they hold the funds.'],
    ['a partner, in brackets', 'Please open a ticket with [Partner Name] and they will sort it out.'],
    ['a colleague, in percent signs', 'I have added %AGENT% to the chat, who will take it from here.'],
  ])('%s is a handoff', (_what, draft) => {
    expect(kinds(draft)).toContain('handoff');
  });

  it('a can\u2019t after a greeting slot is still a can\u2019t', () => {
    expect(kinds("Hi {{customer_name}}, we can't refund this order.")).toContain('cant');
  });

  it.each([
    ['thanks for contacting a slot', 'Thanks for contacting {{brand}} support. I have refunded the order.'],
    ['a slot that may be our own brand, refunding', '{{brand}} will refund you within 5 days.'],
    ['a greeting slot', 'Hi [Name], I have refunded the order and it will show in 3 days.'],
    ['an order number slot', 'Your order {{order_id}} has shipped and arrives on Friday.'],
  ])('%s is no handoff', (_what, draft) => {
    expect(kinds(draft)).not.toContain('handoff');
  });
});
