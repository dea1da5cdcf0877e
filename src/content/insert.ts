// Inserting text at the caret of the reply box, so the helpdesk's own editor notices the change.
import type { InsertResult } from '../shared/messages';
import type { ReplyBox } from './reply-box';
import { fireInput, placeLines } from './typing';

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

function insertIntoField(
  field: HTMLTextAreaElement | HTMLInputElement,
  text: string,
  atCaret: boolean,
): void {
  const end = field.value.length;
  const start = atCaret ? (field.selectionStart ?? end) : end;
  const stop = atCaret ? (field.selectionEnd ?? start) : end;
  field.focus({ preventScroll: true });
  field.setRangeText(text, start, stop, 'end');
  fireInput(field, text);
}

function caretRange(box: HTMLElement, saved: Range | undefined): Range {
  const doc = box.ownerDocument;
  const selection = doc.getSelection();
  const current = selection?.rangeCount ? selection.getRangeAt(0) : undefined;
  if (current && box.contains(current.commonAncestorContainer)) return current;
  if (saved && box.contains(saved.commonAncestorContainer)) return saved;
  const end = doc.createRange();
  end.selectNodeContents(box);
  end.collapse(false);
  return end;
}

/** `exact`: replace exactly `saved` (a sentence to rewrite) instead of inserting at the caret. */
function insertIntoEditable(box: HTMLElement, text: string, saved: Range | undefined, exact = false): void {
  const doc = box.ownerDocument;
  const range = exact && saved ? saved : caretRange(box, saved);
  box.focus({ preventScroll: true });
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  const before = box.textContent;
  let done = false;
  try {
    // execCommand keeps the editor's undo history and fires the native beforeinput/input events.
    const exec = (doc as Document & { execCommand?: Document['execCommand'] }).execCommand;
    done =
      typeof exec === 'function' && exec.call(doc, 'insertText', false, text) && box.textContent !== before;
  } catch {
    done = false;
  }
  if (!done) placeLines(exact ? range : caretRange(box, range), box, text);
}

export interface InsertOptions {
  /** False when the box was never focused: the text then goes at the end, not at position 0. */
  atCaret?: boolean;
  /** The caret the agent left in a contenteditable before focus moved to the panel. */
  savedRange?: Range;
}

/** Inserts `text` at the caret of `box` and fires a bubbling `input` event. */
export function insertText(
  box: ReplyBox | undefined,
  text: string,
  options: InsertOptions = {},
): InsertResult {
  if (!box?.isConnected) return { ok: false, problem: 'no-reply-box' };
  try {
    if (box.tagName === 'TEXTAREA' || box.tagName === 'INPUT') {
      const field = box as HTMLTextAreaElement | HTMLInputElement;
      if (field.disabled || field.readOnly) return { ok: false, problem: 'read-only' };
      insertIntoField(field, text, options.atCaret ?? true);
    } else {
      insertIntoEditable(box as HTMLElement, text, options.savedRange);
    }
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: 'insert-failed', detail: errorText(error) };
  }
}

/** The text node and offset where character `offset` of `box`'s text content falls. */
function locate(box: HTMLElement, offset: number): { node: Text; at: number } | undefined {
  const walker = box.ownerDocument.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const length = node.data.length;
    if (offset <= seen + length) return { node, at: offset - seen };
    seen += length;
  }
  return undefined;
}

/** Replaces the first occurrence of `find` in the reply box with `replacement`, as if typed. */
export function replaceText(box: ReplyBox | undefined, find: string, replacement: string): InsertResult {
  if (!box?.isConnected) return { ok: false, problem: 'no-reply-box' };
  const notFound: InsertResult = { ok: false, problem: 'sentence-gone' };
  try {
    if (box.tagName === 'TEXTAREA' || box.tagName === 'INPUT') {
      const field = box as HTMLTextAreaElement | HTMLInputElement;
      if (field.disabled || field.readOnly) return { ok: false, problem: 'read-only' };
      const start = field.value.indexOf(find);
      if (start < 0) return notFound;
      field.focus({ preventScroll: true });
      field.setRangeText(replacement, start, start + find.length, 'end');
      fireInput(field, replacement);
      return { ok: true };
    }
    const editable = box as HTMLElement;
    const start = (editable.textContent ?? '').indexOf(find);
    const from = start < 0 ? undefined : locate(editable, start);
    const to = start < 0 ? undefined : locate(editable, start + find.length);
    if (!from || !to) return notFound;
    const range = editable.ownerDocument.createRange();
    range.setStart(from.node, from.at);
    range.setEnd(to.node, to.at);
    insertIntoEditable(editable, replacement, range, true);
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: 'replace-failed', detail: errorText(error) };
  }
}
