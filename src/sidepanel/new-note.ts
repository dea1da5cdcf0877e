// The note "I own this" saves: the agent's text with the ticket it was written on (or none), its stage
// and root cause, and the promise in it as a commitment when a due time was read.
import type { DueTime } from '../nudges/commitments/due-time';
import type { Note, PageContext, Stage } from '../shared/model';
import { ticketKeyOf } from './ticket';

export function newNote(
  body: string,
  context: PageContext | undefined,
  { stage, rootCause, due }: { stage: Stage; rootCause: string; due: DueTime | null },
): Note {
  const note: Note = {
    id: crypto.randomUUID(),
    ticketKey: context ? ticketKeyOf(context) : `unlinked:${Date.now()}`,
    site: context?.site ?? 'unlinked',
    url: context?.url ?? '',
    text: body,
    stage,
    createdAt: Date.now(),
  };
  if (context?.ticketId) note.ticketId = context.ticketId;
  const subject = context?.subject ?? context?.title;
  if (subject) note.subject = subject;
  if (context?.customerName) note.customer = context.customerName;
  if (rootCause) note.rootCause = rootCause;
  if (due) note.commitment = { promise: body, dueAt: due.dueAt, status: 'open' };
  return note;
}
