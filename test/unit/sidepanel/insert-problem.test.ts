// Why the page did not take a text: the content script sends a code, and the panel says it in the agent's
// language (English here, as every unit test reads; Spanish from the Spanish messages.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatMessage, type MessageEntry, setMessageSource } from '../../../src/shared/i18n';
import { articleDraft } from '../../../src/sidepanel/insights-data';
import { describeInsertProblem } from '../../../src/sidepanel/page-context';

// The panel talks to the browser through src/shared/browser.ts, which finds no extension API outside a browser.
vi.mock('../../../src/shared/browser', () => ({ default: { runtime: { id: 'test' }, tabs: {} } }));

function speak(locale: 'en' | 'es'): void {
  const messages = JSON.parse(
    readFileSync(join(process.cwd(), 'public/_locales', locale, 'messages.json'), 'utf8'),
  ) as Record<string, MessageEntry>;
  setMessageSource((key, substitutions) => formatMessage(messages[key], substitutions));
}

afterEach(() => speak('en'));

describe('describeInsertProblem', () => {
  it('words each reason code the content script sends', () => {
    expect(describeInsertProblem('no-reply-box')).toBe('No reply box found on this page.');
    expect(describeInsertProblem('read-only')).toBe('The reply box is read-only.');
    expect(describeInsertProblem('sentence-gone')).toBe(
      'That sentence is no longer in the reply box; it may have been edited.',
    );
    expect(describeInsertProblem('insert-failed', 'boom')).toBe('Could not insert the text: boom');
    expect(describeInsertProblem('replace-failed', 'boom')).toBe('Could not change the reply: boom');
  });

  it('says the page refused when the reply carries no code it knows', () => {
    expect(describeInsertProblem(undefined)).toBe('The page did not take the text.');
  });

  it('speaks Spanish in a Spanish browser', () => {
    speak('es');
    expect(describeInsertProblem('no-reply-box')).toBe(
      'No se encontró ningún cuadro de respuesta en esta página.',
    );
  });
});

describe('the copied article draft', () => {
  it('has its headings and greeting in the UI language, the customer’s words as typed', () => {
    speak('es');
    const draft = articleDraft('gift card refund');
    expect(draft).toContain('## Lo que dicen los clientes\n- "gift card refund"');
    expect(draft).toContain('```snippet\nHola, {{customer.name}}: \n```');
    expect(draft).not.toContain('What customers say');
  });
});
