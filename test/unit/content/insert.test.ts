// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { genericAdapter } from '../../../src/content/adapters/generic';
import { insertText, replaceText } from '../../../src/content/insert';
import { loadFixture, loadHtml } from './fixtures';

function recordInputs(target: EventTarget): InputEvent[] {
  const events: InputEvent[] = [];
  // Listening on the document proves the event bubbles, as helpdesk frameworks need.
  target.addEventListener('input', (event) => events.push(event as InputEvent));
  return events;
}

describe('insert-text into a textarea', () => {
  beforeEach(() => {
    loadFixture('demo-helpdesk.html');
  });

  it('finds the Reply textarea on the demo page', () => {
    expect(genericAdapter.replyBox(document)?.id).toBe('reply');
  });

  it('inserts at the caret and fires a bubbling input event', () => {
    const reply = document.getElementById('reply') as HTMLTextAreaElement;
    reply.value = 'Hi Dana, .';
    reply.focus();
    reply.setSelectionRange(9, 9);
    const events = recordInputs(document);
    expect(insertText(reply, 'I have refunded $45')).toEqual({ ok: true });
    expect(reply.value).toBe('Hi Dana, I have refunded $45.');
    expect(events).toHaveLength(1);
    expect(events[0]?.bubbles).toBe(true);
    expect(events[0]?.inputType).toBe('insertText');
    expect(events[0]?.data).toBe('I have refunded $45');
    expect(events[0]?.target).toBe(reply);
  });

  it('replaces the selected text', () => {
    const reply = document.getElementById('reply') as HTMLTextAreaElement;
    reply.value = 'Refund: AMOUNT today';
    reply.setSelectionRange(8, 14);
    insertText(reply, '$45');
    expect(reply.value).toBe('Refund: $45 today');
  });

  it('appends at the end when the agent never put the caret in the box', () => {
    const reply = document.getElementById('reply') as HTMLTextAreaElement;
    reply.value = 'Hi Dana,';
    insertText(reply, ' thanks!', { atCaret: false });
    expect(reply.value).toBe('Hi Dana, thanks!');
  });

  it('refuses read-only boxes', () => {
    const reply = document.getElementById('reply') as HTMLTextAreaElement;
    reply.readOnly = true;
    expect(insertText(reply, 'x')).toEqual({ ok: false, problem: 'read-only' });
  });
});

describe('insert-text into a contenteditable', () => {
  beforeEach(() => {
    loadFixture('generic-ticket.html');
  });

  it('finds the composer on the chat page', () => {
    expect(genericAdapter.replyBox(document)?.getAttribute('data-placeholder')).toBe('Write a reply');
  });

  it('inserts at the caret (Range fallback when execCommand is unavailable) and fires input', () => {
    const box = genericAdapter.replyBox(document) as HTMLElement;
    const text = box.firstChild as Text; // "Hi Marco, thanks for your patience."
    const range = document.createRange();
    range.setStart(text, 'Hi Marco,'.length);
    range.collapse(true);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    const events = recordInputs(document);
    expect(insertText(box, ' good news:')).toEqual({ ok: true });
    expect(box.textContent).toBe('Hi Marco, good news: thanks for your patience.');
    expect(events).toHaveLength(1);
    expect(events[0]?.bubbles).toBe(true);
    expect(events[0]?.target).toBe(box);
  });

  it('uses the caret saved before focus moved to the panel', () => {
    const box = genericAdapter.replyBox(document) as HTMLElement;
    const saved = document.createRange();
    saved.setStart(box.firstChild as Text, 0);
    saved.collapse(true);
    document.getSelection()?.removeAllRanges();
    insertText(box, 'Hello! ', { savedRange: saved });
    expect(box.textContent).toBe('Hello! Hi Marco, thanks for your patience.');
  });

  it('appends at the end when there is no caret in the box, keeping line breaks', () => {
    const box = genericAdapter.replyBox(document) as HTMLElement;
    document.getSelection()?.removeAllRanges();
    insertText(box, '\nLine one\nLine two');
    expect(box.textContent).toBe('Hi Marco, thanks for your patience.Line oneLine two');
    expect(box.querySelectorAll('br')).toHaveLength(2);
  });

  it('prefers execCommand when the browser supports it', () => {
    const box = genericAdapter.replyBox(document) as HTMLElement;
    const calls: string[] = [];
    const doc = document as unknown as { execCommand?: unknown };
    doc.execCommand = (command: string, _ui: boolean, value: string) => {
      calls.push(`${command}:${value}`);
      box.append(value);
      box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }));
      return true;
    };
    try {
      const events = recordInputs(document);
      insertText(box, ' Done.');
      expect(calls).toEqual(['insertText: Done.']);
      expect(box.textContent).toBe('Hi Marco, thanks for your patience. Done.');
      expect(events).toHaveLength(1);
    } finally {
      delete doc.execCommand;
    }
  });
});

describe('insert-text without a reply box', () => {
  it('says why', () => {
    loadHtml('<main><p>Just an article, nothing to type in.</p></main>');
    const box = genericAdapter.replyBox(document);
    expect(box).toBeUndefined();
    expect(insertText(box, 'hello')).toEqual({ ok: false, problem: 'no-reply-box' });
  });
});

describe('replaceText', () => {
  it('replaces one sentence of a textarea draft and fires input', () => {
    document.body.innerHTML = '<textarea id="r"></textarea>';
    const box = document.getElementById('r') as HTMLTextAreaElement;
    box.value = 'Thanks for waiting. Let me transfer you to billing. Have a good day.';
    const events: string[] = [];
    box.addEventListener('input', () => events.push(box.value));
    const result = replaceText(
      box,
      'Let me transfer you to billing.',
      'I will sort this with billing myself.',
    );
    expect(result).toEqual({ ok: true });
    expect(box.value).toBe('Thanks for waiting. I will sort this with billing myself. Have a good day.');
    expect(events).toHaveLength(1);
  });

  it('replaces a sentence that spans formatting in a contenteditable', () => {
    document.body.innerHTML =
      '<div id="r" contenteditable="true">Hi Dana. <b>I can\'t</b> refund that. Bye.</div>';
    const box = document.getElementById('r') as HTMLElement;
    let fired = 0;
    box.addEventListener('input', () => fired++);
    const result = replaceText(box, "I can't refund that.", 'Here is what I can do.');
    expect(result).toEqual({ ok: true });
    expect(box.textContent).toBe('Hi Dana. Here is what I can do. Bye.');
    expect(fired).toBeGreaterThan(0);
  });

  it('says so when the sentence is gone, and changes nothing', () => {
    document.body.innerHTML = '<textarea id="r">Hello there.</textarea>';
    const box = document.getElementById('r') as HTMLTextAreaElement;
    const result = replaceText(box, 'Let me transfer you.', 'x');
    expect(result).toEqual({ ok: false, problem: 'sentence-gone' });
    expect(box.value).toBe('Hello there.');
    expect(replaceText(undefined, 'a', 'b')).toEqual({
      ok: false,
      problem: 'no-reply-box',
    });
  });
});
