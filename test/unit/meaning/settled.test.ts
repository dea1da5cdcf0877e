// Latest customer messages that state no problem in words that are not small talk: the matter said done
// with leave to close the ticket, or only a reference in a chat with no subject.
import { describe, expect, it } from 'vitest';
import { chasesTheSubject, settledOrReference } from '../../../src/meaning/settled';

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

  it("takes a reference alone, after a greeting, as no problem in reply to the shop's own mail", () => {
    const message = "Hi there! Hope you're having a good day. My order number is 60418.\nLena";
    expect(settledOrReference(message, `Your Fernweh order 60418 is confirmed. ${message}`)).toBe(true);
    expect(settledOrReference(message, `Order 60418 – shipping confirmation. ${message}`)).toBe(true);
    // A subject of the customer's own still says something.
    expect(settledOrReference(message, `Order 60418 arrived damaged. ${message}`)).toBe(false);
  });

  it('takes a message that says nothing is needed from the shop as no problem, unless a problem is told beside it', () => {
    expect(
      settledOrReference(
        'Hello! Just a quick note to say the blender came this morning and it works a treat. No need to reply, I only wanted to say thank you for the quick turnaround.',
      ),
    ).toBe(true);
    expect(
      settledOrReference(
        "The rug is lovely and the colour is spot on. I don't need anything, just saying thanks!",
      ),
    ).toBe(true);
    expect(
      settledOrReference('No action needed on the first order, but the second one still has not arrived.'),
    ).toBe(false);
    expect(
      settledOrReference('Nothing needed for now, though could you tell me when the lid is back in stock?'),
    ).toBe(false);
    expect(
      settledOrReference(
        'The box came today and two of the plates are broken. No need to reply by email, call me.',
      ),
    ).toBe(false);
  });
});

describe('settledOrReference: no question this time', () => {
  it('takes a message that says it brings no question, with only thanks beside it, as no problem', () => {
    expect(
      settledOrReference(
        'Hi! No question today, I just wanted to say the rug came on Tuesday and it looks lovely in the hall. Thank you and have a nice weekend :)',
      ),
    ).toBe(true);
    expect(settledOrReference('No problems this time! Everything fitted, thanks a lot.')).toBe(true);
  });

  it('keeps a problem or an ask told beside it, and never reads "no problem with" a thing as one', () => {
    expect(
      settledOrReference('No question today, I just wanted to ask how long the guarantee on the rug is.'),
    ).toBe(false);
    expect(settledOrReference('No problem with the size, but the colour is far darker than the photo.')).toBe(
      false,
    );
    expect(settledOrReference('No complaints about the rug. The second one has not arrived though.')).toBe(
      false,
    );
    expect(settledOrReference('No problem at all. Could you send it to my work address instead?')).toBe(
      false,
    );
  });
});

describe('chasesTheSubject', () => {
  it('takes a vague follow-up under a subject that states the problem as a chase of that problem', () => {
    const chase = 'any news? still nothing turned up here';
    expect(chasesTheSubject(chase, `Parcel marked delivered but nothing at my door. ${chase}`)).toBe(true);
    const again = 'still not sorted. tried again this morning, same thing';
    expect(chasesTheSubject(again, `Codes from the authenticator app are refused. ${again}`)).toBe(true);
  });

  it('is no chase without a subject that says something, or with leave to close', () => {
    expect(chasesTheSubject('Any news?')).toBe(false);
    expect(chasesTheSubject('Any update?', 'Conversation with Lena Fischer. Any update?')).toBe(false);
    expect(chasesTheSubject('Any news?', 'Your order 60418 is confirmed. Any news?')).toBe(false);
    expect(chasesTheSubject('Help. Any news?', 'Help. Any news?')).toBe(false);
    const thanks = 'Thanks, that worked!';
    expect(chasesTheSubject(thanks, `Parcel marked delivered but nothing here. ${thanks}`)).toBe(false);
    const close = 'Still sorted, you can close this one.';
    expect(chasesTheSubject(close, `Login codes refused. ${close}`)).toBe(false);
  });
});
