// Finishing a reading (src/shared/page-reading.ts): the customer's first message of the thread beside
// the latest, whichever way the thread runs.
import { describe, expect, it } from 'vitest';
import {
  chooseSubject,
  finishPage,
  type PageReading,
  type ReadMessage,
} from '../../../src/shared/page-reading';

const base = { site: 'desk.example', url: 'https://desk.example/t/1', title: 'Ticket', amounts: [] };
const opening = 'My blender stopped working after a week, the motor only hums now.';
const chase = 'Any news on this? Still nothing.';
const reading = (thread: ReadMessage[]): PageReading => ({ ...base, thread, subjects: ['Blender'] });

describe('the first customer message', () => {
  it('is the earliest of theirs in a thread shown oldest first, cleaned', () => {
    const page = finishPage(
      reading([
        { role: 'customer', text: `${opening}\n\nOn Mon, 3 Jun 2024, Shop <help@shop.example> wrote:\n> Hi` },
        { role: 'agent' },
        { role: 'customer', text: chase },
      ]),
    );
    expect(page.customerMessage).toBe(chase);
    expect(page.firstCustomerMessage).toBe(opening);
  });

  it('is the last of theirs on the page in a thread shown newest first, and the earliest by time', () => {
    const newestFirst = reading([
      { role: 'customer', text: chase, time: 3_000 },
      { role: 'agent', time: 2_000 },
      { role: 'customer', text: opening, time: 1_000 },
    ]);
    expect(finishPage(newestFirst).firstCustomerMessage).toBe(opening);
    expect(finishPage(newestFirst).customerMessage).toBe(chase);
  });

  it('is not filled when the customer wrote once, or when no message is known to be theirs', () => {
    expect(
      finishPage(reading([{ role: 'customer', text: opening }, { role: 'agent' }])).firstCustomerMessage,
    ).toBeUndefined();
    const unattributed = reading([
      { role: 'unknown', text: opening },
      { role: 'unknown', text: 'Dear customer, we have passed this to our repairs team today.' },
    ]);
    expect(finishPage(unattributed).firstCustomerMessage).toBeUndefined();
  });
});

describe("the subject from the tab's title", () => {
  const hints = { names: new Set(['shop desk']) };

  it('keeps a hyphen inside the subject when a bar sets the app name apart', () => {
    expect(chooseSubject([], 'Order 55120 - not here | Shop Desk', hints)).toBe('Order 55120 - not here');
  });

  it('reads a part piece by piece when one of its pieces is no subject', () => {
    expect(chooseSubject([], 'Inbox · Lamp arrived broken | Shop Desk', hints)).toBe('Lamp arrived broken');
  });
});

describe('a subject in capitalised words beside the names the page gives its people', () => {
  const said = 'My parcel never came and the tracking has not moved since Monday.';
  const page = (subjects: string[], extra: Partial<PageReading> = {}) =>
    finishPage({
      ...base,
      subjects,
      thread: [
        { role: 'customer', author: 'Nadia Perez · 11:52 · Seen', text: said },
        { role: 'agent', author: 'Ellie', text: 'Hi Nadia, I am sorry to hear' },
      ],
      ...extra,
    }).subject;

  it('keeps one that names no one', () => {
    expect(page(['Order Not Received'])).toBe('Order Not Received');
    expect(page(['Refund Request'], { people: ['EL', 'NP'] })).toBe('Refund Request');
  });

  it("sets aside the authors' names (time and status cleaned off), the agent's, and a greeted first name", () => {
    expect(page(['Nadia Perez', 'Order Not Received'])).toBe('Order Not Received');
    expect(page(['Ellie', 'Order Not Received'])).toBe('Order Not Received');
    expect(page(['Sam Rivera', 'Order Not Received'], { agentName: 'Sam Rivera' })).toBe(
      'Order Not Received',
    );
    // "Hi Nadia, …": a name of hers the page gives nowhere else in full.
    expect(page(['Nadia Lopez-Perez', 'Order Not Received'])).toBe('Order Not Received');
  });

  it("sets aside a name whose initials an avatar shows, or that an avatar's picture is named for", () => {
    expect(page(['Tomás Arriaga', 'Order Not Received'], { people: ['TA'] })).toBe('Order Not Received');
    expect(page(['Tomás Arriaga', 'Order Not Received'], { people: ['Tomás Arriaga'] })).toBe(
      'Order Not Received',
    );
  });

  it('takes no channel or day an author line opens with for a first name', () => {
    const line = (author: string) =>
      finishPage({
        ...base,
        subjects: ['Email Change Request'],
        thread: [{ role: 'customer', author, text: said }],
      }).subject;
    expect(line('Email · 9:12 AM')).toBe('Email Change Request');
    expect(line('Today · 11:52')).toBe('Email Change Request');
    expect(line('Email Change Request')).toBeUndefined();
  });

  it('sets aside the name a customer signs a message with, and keeps a subject that is not it', () => {
    const signed = (subjects: string[]) =>
      finishPage({ ...base, subjects, thread: [{ role: 'customer', text: `${said}\n\nThanks,\nMaria` }] })
        .subject;
    expect(signed(['Maria Lopez', 'Order Not Received'])).toBe('Order Not Received');
    expect(signed(['Missing Parcel'])).toBe('Missing Parcel');
  });

  it("takes the tab title's last part in capitalised words for the app's name", () => {
    expect(chooseSubject([], 'Refund Request | Acme Help Desk', { names: new Set() })).toBe('Refund Request');
    const hints = { names: new Set<string>(), ticketId: '1432' };
    expect(chooseSubject([], 'Ticket #1432 - Acme Help Desk', hints)).toBeUndefined();
  });
});
