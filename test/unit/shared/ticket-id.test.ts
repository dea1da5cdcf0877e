import { describe, expect, it } from 'vitest';
import { stripTicketRef, ticketIdFromText, ticketIdFromUrl } from '../../../src/shared/ticket-id';

describe('ticketIdFromUrl', () => {
  it.each([
    ['https://acme.zendesk.com/agent/tickets/123', '123'],
    ['https://acme.freshdesk.com/a/tickets/4821?tab=details', '4821'],
    ['https://desk.example/ticket/77/edit', '77'],
    ['https://crm.example/cases/00012345', '00012345'],
    ['https://desk.example/view?id=991', '991'],
    ['https://desk.example/view?ticket_id=T-5521', 'T-5521'],
    ['https://desk.example/app#123', '123'],
    ['https://desk.example/app#/tickets/456', '456'],
    ['https://acme.service-now.com/incident.do?sysparm_query=number=INC0012345', 'INC0012345'],
  ])('reads %s', (url, id) => {
    expect(ticketIdFromUrl(new URL(url))).toBe(id);
  });

  it.each([
    'https://desk.example/',
    'https://desk.example/view?id=abc',
    'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJ',
    'https://desk.example/tickets/',
  ])('finds nothing in %s', (url) => {
    expect(ticketIdFromUrl(new URL(url))).toBeUndefined();
  });
});

describe('ticketIdFromText', () => {
  it.each([
    ['Ticket #12345 – Refund', '12345'],
    ['Case 00012345', '00012345'],
    ['Case number: 00012345', '00012345'],
    ['Incident INC0012345 was updated', 'INC0012345'],
    ['Request: REQ0001234', 'REQ0001234'],
    ['Conversation #88231', '88231'],
  ])('reads %j', (text, id) => {
    expect(ticketIdFromText(text)).toBe(id);
  });

  it('reads a bare "#4821" only where allowed (headings, titles)', () => {
    expect(ticketIdFromText('#4821 Refund for a damaged blender', true)).toBe('4821');
    expect(ticketIdFromText('my order #4821 never came')).toBeUndefined();
  });

  it('ignores numbers that are not ticket references', () => {
    expect(ticketIdFromText('order 12345, 2 items, call 555-0100')).toBeUndefined();
    expect(ticketIdFromText('')).toBeUndefined();
  });
});

describe('stripTicketRef', () => {
  it.each([
    ['#4821 Refund for a damaged blender', 'Refund for a damaged blender'],
    ['Ticket 4821: Refund for a damaged blender', 'Refund for a damaged blender'],
    ['Refund for a damaged blender (#4821)', 'Refund for a damaged blender'],
    ['[#4821] Refund for a damaged blender', 'Refund for a damaged blender'],
    ['Refund for a damaged blender [Case 4821]', 'Refund for a damaged blender'],
    ['Refund for a damaged blender (Ticket #4821)', 'Refund for a damaged blender'],
  ])('strips the reference from %j', (heading, subject) => {
    expect(stripTicketRef(heading, '4821')).toBe(subject);
  });

  it('leaves headings without the id alone', () => {
    expect(stripTicketRef('Refund for order 48210', '4821')).toBe('Refund for order 48210');
  });
});
