// @vitest-environment happy-dom
// Snippet shortcuts on the page: finding the typed shortcut, the popover that asks for missing fields
// (keyboard only), and the whole script against a fake extension runtime, in a textarea and in a
// contenteditable.
import { afterEach, describe, expect, it } from 'vitest';
import type { ContentRuntime, MessageListener } from '../../../src/content/runtime';
import { startSnippetKeys } from '../../../src/content/snippet-keys/start';
import { typedShortcut } from '../../../src/content/snippet-keys/typed';
import type { KeysExpansion } from '../../../src/shared/messages';

const WORDS = {
  heading: 'Fill in “$1”',
  insert: 'Insert',
  cancel: 'Cancel',
  missing: 'Fill in $1 first.',
  optional: 'optional',
};
const SNIPPETS: Record<string, Omit<KeysExpansion, 'values' | 'locale' | 'words'>> = {
  thanks: { title: 'Thanks', body: 'Thanks {{customer.name}}, I am on it.' },
  refund: {
    title: 'Refund',
    body: 'Hi {{customer.name}}, your refund for {{reason}} is on its way{{note?}}.',
  },
  'refund-eu': { title: 'Refund EU', body: 'EU refund.' },
};

function fakeRuntime(values: Record<string, string>) {
  const sent: unknown[] = [];
  const runtime: ContentRuntime = {
    id: 'ext',
    sendMessage: async (message: unknown) => {
      sent.push(message);
      const m = message as { type: string; shortcut?: string };
      if (m.type === 'keys/list') return { prefix: ';', shortcuts: Object.keys(SNIPPETS) };
      const found = SNIPPETS[m.shortcut ?? ''];
      return found ? { ...found, values, locale: 'en', words: WORDS } : null;
    },
    onMessage: { addListener: (_l: MessageListener) => undefined, removeListener: () => undefined },
  };
  return { runtime, sent };
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

/** Types like a keyboard would in a textarea: the value changes at the caret, then `input` fires. */
function typeInto(field: HTMLTextAreaElement, text: string) {
  for (const ch of text) {
    const at = field.selectionStart ?? field.value.length;
    field.setRangeText(ch, at, field.selectionEnd ?? at, 'end');
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: ch }));
  }
}

function typeIntoEditable(box: HTMLElement, text: string) {
  const selection = document.getSelection() as Selection;
  for (const ch of text) {
    let node = selection.anchorNode;
    if (node?.nodeType !== 3) {
      node = document.createTextNode('');
      box.append(node);
      selection.collapse(node, 0);
    }
    const textNode = node as Text;
    const at = selection.anchorOffset;
    textNode.insertData(at, ch);
    selection.collapse(textNode, at + 1);
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: ch }));
  }
}

const popover = () => document.querySelector('ownit-snippet-fields')?.shadowRoot ?? null;
const key = (el: Element, name: string, shift = false) =>
  el.dispatchEvent(
    new KeyboardEvent('keydown', { key: name, shiftKey: shift, bubbles: true, composed: true }),
  );

let stopper: { stop(): void } | undefined;
afterEach(() => {
  stopper?.stop();
  document.body.innerHTML = '';
});

describe('typedShortcut', () => {
  const all = new Set(Object.keys(SNIPPETS));
  it('finds a complete shortcut at the caret, at the start or after a space', () => {
    expect(typedShortcut(';thanks', ';', all)).toEqual({ start: 0, end: 7, shortcut: 'thanks', after: '' });
    expect(typedShortcut('Hello ;thanks', ';', all)).toMatchObject({ start: 6, shortcut: 'thanks' });
  });
  it('waits for a space when a longer shortcut starts with it, and keeps that space', () => {
    expect(typedShortcut('x ;refund', ';', all)).toBeUndefined();
    expect(typedShortcut('x ;refund ', ';', all)).toEqual({
      start: 2,
      end: 10,
      shortcut: 'refund',
      after: ' ',
    });
    expect(typedShortcut('x ;refund-eu', ';', all)).toMatchObject({ shortcut: 'refund-eu' });
  });
  it('leaves alone a prefix inside a word, another prefix, and unknown names', () => {
    expect(typedShortcut('a;thanks', ';', all)).toBeUndefined();
    expect(typedShortcut('//thanks', ';', all)).toBeUndefined();
    expect(typedShortcut(';thank', ';', all)).toBeUndefined();
    expect(typedShortcut('//thanks', '//', all)).toMatchObject({ start: 0, shortcut: 'thanks' });
  });
});

describe('the shortcut script in a textarea', () => {
  it('expands a snippet the page fills entirely, in place', async () => {
    document.body.innerHTML = '<textarea id="reply" aria-label="Reply"></textarea>';
    const reply = document.getElementById('reply') as HTMLTextAreaElement;
    const { runtime, sent } = fakeRuntime({ 'customer.name': 'Dana' });
    stopper = startSnippetKeys(runtime, document);
    await settle();
    reply.focus();
    typeInto(reply, 'Hello! ;thanks');
    await settle();
    expect(reply.value).toBe('Hello! Thanks Dana, I am on it.');
    expect(reply.selectionStart).toBe(reply.value.length);
    expect(sent).toContainEqual({ type: 'keys/expand', shortcut: 'thanks' });
    expect(popover()).toBeNull();
  });

  it('asks for the missing field in a popover: focus on it, Enter with it empty names it, Enter inserts', async () => {
    document.body.innerHTML = '<textarea id="reply"></textarea>';
    const reply = document.getElementById('reply') as HTMLTextAreaElement;
    stopper = startSnippetKeys(fakeRuntime({ 'customer.name': 'Dana' }).runtime, document);
    await settle();
    reply.focus();
    typeInto(reply, ';refund ');
    await settle();
    const root = popover() as ShadowRoot;
    expect(root).not.toBeNull();
    const form = root.querySelector('form') as HTMLFormElement;
    expect(form.getAttribute('role')).toBe('dialog');
    expect(root.getElementById('ownit-h')?.textContent).toBe('Fill in “Refund”');
    const labels = [...root.querySelectorAll('label')].map((l) => l.textContent);
    expect(labels).toEqual(['reason', 'note (optional)']);
    const reason = root.querySelector('#ownit-f0') as HTMLInputElement;
    expect(root.activeElement).toBe(reason);
    form.requestSubmit();
    expect(root.querySelector('[role=status]')?.textContent).toBe('Fill in reason first.');
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(reply.value).toBe(';refund ');
    reason.value = 'the late parcel';
    form.requestSubmit();
    await settle();
    expect(popover()).toBeNull();
    expect(reply.value).toBe('Hi Dana, your refund for the late parcel is on its way. ');
  });

  it('Escape closes the popover and leaves what was typed; Tab wraps inside it', async () => {
    document.body.innerHTML = '<textarea id="reply"></textarea>';
    const reply = document.getElementById('reply') as HTMLTextAreaElement;
    stopper = startSnippetKeys(fakeRuntime({}).runtime, document);
    await settle();
    reply.focus();
    typeInto(reply, ';refund.');
    await settle();
    const root = popover() as ShadowRoot;
    const buttons = [...root.querySelectorAll('button')];
    const insert = buttons.at(-1) as HTMLButtonElement;
    insert.focus();
    key(insert, 'Tab');
    expect(root.activeElement?.id).toBe('ownit-f0');
    key(root.activeElement as Element, 'Tab', true);
    expect(root.activeElement).toBe(insert);
    key(insert, 'Escape');
    await settle();
    expect(popover()).toBeNull();
    expect(reply.value).toBe(';refund.');
    expect(document.activeElement).toBe(reply);
  });

  it('does nothing for a shortcut no snippet has, or a page the worker does not answer', async () => {
    document.body.innerHTML = '<textarea id="reply"></textarea>';
    const reply = document.getElementById('reply') as HTMLTextAreaElement;
    const runtime: ContentRuntime = {
      id: 'ext',
      sendMessage: async () => null,
      onMessage: { addListener: () => undefined, removeListener: () => undefined },
    };
    stopper = startSnippetKeys(runtime, document);
    await settle();
    typeInto(reply, ';thanks');
    await settle();
    expect(reply.value).toBe(';thanks');
  });
});

describe('the shortcut script in a contenteditable', () => {
  it('replaces the typed shortcut in the editor, with fields filled from the popover', async () => {
    document.body.innerHTML = '<div id="editor" contenteditable="true"><p>Dear customer, </p></div>';
    const editor = document.getElementById('editor') as HTMLElement;
    const text = editor.querySelector('p')?.firstChild as Text;
    stopper = startSnippetKeys(fakeRuntime({ 'customer.name': 'Dana' }).runtime, document);
    await settle();
    editor.focus();
    document.getSelection()?.collapse(text, text.length);
    typeIntoEditable(editor, ';refund ');
    await settle();
    const root = popover() as ShadowRoot;
    (root.querySelector('#ownit-f0') as HTMLInputElement).value = 'a damaged kettle';
    (root.querySelector('#ownit-f1') as HTMLInputElement).value = ', today';
    (root.querySelector('form') as HTMLFormElement).requestSubmit();
    await settle();
    expect(editor.textContent).toBe(
      'Dear customer, Hi Dana, your refund for a damaged kettle is on its way, today. ',
    );
  });
});
