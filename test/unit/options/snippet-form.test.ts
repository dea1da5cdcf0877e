import { describe, expect, it } from 'vitest';
import {
  copyOfSnippet,
  emptySnippetForm,
  filterSnippets,
  formFromSnippet,
  notFields,
  snippetFromForm,
  snippetPreview,
  snippetTags,
} from '../../../src/options/snippet-form';
import type { Snippet } from '../../../src/shared/model';

const item = (id: string, title: string, body: string, tags: string[] = []): Snippet => ({
  id,
  title,
  body,
  tags,
  updatedAt: 1,
  version: 2,
  source: 'local',
});

const LIST = [
  item('refund', 'Refund confirmation', 'Your refund of {{amount}} is on its way.', ['billing']),
  item('chase', 'Delivery chase', 'I have asked the courier where your parcel is.', ['delivery']),
  item('callback', 'Callback confirmation', 'I will call you on {{callback:date}}.', ['phone', 'Billing']),
];

describe('snippet form', () => {
  it('stores a shortcut without its prefix, refuses a malformed or taken one', () => {
    const values = { title: 'Refund', tags: '', body: 'Done.', shortcut: ' ;Refund ' };
    const made = snippetFromForm(values, { takenIds: [] });
    expect(made.ok && made.item.shortcut).toBe('refund');
    const taken = snippetFromForm(values, { takenIds: [], takenShortcuts: new Set(['refund']) });
    expect(taken.ok ? {} : taken.errors).toEqual({
      shortcut: 'Another snippet already uses the shortcut refund.',
    });
    const bad = snippetFromForm({ ...values, shortcut: 'two words' }, { takenIds: [] });
    expect(bad.ok ? {} : bad.errors).toEqual({
      shortcut: 'Use 1 to 32 lowercase letters, digits, "-" or "_", like refund.',
    });
    const none = snippetFromForm({ ...values, shortcut: '' }, { takenIds: [] });
    expect(none.ok && 'shortcut' in none.item).toBe(false);
  });

  it('names what is wrong and saves nothing when the title or text is missing', () => {
    const result = snippetFromForm(emptySnippetForm(), { takenIds: [] });
    expect(result).toEqual({
      ok: false,
      errors: { title: 'Enter a title, like “Callback confirmation”.', body: 'Write the reply text.' },
    });
    const long = snippetFromForm(
      { title: 'x'.repeat(301), tags: '', body: 'y'.repeat(5_001), shortcut: '' },
      { takenIds: [] },
    );
    expect(long.ok ? {} : long.errors).toEqual({
      title: 'Keep the title under 300 characters.',
      body: 'Keep the text under 5,000 characters.',
    });
  });

  it('makes a new local snippet with a free id and tidy tags, and keeps an edited one’s id and version', () => {
    const made = snippetFromForm(
      {
        title: ' Refund confirmation ',
        tags: 'billing, Billing, refunds',
        body: 'Hi {{customer.name}}\n\n',
        shortcut: '',
      },
      { takenIds: ['refund-confirmation'] },
    );
    expect(made).toMatchObject({
      ok: true,
      item: {
        id: 'refund-confirmation-2',
        title: 'Refund confirmation',
        tags: ['billing', 'refunds'],
        body: 'Hi {{customer.name}}',
        version: 0,
        source: 'local',
      },
    });
    const stored = { ...LIST[0]!, source: 'starter' as const };
    const edited = snippetFromForm(
      { ...formFromSnippet(stored), title: 'Refund sent' },
      { existing: stored, takenIds: [] },
    );
    expect(edited).toMatchObject({
      ok: true,
      item: { id: 'refund', title: 'Refund sent', version: 2, source: 'starter' },
    });
  });

  it('saves a conflicting edit as a local copy beside the other version', () => {
    const copy = copyOfSnippet({ ...LIST[1]!, source: 'pack:team', editedLocally: true }, ['chase']);
    expect(copy).toMatchObject({ title: 'Delivery chase (my copy)', version: 0, source: 'local' });
    expect(copy.id).not.toBe('chase');
    expect(copy.editedLocally).toBeUndefined();
  });

  it('points out double braces that are not fields', () => {
    expect(notFields('On {{when:tomorrow}}, {{amount}} and {{ x y }} and {{when:tomorrow}}')).toEqual([
      '{{when:tomorrow}}',
      '{{ x y }}',
    ]);
    expect(notFields('Hi {{customer.name}}, {{method:choice(card|PayPal)}}')).toEqual([]);
  });
});

describe('snippet list', () => {
  it('finds snippets by every word searched for, in the title, text or tags', () => {
    const ids = (text: string, tag = '') => filterSnippets(LIST, { text, tag }).map((s) => s.id);
    expect(ids('')).toEqual(['callback', 'chase', 'refund']);
    expect(ids('confirmation')).toEqual(['callback', 'refund']);
    expect(ids('PARCEL courier')).toEqual(['chase']);
    expect(ids('phone')).toEqual(['callback']);
    expect(ids('refund parcel')).toEqual([]);
  });

  it('filters by tag whatever its case, and lists each tag once', () => {
    expect(filterSnippets(LIST, { text: '', tag: 'billing' }).map((s) => s.id)).toEqual([
      'callback',
      'refund',
    ]);
    expect(filterSnippets(LIST, { text: 'call', tag: 'billing' }).map((s) => s.id)).toEqual(['callback']);
    expect(snippetTags(LIST)).toEqual(['billing', 'delivery', 'phone']);
  });
});

describe('the snippet list', () => {
  it('shows the text after the greeting, on one line and short', () => {
    expect(snippetPreview('Hi {{customer.name}},\n\nI have refunded your order today.\nThanks')).toBe(
      'I have refunded your order today. Thanks',
    );
    expect(snippetPreview('Thanks for waiting.')).toBe('Thanks for waiting.');
    const long = snippetPreview(`Hello,\n${'word '.repeat(100)}`);
    expect(long.length).toBeLessThanOrEqual(160);
    expect(long.endsWith('…')).toBe(true);
  });
});
