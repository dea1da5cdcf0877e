// Latest customer messages that state no problem in words that are not small talk: the matter said done
// with leave to close the ticket, or only a reference in a chat with no subject.
import { describe, expect, it } from 'vitest';
import { settledOrReference } from '../../../src/meaning/settled';

describe('settledOrReference', () => {
  it('takes leave to close after the matter is done as no problem, whatever else it tells', () => {
    const message =
      "Brilliant, that did it! Logged in fine on both my laptop and my phone now. I had no idea I'd signed up without the dot, that explains a lot. Thanks so much for your patience, Sophie, you can close this one.";
    expect(settledOrReference(message, `Can't log in after password reset. ${message}`)).toBe(true);
    expect(settledOrReference('All sorted, feel free to close the ticket.')).toBe(true);
  });

  it('keeps a problem beside leave to close, and never reads closing an account as leave', () => {
    expect(settledOrReference('That worked, you can close this. But my other order is still missing.')).toBe(
      false,
    );
    expect(settledOrReference('You can close the ticket, though the refund has not arrived')).toBe(false);
    expect(settledOrReference('Please close my account, I no longer use it.')).toBe(false);
    expect(settledOrReference('Can you close this one? The charge is still there.')).toBe(false);
  });

  it('takes a reference alone as no problem only where the subject says nothing either', () => {
    const message = 'my order number is 100482-77';
    expect(settledOrReference(message, `Conversation with Lena Fischer. ${message}`)).toBe(true);
    expect(settledOrReference('Order #A-5521')).toBe(true);
    expect(settledOrReference(message, `Where is my parcel?. ${message}`)).toBe(false);
    expect(settledOrReference('It arrived broken, order #A-5521')).toBe(false);
    expect(settledOrReference('my card number is 1234 and it was charged twice')).toBe(false);
  });
});
