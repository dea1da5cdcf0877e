// Handoffs in the voices of brands' social replies and specialist desks: a brand's support with its way in
// doing any next step, a team put forward as "the way to go", a report forwarded to a reporting mailbox,
// a request opened with a named platform, a forum that has the answers. And what stays no handoff: our own
// support on this channel, a party whose verb is negated. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/nudges/index';
import { starterRules } from './helpers';

const kinds = (draft: string) => [...new Set(analyse({ draft }, starterRules).map((n) => n.kind))].sort();

describe('handoffs to specialists, brands and reporting mailboxes', () => {
  it.each([
    [
      'a brand of two words with its number',
      'Acme Home support (0800 111 2222) can unlock the thermostat remotely.',
    ],
    [
      'a desk that can reset it',
      'If that fails, the Orbit help desk at orbit.example/help can reset the pairing.',
    ],
    [
      'folks who walk you through it',
      'Our Pensions folks can walk you through the transfer form on 0161 555 0100.',
    ],
    ['the way to go', 'For the warranty itself, their service team is the way to go.'],
    ['the person to check it', 'A qualified gas engineer is really the person to check that boiler.'],
    ['a scam text forwarded to a number', 'You can forward suspicious texts to 7726, it costs nothing.'],
    ['a reporting mailbox', 'Please forward the whole email with its headers to abuse@mail.example.'],
    ['a request opened with a platform', 'Open a request with Steam Support from your purchase history.'],
    ['raise it, the object left out', 'Pls raise with your mobile network.'],
    ['a forum that has answers', 'The Hearth community forum has loads of tips for exactly this setup.'],
  ])('%s', (_, draft) => expect(kinds(draft)).toContain('handoff'));

  it.each([
    [
      'us for support',
      'If the credit has not appeared by Friday, please contact us for support: https://help.example.com',
    ],
    ['our own team that will look', 'Our team can take a look once you send the photos to help@example.com.'],
    ['a thing put forward', 'A quick restart of the router is really the way to go here.'],
    [
      'a receipt sent to us',
      'Please send the receipt to us at returns@example.com and I will refund it today.',
    ],
  ])('not for %s', (_, draft) => expect(kinds(draft)).not.toContain('handoff'));
});

describe('a matter someone else handles, or that has to be done with them', () => {
  it.each([
    ['handled by a named team', 'Lost badges are handled by Site Security.'],
    [
      'has to be done through a party',
      'Name changes have to be done through the DVLA or at a post office branch.',
    ],
    [
      'needs to be lodged with a party',
      'The warranty claim needs to be lodged by you with Boltcare directly.',
    ],
    ['booked with a partner directly', 'Extra baggage on the partner leg is booked with Aerlinea directly.'],
    [
      'has to start with the site',
      'As you paid on Ticketbay, the refund request has to start with Ticketbay.',
    ],
    ['sits with a party', 'Prescription claims sit with MedPlus, our benefits partner.'],
  ])('%s', (_, draft) => expect(kinds(draft)).toContain('handoff'));

  it.each([
    ['a rate set by the bank', 'The exchange rate is set by your bank, so the amount may differ slightly.'],
    ['a cancellation with a refund', 'Bookings are cancelled with a full refund to the original card.'],
    ['money through the card', 'The payment has to be made through your card on file.'],
  ])('not for %s', (_, draft) => expect(kinds(draft)).not.toContain('handoff'));
});

describe('no handoff in a note of the agent’s own step or a place in the app', () => {
  it.each([
    [
      'a note without a subject, in the past',
      'Spoke with claims — your repair is approved and booked for Tuesday.',
    ],
    ['the basket', 'To use the code, go to your basket and tap Add promo code before paying.'],
  ])('%s', (_, draft) => expect(kinds(draft)).not.toContain('handoff'));
});

describe("can't: idioms, a channel's scope, a chat or a kitchen as the subject, English as a second language", () => {
  it.each([
    ['a chat that is only for one thing', "this chat's only for new orders sorry, for repairs use the form"],
    [
      'a page that only covers one store',
      'This page only covers the Irish store, so for the UK one see our other page.',
    ],
    ['an account that handles one kind only', 'This account handles mobile orders only, sorry.'],
    ['a chat as the subject', 'Unfortunately this chat can’t take card payments.'],
    ['a kitchen as the subject', 'Our kitchen can’t promise gluten-free prep on the fryer items.'],
    ['"not able" without "to"', 'We are not able change the plan before the renewal date.'],
    ['"not can"', 'Sorry but we not can extend the trial again.'],
  ])('%s', (_, draft) => expect(kinds(draft)).toContain('cant'));

  it.each([
    ['can’t blame you', 'Can’t blame you for being annoyed, I’ve sent the replacement today.'],
    ['can’t say I blame you', 'Can’t say I blame you! Your refund went out this morning.'],
    ['can’t argue with that', 'Can’t argue with that logic, the upgrade is yours for $10.'],
    ['can’t stop watching', 'We can’t stop watching your video, thank you!'],
  ])('not for %s', (_, draft) => expect(kinds(draft)).not.toContain('cant'));
});
