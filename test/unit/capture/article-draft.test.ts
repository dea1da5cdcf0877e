// The first text of a drafted article: from a search that found nothing, and from a case's notes.
import { describe, expect, it } from 'vitest';
import type { Note } from '../../../src/shared/model';
import { draftArticle, draftFromCase, draftFromSearch } from '../../../src/sidepanel/article-draft';

const HEADINGS = ['## When to use', '## What customers say', '## Resolve it', '## Say it', '## Watch out'];

function headingsOf(body: string): string[] {
  return body.split('\n').filter((line) => line.startsWith('## '));
}

function note(part: Partial<Note> & Pick<Note, 'text' | 'createdAt'>): Note {
  return {
    id: `n${part.createdAt}`,
    ticketKey: 'zendesk:4821',
    site: 'zendesk',
    url: 'https://example.zendesk.com/agent/tickets/4821',
    stage: 'investigate',
    ...part,
  };
}

describe('a draft from a search that found nothing', () => {
  it('takes its title from the search and quotes it as what customers say', () => {
    const draft = draftFromSearch('  gift card   refund ');
    expect(draft.title).toBe('Gift card refund');
    expect(headingsOf(draft.body)).toEqual(HEADINGS);
    expect(draft.body).toContain('## What customers say\n- "gift card refund"\n');
  });

  it('offers a reply snippet the panel recognises', () => {
    const draft = draftFromSearch('warranty claim');
    expect(draft.body).toMatch(/## Say it\n```snippet\nHi \{\{customer\.name\}\}, \n```/);
  });
});

describe('a draft from a case', () => {
  const notes = [
    note({
      text: 'Promised a refund',
      createdAt: 3,
      stage: 'communicate',
      commitment: { promise: 'Refund by Friday', dueAt: 10, status: 'open' },
    }),
    note({ text: 'Asked the warehouse\nfor photos', createdAt: 1, subject: 'blender arrived broken' }),
    note({ text: 'Carrier confirmed damage', createdAt: 2, rootCause: 'carrier damage' }),
  ];

  it('takes the subject as title and the notes, oldest first, as steps with their stage', () => {
    const draft = draftFromCase(notes);
    expect(draft.title).toBe('Blender arrived broken');
    expect(headingsOf(draft.body)).toEqual(HEADINGS);
    expect(draft.body).toContain(
      [
        '## Resolve it',
        '1. Stage investigate: Asked the warehouse for photos',
        '2. Stage investigate: Carrier confirmed damage',
        '3. Stage communicate: Promised a refund',
      ].join('\n'),
    );
  });

  it('names the root cause and the promise made', () => {
    const draft = draftFromCase(notes);
    expect(draft.body).toContain('Cases like “blender arrived broken”.');
    expect(draft.body).toContain('Root cause found: carrier damage');
    expect(draft.body).toContain('## Watch out\n- Promise made: “Refund by Friday”');
  });

  it('still gives a title to a case without a subject', () => {
    expect(draftFromCase([note({ text: 'Looked into it', createdAt: 1 })]).title).toBe('Untitled case');
  });
});

describe('the stored draft', () => {
  const now = Date.UTC(2026, 10, 26, 12);

  it('is a local draft, owned by the agent, up for review in 90 days, with an id of its own', () => {
    const article = draftArticle(draftFromSearch('gift card refund'), {
      takenIds: ['gift-card-refund'],
      owner: ' Dana ',
      now,
    });
    expect(article).toMatchObject({
      id: 'gift-card-refund-2',
      title: 'Gift card refund',
      source: 'local',
      status: 'draft',
      owner: 'Dana',
      version: 0,
      reviewBy: '2027-02-24',
    });
  });

  it('has no owner when the agent has not set a name', () => {
    const article = draftArticle(draftFromSearch('x'), { takenIds: [], owner: '', now });
    expect(article.owner).toBeUndefined();
  });
});
